import CLibXML2
import Foundation

/// A compiled RELAX NG schema (XML syntax) that validates `XMLDocument`s.
package final class RelaxNGSchema {
    private let pointer: xmlRelaxNGPtr

    /// Compiles a schema written in RELAX NG's XML syntax.
    /// - Throws: the first error in the schema, with its line and column when libxml2 gives them.
    /// - Complexity: O(*n*) for *n* bytes, plus libxml2's compilation of the grammar.
    package init(data: Data) throws(XMLError) {
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
    package convenience init(string: String) throws(XMLError) {
        try self.init(data: Data(string.utf8))
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
            return collector.errors
        }
        let message = result < 0
            ? "libxml2 could not run the RELAX NG validation"
            : "document does not match the RELAX NG schema"
        return [XMLError(line: 0, column: 0, message: message)]
    }
}
