import CLibXML2
import Foundation

/// A compiled RELAX NG schema (XML syntax) that validates `XMLDocument`s.
package final class RelaxNGSchema {
    private let pointer: xmlRelaxNGPtr
    /// Facets that every attribute of a name must meet besides the grammar (see `DatatypeFacet`).
    private let attributeFacets: AttributeFacets

    /// Compiles a schema written in RELAX NG's XML syntax.
    /// - Parameter attributeFacets: facets checked on every attribute of the given (local) name of
    ///   a document the grammar finds valid, each compiled once: the grammar can leave them out of
    ///   the datatypes of those attributes, where libxml2 compiles them again for every value.
    /// - Throws: the first error in the schema, with its line and column when libxml2 gives them.
    /// - Complexity: O(*n*) for *n* bytes, plus libxml2's compilation of the grammar.
    package init(data: Data, attributeFacets: [String: [DatatypeFacet]] = [:]) throws(XMLError) {
        self.attributeFacets = AttributeFacets(attributeFacets)
        guard data.count <= Int(Int32.max) else {
            throw XMLError(line: 0, column: 0, message: "schema is larger than 2 GB")
        }
        let collector = XMLErrorCollector()
        let compiled: xmlRelaxNGPtr? = collector.collect {
            data.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty,
                      let parser = xmlRelaxNGNewMemParserCtxt(
                          base.assumingMemoryBound(to: CChar.self), Int32(bytes.count)
                      )
                else { return nil }
                defer { xmlRelaxNGFreeParserCtxt(parser) }
                return xmlRelaxNGParse(parser)
            }
        }
        if let error = collector.errors.first {
            if let compiled { xmlRelaxNGFree(compiled) }
            throw error
        }
        guard let compiled else {
            throw XMLError(line: 0, column: 0, message: "schema is empty or not RELAX NG")
        }
        pointer = compiled
    }

    /// Compiles a schema held in a string.
    package convenience init(string: String, attributeFacets: [String: [DatatypeFacet]] = [:]) throws(XMLError) {
        try self.init(data: Data(string.utf8), attributeFacets: attributeFacets)
    }

    deinit {
        xmlRelaxNGFree(pointer)
    }

    /// Checks a document against this schema.
    /// - Returns: every validity error with the line of the offending element; empty if valid.
    /// - Complexity: O(*n*) for *n* nodes for most schemas.
    package func validate(_ document: XMLDocument) -> [XMLError] {
        validate(document.pointer)
    }

    /// Checks a libxml2 tree, parsed or built in memory.
    func validate(_ document: xmlDocPtr) -> [XMLError] {
        let collector = XMLErrorCollector()
        let result: Int32 = collector.collect {
            guard let validator = xmlRelaxNGNewValidCtxt(pointer) else { return -1 }
            defer { xmlRelaxNGFreeValidCtxt(validator) }
            return xmlRelaxNGValidateDoc(validator, document)
        }
        if result == 0 || !collector.errors.isEmpty {
            return collector.errors.isEmpty ? facetErrors(document) : collector.errors
        }
        let message = result < 0
            ? "libxml2 could not run the RELAX NG validation"
            : "document does not match the RELAX NG schema"
        return [XMLError(line: 0, column: 0, message: message)]
    }

    /// Every attribute of the document that misses one of its `attributeFacets`.
    /// - Complexity: O(*n*) for *n* nodes, walked without recursion.
    private func facetErrors(_ document: xmlDocPtr) -> [XMLError] {
        guard !attributeFacets.facets.isEmpty else { return [] }
        return attributeFacets.names.withUnsafeBufferPointer { names in
            var errors: [XMLError] = []
            var node = xmlDocGetRootElement(document)
            while let element = node {
                var property = element.pointee.properties
                while let attribute = property {
                    if let index = attributeFacets.starts.firstIndex(where: { xmlStrEqual(attribute.pointee.name, names.baseAddress! + $0) != 0 }),
                        let value = xmlNodeListGetString(document, attribute.pointee.children, 1)
                    {
                        if !attributeFacets.facets[index].allSatisfy({ $0.admits(value) }) {
                            errors.append(XMLError(
                                line: xmlGetLineNo(element), column: 0,
                                message: "attribute \(String(cString: attribute.pointee.name)) of element \(String(cString: element.pointee.name)): "
                                    + "\"\(String(cString: value))\" is not a value of its datatype"))
                        }
                        rd_xml_free(value)
                    }
                    property = attribute.pointee.next
                }
                node = Self.next(after: element)
            }
            return errors
        }
    }

    /// The element after `element` in document order: its first child element, else the next
    /// element after it or after one of its ancestors.
    private static func next(after element: xmlNodePtr) -> xmlNodePtr? {
        if let child = xmlFirstElementChild(element) { return child }
        var node: xmlNodePtr? = element
        while let current = node {
            if let sibling = xmlNextElementSibling(current) { return sibling }
            node = current.pointee.parent.flatMap { $0.pointee.type == XML_ELEMENT_NODE ? $0 : nil }
        }
        return nil
    }

    /// Facets by attribute name, the names laid out for comparing with libxml2's.
    private struct AttributeFacets {
        /// The names one after another, each ended by a NUL, and where each starts: a document's
        /// attribute names are compared with them where they lie (looked up by Swift string, they
        /// took 4M instructions of a comparison archive).
        var names: [xmlChar] = []
        var starts: [Int] = []
        /// The facets of each name, in the same order.
        var facets: [[DatatypeFacet]] = []

        init(_ facetsByName: [String: [DatatypeFacet]]) {
            for (name, facets) in facetsByName.sorted(by: { $0.key < $1.key }) {
                starts.append(names.count)
                names += name.utf8 + [0]
                self.facets.append(facets)
            }
        }
    }
}
