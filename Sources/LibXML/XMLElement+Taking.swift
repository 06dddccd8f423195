import CLibXML2

extension XMLElement {
    /// Moves a libxml2 element and everything inside it into Swift values: each node is
    /// unlinked and freed as soon as it is copied, so the libxml2 tree shrinks while its copy
    /// grows and the two never stand whole in memory at once (for a large archive that is tens
    /// of megabytes less at the peak).
    ///
    /// The node must belong to a tree its caller owns; it is gone afterwards. Walks with an
    /// explicit stack, so depth costs heap, not call stack.
    /// - Complexity: O(*n*) for *n* nodes.
    init(taking node: xmlNodePtr) {
        var stack: [(element: XMLElement, node: xmlNodePtr)] = [(Self.shell(of: node), node)]
        while true {
            let top = stack.count - 1
            // Copied children are freed, so the next one is always the first left.
            if let child = stack[top].node.pointee.children {
                switch child.pointee.type {
                case XML_ELEMENT_NODE:
                    stack.append((Self.shell(of: child), child))
                    continue
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = child.pointee.content {
                        stack[top].element.appendText(String(cString: content))
                    }
                default:
                    break
                }
                Self.free(child)
            } else {
                let (finished, node) = stack.removeLast()
                Self.free(node)
                guard let parent = stack.indices.last else {
                    self = finished
                    return
                }
                stack[parent].element.children.append(.element(finished))
            }
        }
    }

    private static func free(_ node: xmlNodePtr) {
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    /// The element with its name, namespace, attributes and line, but no children yet.
    private static func shell(of node: xmlNodePtr) -> XMLElement {
        var attributes: [XMLElement.Attribute] = []
        var property = node.pointee.properties
        while let current = property {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            attributes.append(XMLElement.Attribute(
                name: current.pointee.name.map { String(cString: $0) } ?? "",
                namespaceURI: current.pointee.ns?.pointee.href.map { String(cString: $0) },
                value: value
            ))
            property = current.pointee.next
        }
        return XMLElement(
            name: node.pointee.name.map { String(cString: $0) } ?? "",
            namespaceURI: node.pointee.ns?.pointee.href.map { String(cString: $0) },
            attributes: attributes,
            line: xmlGetLineNo(node)
        )
    }

    /// Appends character data, merging it with a text child that ends the list.
    private mutating func appendText(_ text: String) {
        if case .text(let previous)? = children.last {
            children[children.count - 1] = .text(previous + text)
        } else {
            children.append(.text(text))
        }
    }
}
