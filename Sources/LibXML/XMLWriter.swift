import CLibXML2
import Foundation

/// Writes an indented UTF-8 XML document, escaping everything it is given.
///
/// Calls build a libxml2 tree and `finish()` serialises it with libxml2's formatter, which
/// indents only elements that contain no text, so mixed content (`<p>a <b>b</b> c</p>`) keeps
/// its exact text. (libxml2's `xmlTextWriter` indents blindly and was measured turning
/// `before <b>` into `before     <b>`.) The same calls always produce the same bytes.
///
/// Methods never throw: the first mistake (an invalid name, a duplicate attribute, a second
/// root element, text outside the root) is remembered, later calls are ignored, and
/// `finish()` throws it. Characters XML 1.0 cannot hold (C0 controls other than tab, line
/// feed and carriage return, U+FFFE, U+FFFF) are dropped from text and attribute values, so
/// the output is always well-formed.
///
/// An `xmlns` attribute declares the default namespace, which the elements below it take in
/// the tree as a parser would give it, so `validate(against:)` can check the tree in memory
/// before a byte is written.
package final class XMLWriter {
    private let document: xmlDocPtr?
    /// The innermost open element; nil before the root opens and after it closes.
    private var openElement: xmlNodePtr?
    private var hasRoot = false
    private var isFinished = false
    /// Whether the open element may still take attributes: no text or child follows its start.
    private var isInStartTag = false
    private var failure: XMLError?

    /// Starts a document that will begin `<?xml version="1.0" encoding="UTF-8"?>`.
    package init() {
        // libxml2 2.9's global state (the mutex its dictionaries take) must exist before a
        // dictionary is made: a writer created while another thread initialised the library
        // deadlocked there.
        _ = XMLErrorCollector.isParserInitialized
        document = Self.withXMLString("1.0") { xmlNewDoc($0) }
        if let document {
            // Element and attribute names interned once per document (the document frees the
            // dictionary): a large archive's tree holds a few dozen names hundreds of thousands
            // of times, 7 MB of copies at 16 times the national pair.
            document.pointee.dict = xmlDictCreate()
        } else {
            fail("libxml2 could not allocate a document")
        }
    }

    deinit {
        if let document { xmlFreeDoc(document) }
    }

    /// Opens an element. A prefixed name such as `rd:report` is written as given; declare
    /// its prefix with an `xmlns:rd` attribute.
    package func startElement(_ name: String) {
        guard checkWritable(), checkName(name, of: "element") else { return }
        guard openElement != nil || !hasRoot else {
            fail("a document has one root element; <\(name)> would be a second")
            return
        }
        guard let element = Self.withXMLString(name, { xmlNewDocNode(document, nil, $0, nil) }) else {
            fail("libxml2 could not allocate element \(name)")
            return
        }
        if let openElement {
            xmlAddChild(openElement, element)
            // A byte test of libxml2's copy of the name, as libxml2 splits a prefix: Foundation's
            // `contains(":")` here took 3 % of all exports' time, a scan of the UTF-8 view 0.8M
            // instructions of the national pair's archive.
            if xmlStrchr(element.pointee.name, UInt8(ascii: ":")) == nil { xmlSetNs(element, xmlSearchNs(document, openElement, nil)) }
        } else {
            xmlDocSetRootElement(document, element)
        }
        openElement = element
        hasRoot = true
        isInStartTag = true
    }

    /// Adds an attribute to the element just opened; call it before any text or child.
    package func attribute(_ name: String, value: String) {
        guard checkWritable(), checkName(name, of: "attribute") else { return }
        guard let openElement, isInStartTag else {
            fail("attribute \(name) must directly follow its element's start")
            return
        }
        // Asked of the element's own attribute list (a dozen at most): a set of the names written
        // took 2 % of all exports' time.
        let isWritten = name == "xmlns" ? openElement.pointee.nsDef != nil : Self.withXMLString(name) { xmlHasProp(openElement, $0) } != nil
        guard !isWritten else {
            fail("attribute \(name) is written twice on one element")
            return
        }
        if name == "xmlns" {
            guard let namespace = Self.withXMLString(Self.representable(value), { xmlNewNs(openElement, $0, nil) }) else {
                fail("libxml2 could not declare namespace \(value)")
                return
            }
            xmlSetNs(openElement, namespace)
            return
        }
        let attribute = Self.withXMLString(name) { name in
            Self.withXMLString(Self.representable(value)) { xmlNewProp(openElement, name, $0) }
        }
        if attribute == nil {
            fail("libxml2 could not allocate attribute \(name)")
        }
    }

    /// Writes character data; `&`, `<` and `>` are escaped on output.
    package func text(_ text: String) {
        guard checkWritable() else { return }
        guard let openElement else {
            fail("text must be inside the root element")
            return
        }
        isInStartTag = false
        let text = Self.representable(text)
        guard !text.isEmpty else { return }
        guard let node = Self.withXMLString(text, { xmlNewDocText(document, $0) }) else {
            fail("libxml2 could not allocate text")
            return
        }
        xmlAddChild(openElement, node)
    }

    /// Closes the innermost open element.
    package func endElement() {
        guard checkWritable() else { return }
        guard let openElement else {
            fail("endElement() has no open element to close")
            return
        }
        let parent = openElement.pointee.parent
        self.openElement = parent?.pointee.type == XML_ELEMENT_NODE ? parent : nil
        isInStartTag = false
    }

    /// Checks the tree written so far against `schema`, before anything is serialised.
    /// - Returns: the first writing mistake if there was one, else every validity error (their
    ///   line is 0: a tree built in memory has no lines); empty if valid.
    /// - Complexity: O(*n*) for *n* nodes for most schemas.
    package func validate(against schema: RelaxNGSchema) -> [XMLError] {
        if let failure { return [failure] }
        guard let document, hasRoot else {
            return [XMLError(line: 0, column: 0, message: "the document has no root element")]
        }
        return schema.validate(document)
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
        isFinished = true
        if let failure { throw failure }
        guard let document, let buffer = xmlBufferCreate() else {
            throw XMLError(line: 0, column: 0, message: "libxml2 could not allocate an output buffer")
        }
        defer { xmlBufferFree(buffer) }
        let collector = XMLErrorCollector()
        let written: Int = collector.collect {
            guard let saver = xmlSaveToBuffer(buffer, "UTF-8", Int32(XML_SAVE_FORMAT.rawValue)) else {
                return -1
            }
            let written = xmlSaveDoc(saver, document)
            return xmlSaveClose(saver) < 0 ? -1 : written
        }
        if let error = collector.errors.first { throw error }
        let count = Int(xmlBufferLength(buffer))
        // The buffer's bytes handed to the `Data`, not copied: for a large archive that is one
        // copy of megabytes fewer at the exports' peak.
        guard written >= 0, let content = xmlBufferDetach(buffer) else {
            throw XMLError(line: 0, column: 0, message: "libxml2 could not serialise the document")
        }
        return Data(bytesNoCopy: content, count: count, deallocator: .custom { bytes, _ in rd_xml_free(bytes) })
    }

    /// Whether writing may go on; writing after `finish()` is a mistake.
    private func checkWritable() -> Bool {
        if isFinished {
            fail("the writer was already finished")
        }
        return failure == nil
    }

    /// Records the first mistake; later ones are consequences of it.
    private func fail(_ message: String) {
        if failure == nil {
            failure = XMLError(line: 0, column: 0, message: message)
        }
    }

    private func checkName(_ name: String, of kind: String) -> Bool {
        // A NUL would end the C string early, leaving libxml2 to check only what precedes it; the
        // C string's length tells (a scan of the scalars took 2M instructions of the national
        // pair's archive).
        let isValid = Self.withXMLString(name) { Int(xmlStrlen($0)) == name.utf8.count && xmlValidateName($0, 0) == 0 }
        if !isValid {
            fail("\"\(name)\" is not a valid XML \(kind) name")
        }
        return isValid
    }

    /// `text` without the characters XML 1.0 cannot represent, even as character references.
    /// - Complexity: O(*n*) for *n* scalars.
    static func representable(_ text: String) -> String {
        guard text.utf8.withContiguousStorageIfAvailable(holdsUnrepresentable) ?? text.unicodeScalars.contains(where: { !isRepresentable($0) })
        else { return text }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.lazy.filter(isRepresentable))
        return String(kept)
    }

    /// Whether UTF-8 `bytes` hold a character XML 1.0 cannot represent, read byte by byte (every
    /// string the archive holds passes here, twice since the page's tree is built beside it): a C0
    /// control other than tab, line feed and carriage return is one byte below 0x20, U+FFFE and
    /// U+FFFF are `EF BF BE` and `EF BF BF`, and a Swift string holds no surrogates.
    private static func holdsUnrepresentable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20, byte != 0x9, byte != 0xA, byte != 0xD { return true }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
            index += 1
        }
        return false
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
