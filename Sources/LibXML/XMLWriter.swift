import CLibXML2
import Foundation

/// Writes an indented UTF-8 XML document through libxml2's streaming text writer.
///
/// Methods never throw: the first mistake (an invalid name, a duplicate attribute, a second
/// root element, text outside the root) is remembered, later calls are ignored, and
/// `finish()` throws it. Characters XML 1.0 cannot hold (C0 controls other than tab, line
/// feed and carriage return, U+FFFE, U+FFFF) are dropped from text and attribute values, so
/// the output is always well-formed. The same calls always produce the same bytes.
package final class XMLWriter {
    private let buffer: xmlBufferPtr?
    private let writer: xmlTextWriterPtr?
    private let collector = XMLErrorCollector()
    private var depth = 0
    private var hasRoot = false
    private var isFinished = false
    /// Names already written on the open start tag; nil once it is closed.
    private var openTagAttributes: Set<String>?
    private var failure: XMLError?

    /// Starts a document with `<?xml version="1.0" encoding="UTF-8"?>`.
    package init() {
        let buffer = xmlBufferCreate()
        self.buffer = buffer
        writer = buffer.flatMap { xmlNewTextWriterMemory($0, 0) }
        perform("the indentation") { writer in
            let indented = xmlTextWriterSetIndent(writer, 1)
            return indented < 0 ? indented : Self.withXMLString("  ") {
                xmlTextWriterSetIndentString(writer, $0)
            }
        }
        perform("the XML declaration") { xmlTextWriterStartDocument($0, "1.0", "UTF-8", nil) }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        if let buffer { xmlBufferFree(buffer) }
    }

    /// Opens an element; a prefixed name such as `rd:report` is written as given.
    package func startElement(_ name: String) {
        guard checkName(name, of: "element") else { return }
        if depth == 0, hasRoot {
            fail("a document has one root element; <\(name)> would be a second")
            return
        }
        perform("<\(name)>") { writer in
            Self.withXMLString(name) { xmlTextWriterStartElement(writer, $0) }
        }
        depth += 1
        hasRoot = true
        openTagAttributes = []
    }

    /// Adds an attribute to the element just opened; call it before any text or child.
    package func attribute(_ name: String, value: String) {
        guard checkName(name, of: "attribute") else { return }
        guard var names = openTagAttributes else {
            fail("attribute \(name) must directly follow its element's start")
            return
        }
        guard names.insert(name).inserted else {
            fail("attribute \(name) is written twice on one element")
            return
        }
        openTagAttributes = names
        perform("attribute \(name)") { writer in
            Self.withXMLString(name) { name in
                Self.withXMLString(Self.representable(value)) {
                    xmlTextWriterWriteAttribute(writer, name, $0)
                }
            }
        }
    }

    /// Writes character data, escaping `&`, `<` and `>`.
    package func text(_ text: String) {
        guard depth > 0 else {
            fail("text must be inside the root element")
            return
        }
        openTagAttributes = nil
        perform("text") { writer in
            Self.withXMLString(Self.representable(text)) { xmlTextWriterWriteString(writer, $0) }
        }
    }

    /// Closes the innermost open element.
    package func endElement() {
        guard depth > 0 else {
            fail("endElement() has no open element to close")
            return
        }
        perform("an end tag") { xmlTextWriterEndElement($0) }
        depth -= 1
        openTagAttributes = nil
    }

    /// Closes any open elements and returns the document.
    /// - Throws: the first mistake made while writing.
    /// - Complexity: O(*n*) for *n* bytes written.
    package func finish() throws(XMLError) -> Data {
        if isFinished {
            fail("finish() was already called")
        } else if !hasRoot {
            fail("the document has no root element")
        }
        perform("the end of the document") { xmlTextWriterEndDocument($0) }
        perform("the output") { xmlTextWriterFlush($0) }
        isFinished = true
        if let failure { throw failure }
        guard let buffer, let content = xmlBufferContent(buffer) else { return Data() }
        return Data(bytes: content, count: Int(xmlBufferLength(buffer)))
    }

    /// Runs one libxml2 writer call unless an earlier one failed, remembering its failure.
    private func perform(_ what: String, _ call: (xmlTextWriterPtr) -> Int32) {
        guard failure == nil, !isFinished else { return }
        guard let writer else {
            fail("libxml2 could not allocate a text writer")
            return
        }
        let result = collector.collect { call(writer) }
        if result < 0 {
            failure = collector.errors.first
                ?? XMLError(line: 0, column: 0, message: "libxml2 could not write \(what)")
        }
    }

    /// Records the first mistake; later ones are consequences of it.
    private func fail(_ message: String) {
        if failure == nil {
            failure = XMLError(line: 0, column: 0, message: message)
        }
    }

    private func checkName(_ name: String, of kind: String) -> Bool {
        let isValid = !name.unicodeScalars.contains("\0")
            && Self.withXMLString(name) { xmlValidateName($0, 0) } == 0
        if !isValid {
            fail("\"\(name)\" is not a valid XML \(kind) name")
        }
        return isValid
    }

    /// `text` without the characters XML 1.0 cannot represent, even as character references.
    /// - Complexity: O(*n*) for *n* scalars.
    static func representable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isRepresentable($0) }) else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter(isRepresentable))
        return String(kept)
    }

    private static func isRepresentable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func withXMLString<Result>(
        _ string: String,
        _ body: (UnsafePointer<xmlChar>) -> Result
    ) -> Result {
        string.withCString { characters in
            characters.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }
}
