/// An XML element copied out of libxml2 into plain Swift values.
///
/// Comments and processing instructions are dropped; adjacent character data is merged
/// into one `.text` child.
package struct XMLElement: Sendable, Hashable {
    /// An attribute as written on the element, in document order.
    package struct Attribute: Sendable, Hashable {
        /// The local name, without any prefix.
        package var name: String
        package var namespaceURI: String?
        package var value: String

        package init(name: String, namespaceURI: String? = nil, value: String) {
            self.name = name
            self.namespaceURI = namespaceURI
            self.value = value
        }
    }

    /// The local name, without any prefix.
    package var name: String
    package var namespaceURI: String?
    package var attributes: [Attribute]
    package var children: [XMLNode]
    /// 1-based line of the start tag, or 0 when unknown.
    package var line: Int

    package init(
        name: String,
        namespaceURI: String? = nil,
        attributes: [Attribute] = [],
        children: [XMLNode] = [],
        line: Int = 0
    ) {
        self.name = name
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.children = children
        self.line = line
    }

    /// The value of the first attribute with this local name, whatever its namespace.
    /// - Complexity: O(*a*) for *a* attributes.
    package func attributeValue(named name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The child elements, in document order.
    /// - Complexity: O(*c*) for *c* children.
    package var elements: [XMLElement] {
        children.compactMap { node in
            if case .element(let element) = node { element } else { nil }
        }
    }

    /// The element's own character data (not its descendants'), concatenated.
    /// - Complexity: O(*c* + *n*) for *c* children holding *n* characters of text.
    package var text: String {
        children.reduce(into: "") { result, node in
            if case .text(let text) = node { result += text }
        }
    }
}
