import CLibXML2
import Foundation

/// An HTML page parsed by libxml2's forgiving HTML parser, read for its headings and paragraphs.
///
/// Parsing never fails on content: broken markup is repaired, no network is used, and
/// libxml2's complaints are discarded. libxml2's limit of 256 nested elements is lifted
/// (`XML_PARSE_HUGE`): its HTML parser and `xmlFreeDoc` are iterative (a million nested
/// `div`s parse in under a second on a 512 KB stack), HTML has no user-defined entities to
/// expand, and pages nested deeper than 256 levels would otherwise lose their text.
package final class HTMLDocument {
    private let pointer: htmlDocPtr?

    private static let options = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue
            | XML_PARSE_HUGE.rawValue
    )

    /// Parses a page.
    /// - Parameter encoding: the page's encoding (such as `"GB18030"`), or nil to let libxml2
    ///   take it from a byte-order mark or `<meta charset>` and otherwise assume UTF-8 or Latin-1.
    /// - Throws: only when `encoding` names no encoding libxml2 knows, or the page exceeds 2 GB.
    /// - Complexity: O(*n*) for *n* bytes.
    package init(data: Data, encoding: String? = nil) throws(XMLError) {
        guard data.count <= Int(Int32.max) else {
            throw XMLError(line: 0, column: 0, message: "page is larger than 2 GB")
        }
        let collector = XMLErrorCollector()
        if let encoding {
            let isKnown = collector.collect {
                guard let handler = xmlFindCharEncodingHandler(encoding) else { return false }
                _ = xmlCharEncCloseFunc(handler)
                return true
            }
            guard isKnown else {
                throw XMLError(line: 0, column: 0, message: "unknown encoding \"\(encoding)\"")
            }
        }
        pointer = collector.collect {
            data.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
                return htmlReadMemory(
                    base.assumingMemoryBound(to: CChar.self), Int32(bytes.count),
                    nil, encoding, Self.options
                )
            }
        }
    }

    deinit {
        if let pointer { xmlFreeDoc(pointer) }
    }

    /// The text of the first `<title>`, whitespace collapsed; nil when absent or empty.
    /// - Complexity: O(*n*) for *n* nodes before the title (usually a handful).
    package var title: String? {
        guard let pointer else { return nil }
        var stack = Self.children(startingAt: pointer.pointee.children).reversed() as [xmlNodePtr]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE, Self.name(of: node) == "title" {
                let title = HTMLTextBuilder.collapsingWhitespace(Self.text(of: node))
                return title.isEmpty ? nil : title
            }
            stack.append(contentsOf: Self.children(startingAt: node.pointee.children).reversed())
        }
        return nil
    }

    /// The page's headings and paragraphs in document order, without page furniture.
    ///
    /// Skipped with everything inside them: `script`, `style`, `noscript`, `template`,
    /// `iframe`, `object`, `embed`, `svg`, `canvas`, `nav`, `header`, `footer`, `aside`, `form`,
    /// `button`, `select`, `textarea` and `title`; elements whose `role` is `navigation`,
    /// `banner`, `contentinfo`, `menu` or `menubar`; and elements whose `id` or `class` contains
    /// one of the words `nav`, `navbar`, `navigation`, `menu`, `breadcrumb`, `breadcrumbs`,
    /// `footer`, `copyright` or `share` (words split at punctuation and lower-to-upper case
    /// changes, trailing digits ignored: `site-nav`, `mainMenu`, `footer2`). The `role`, `id`
    /// and `class` of `html`, `body`, `main` and `article` are not checked.
    ///
    /// Block elements (`p`, `div`, `li`, `td`, headings, …) and `<br>` end a block; inline
    /// elements and unknown tags (`span`, `a`, `font`, `o:p`) join the surrounding text.
    /// The walk uses an explicit stack, so nesting depth costs heap, not call stack.
    /// - Complexity: O(*n*) for *n* nodes and characters.
    package func textBlocks() -> [HTMLTextBlock] {
        guard let pointer, let root = xmlDocGetRootElement(pointer) else { return [] }
        enum Step {
            case enter(xmlNodePtr)
            case leaveBlock
        }
        var builder = HTMLTextBuilder()
        var steps: [Step] = [.enter(root)]
        while let step = steps.popLast() {
            guard case .enter(let node) = step else {
                builder.closeBlock()
                continue
            }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    builder.append(String(cString: content), line: xmlGetLineNo(node))
                }
            case XML_ELEMENT_NODE:
                let name = Self.name(of: node)
                if Self.isFurniture(node, named: name) {
                    continue
                }
                if name == "br" {
                    builder.breakLine(atLine: xmlGetLineNo(node))
                    continue
                }
                if Self.blockElements.contains(name) {
                    builder.openBlock(headingLevel: Self.headingLevels[name], line: xmlGetLineNo(node))
                    steps.append(.leaveBlock)
                }
                let children = Self.children(startingAt: node.pointee.children)
                steps.append(contentsOf: children.reversed().map(Step.enter))
            default:
                break
            }
        }
        builder.closeBlock()
        return builder.blocks
    }

    private static let headingLevels = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]

    private static let blockElements: Set<String> = [
        "address", "article", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3",
        "h4", "h5", "h6", "hgroup", "hr", "html", "legend", "li", "main", "menu", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    private static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
        "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "title",
    ]

    /// Elements that hold the whole page or its main text: their `id`, `class` and `role`
    /// are ignored, since classes such as `has-nav-menu` on `<body>` describe the page.
    private static let containerElements: Set<String> = ["html", "body", "main", "article"]

    private static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "menu", "menubar",
    ]

    private static let furnitureWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "footer",
        "copyright", "share",
    ]

    /// Whether an element is page furniture by its tag, role, id or class.
    private static func isFurniture(_ node: xmlNodePtr, named name: String) -> Bool {
        if skippedElements.contains(name) { return true }
        if containerElements.contains(name) { return false }
        var property = node.pointee.properties
        while let current = property {
            property = current.pointee.next
            switch current.pointee.name.map({ String(cString: $0) }) {
            case "id", "class":
                if namesFurniture(attributeValue(current)) { return true }
            case "role":
                let role = attributeValue(current).trimmingCharacters(in: .whitespaces).lowercased()
                if furnitureRoles.contains(role) { return true }
            default:
                break
            }
        }
        return false
    }

    /// Whether an `id` or `class` value contains one of `furnitureWords`.
    /// - Complexity: O(*n*) for *n* characters.
    private static func namesFurniture(_ value: String) -> Bool {
        var word = ""
        var previousIsLowercase = false
        for character in value {
            let isWordCharacter = character.isASCII && (character.isLetter || character.isNumber)
            if !isWordCharacter || (character.isUppercase && previousIsLowercase) {
                if isFurnitureWord(word) { return true }
                word = ""
            }
            if isWordCharacter { word.append(character) }
            previousIsLowercase = isWordCharacter && character.isLowercase
        }
        return isFurnitureWord(word)
    }

    private static func isFurnitureWord(_ word: String) -> Bool {
        let letters = word.lowercased().reversed().drop { $0.isNumber }.reversed()
        return furnitureWords.contains(String(letters))
    }

    /// `first` and its following siblings, in document order.
    private static func children(startingAt first: xmlNodePtr?) -> [xmlNodePtr] {
        var children: [xmlNodePtr] = []
        var child = first
        while let current = child {
            children.append(current)
            child = current.pointee.next
        }
        return children
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var value = ""
        var child = attribute.pointee.children
        while let text = child {
            if let content = text.pointee.content { value += String(cString: content) }
            child = text.pointee.next
        }
        return value
    }

    /// All character data inside `node`, concatenated by libxml2.
    private static func text(of node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { rd_xml_free(content) }
        return String(cString: content)
    }
}
