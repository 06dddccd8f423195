import CLibXML2
import Foundation

/// A well-formed XML document held by libxml2, parsed so that no input can reach outside it.
///
/// The parser never loads the network, an external DTD or an external entity, never
/// substitutes entities, and stops at the first entity declaration, so XXE and
/// entity-expansion ("billion laughs") documents fail at once with one clear error.
/// libxml2's default limit of 256 nested elements stays in force, so very deep documents
/// fail quickly instead of exhausting the stack.
package final class XMLDocument {
    let pointer: xmlDocPtr
    /// Nil once `takeRootElement()` has moved it out.
    private var root: xmlNodePtr?

    private static let options = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue
    )

    /// Parses `data` (UTF-8, UTF-16 or any encoding its XML declaration names).
    /// - Throws: the first error libxml2 found, with its line and column.
    /// - Complexity: O(*n*) for *n* bytes.
    package init(data: Data) throws(XMLError) {
        guard data.count <= Int(Int32.max) else {
            throw XMLError(line: 0, column: 0, message: "document is larger than 2 GB")
        }
        if let refusal = data.withUnsafeBytes({ bytes in
            Result { () throws(XMLError) in try Self.checkCounts(bytes) }.failure
        }) {
            throw refusal
        }
        let collector = XMLErrorCollector()
        let parsed = collector.collect {
            data.withUnsafeBytes { Self.parse($0, reportingTo: collector) }
        }
        if let error = collector.errors.first {
            if let parsed { xmlFreeDoc(parsed) }
            throw error
        }
        guard let parsed else {
            throw XMLError(line: 0, column: 0, message: "document is empty")
        }
        guard let root = xmlDocGetRootElement(parsed) else {
            xmlFreeDoc(parsed)
            throw XMLError(line: 0, column: 0, message: "document has no root element")
        }
        pointer = parsed
        self.root = root
    }

    /// More attributes on one element than any document of this package has: libxml2 checks
    /// an element's attributes for duplicates pairwise, so 200,000 of them cost minutes.
    package static let maxAttributesPerElement = 256
    /// More elements than any archive of reports within the 64 MiB input limit holds.
    package static let maxElements = 20_000_000

    /// Refuses, before libxml2 sees it, a document with an element of too many attributes or
    /// too many elements, counted by one scan of the bytes: `=` outside quotes within a start
    /// tag; comments, processing instructions, declarations and CDATA are passed over.
    /// - Complexity: O(*n*) for *n* bytes.
    static func checkCounts(_ bytes: UnsafeRawBufferPointer) throws(XMLError) {
        let lessThan = UInt8(ascii: "<"), greaterThan = UInt8(ascii: ">"), equals = UInt8(ascii: "=")
        let newline = UInt8(ascii: "\n"), doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
        var index = 0, line = 1, elements = 0
        /// Moves `index` past `terminator`, counting lines.
        func skip(past terminator: [UInt8]) {
            while index < bytes.count {
                if bytes[index] == newline { line += 1 }
                if bytes[index] == terminator[0], index + terminator.count <= bytes.count,
                    (0..<terminator.count).allSatisfy({ bytes[index + $0] == terminator[$0] })
                {
                    index += terminator.count
                    return
                }
                index += 1
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == newline { line += 1 }
            guard byte == lessThan, index + 1 < bytes.count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") {
                skip(past: Array("?>".utf8))
            } else if next == UInt8(ascii: "!") {
                let rest = bytes[(index + 2)..<min(bytes.count, index + 9)]
                if rest.starts(with: "--".utf8) {
                    skip(past: Array("-->".utf8))
                } else if rest.starts(with: "[CDATA[".utf8) {
                    skip(past: Array("]]>".utf8))
                } else {
                    skip(past: [greaterThan])
                }
            } else if next == UInt8(ascii: "/") {
                skip(past: [greaterThan])
            } else {
                elements += 1
                if elements > maxElements {
                    throw XMLError(line: line, column: 0, message: "more than \(maxElements) elements")
                }
                let tagLine = line
                var attributes = 0
                var quote: UInt8?
                index += 1
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    if byte == newline { line += 1 }
                    if let open = quote {
                        if byte == open { quote = nil }
                    } else if byte == doubleQuote || byte == singleQuote {
                        quote = byte
                    } else if byte == equals {
                        attributes += 1
                        if attributes > maxAttributesPerElement {
                            throw XMLError(line: tagLine, column: 0, message: "an element with more than \(maxAttributesPerElement) attributes")
                        }
                    } else if byte == greaterThan {
                        break
                    }
                }
            }
        }
    }

    /// Parses a document held in a string.
    package convenience init(string: String) throws(XMLError) {
        try self.init(data: Data(string.utf8))
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// Moves the root element and everything inside it into Swift values, freeing each libxml2
    /// node as soon as it is copied (see `XMLElement.init(taking:)`), so a large document and
    /// its copy never stand whole in memory at once. Call it last: the document is left empty.
    /// - Complexity: O(*n*) for *n* nodes.
    package func takeRootElement() -> XMLElement {
        guard let root else { preconditionFailure("the root element was already taken") }
        self.root = nil
        return XMLElement(taking: root)
    }

    /// Checks the document against a RELAX NG schema.
    /// - Returns: every validity error with the line of the offending element; empty if valid.
    /// - Complexity: O(*n*) for *n* nodes for most schemas.
    package func validate(against schema: RelaxNGSchema) -> [XMLError] {
        schema.validate(self)
    }

    private static func parse(
        _ bytes: UnsafeRawBufferPointer,
        reportingTo collector: XMLErrorCollector
    ) -> xmlDocPtr? {
        guard let base = bytes.baseAddress, !bytes.isEmpty,
              let context = xmlCreateMemoryParserCtxt(
                  base.assumingMemoryBound(to: CChar.self), Int32(bytes.count)
              )
        else { return nil }
        defer { xmlFreeParserCtxt(context) }
        _ = xmlCtxtUseOptions(context, options)
        context.pointee._private = Unmanaged.passUnretained(collector).toOpaque()
        if let handler = context.pointee.sax {
            let refuseEntity: entityDeclSAXFunc = { parser, _, _, _, _, _ in
                XMLDocument.refuseEntityDeclaration(parser)
            }
            let refuseUnparsedEntity: unparsedEntityDeclSAXFunc = { parser, _, _, _, _ in
                XMLDocument.refuseEntityDeclaration(parser)
            }
            handler.pointee.entityDecl = refuseEntity
            handler.pointee.unparsedEntityDecl = refuseUnparsedEntity
        }
        _ = xmlParseDocument(context)
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        if context.pointee.wellFormed == 0, collector.errors.isEmpty {
            collector.append(XMLError(line: 0, column: 0, message: "document is not well-formed"))
        }
        return document
    }

    /// Stops the parser at an entity declaration: entities are how XXE and
    /// entity-expansion attacks work, and this project's documents never need them.
    private static func refuseEntityDeclaration(_ parser: UnsafeMutableRawPointer?) {
        guard let parser = parser?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
        let input = parser.pointee.input?.pointee
        let error = XMLError(
            line: Int(input?.line ?? 0),
            column: Int(input?.col ?? 0),
            message: "entity declarations are not allowed"
        )
        if let collector = parser.pointee._private {
            Unmanaged<XMLErrorCollector>.fromOpaque(collector).takeUnretainedValue().append(error)
        }
        xmlStopParser(parser)
    }
}

extension Result {
    /// The error, if this is a failure.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
