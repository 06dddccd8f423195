/// Builds the `XMLElement` tree of the document `XMLWriter` writes for the same calls, as parsing
/// its bytes gives it but for the formatter's indentation: the same names, default namespace,
/// attributes in order and text, with the characters XML cannot hold dropped alike and adjacent
/// text merged; lines are 0, as in any tree built in memory. (A prefixed name is kept whole with
/// no namespace, as the writer's own tree holds it; the archive uses none.)
///
/// It checks nothing: it serves a caller that writes the same document through an `XMLWriter`
/// too, whose validation decides whether the document may be used. Building it needs no libxml2,
/// so it can run on another core while the writer's tree is validated.
package final class XMLElementBuilder: XMLOutput {
    /// The open elements, outermost first, each with the default namespace in scope for its children.
    private var open: [(element: XMLElement, namespace: String?)] = []
    /// The root element, once closed.
    package private(set) var root: XMLElement?

    package init() {}

    package func startElement(_ name: String) {
        // As `XMLWriter`: a prefixed name takes no namespace of its parent's.
        let namespace = name.utf8.contains(UInt8(ascii: ":")) ? nil : open.last?.namespace
        open.append((XMLElement(name: name, namespaceURI: namespace), open.last?.namespace))
    }

    package func attribute(_ name: String, value: String) {
        guard let top = open.indices.last else { return }
        let value = XMLWriter.representable(value)
        if name == "xmlns" {
            open[top].element.namespaceURI = value
            open[top].namespace = value
        } else {
            // Room for the few attributes an element has, at once: grown one by one, the arrays
            // took 4M instructions of the national pair's archive.
            if open[top].element.attributes.isEmpty { open[top].element.attributes.reserveCapacity(4) }
            open[top].element.attributes.append(XMLElement.Attribute(name: name, value: value))
        }
    }

    package func text(_ text: String) {
        guard let top = open.indices.last else { return }
        let text = XMLWriter.representable(text)
        guard !text.isEmpty else { return }
        if case .text(let previous)? = open[top].element.children.last {
            open[top].element.children[open[top].element.children.count - 1] = .text(previous + text)
        } else {
            open[top].element.children.append(.text(text))
        }
    }

    package func endElement() {
        guard let (finished, _) = open.popLast() else { return }
        if let parent = open.indices.last {
            open[parent].element.children.append(.element(finished))
        } else {
            root = finished
        }
    }
}
