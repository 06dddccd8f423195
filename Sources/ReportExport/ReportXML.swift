import Foundation
import LibXML
import ReportModel

/// Writes a report — metadata, diagnostics and the whole outline with every sentence — in the
/// archive vocabulary. A paragraph's string value is its exact text: the white space between
/// English sentences is written between the `sentence` elements.
struct ReportXML {
    var report: Report

    /// A standalone document: `<report xmlns=… version="2">`, validated before it is returned.
    static func document(_ report: Report) throws(ArchiveError) -> Data {
        let writer = XMLWriter()
        ReportXML(report: report).write(to: writer, rootAttributes: true)
        return try ArchiveWriter.validated(writer)
    }

    /// Writes the `report` element; `role` says which side of a comparison it is.
    func write(to writer: some XMLOutput, role: String? = nil, rootAttributes: Bool = false) {
        writer.startElement("report")
        if rootAttributes {
            writer.attribute("xmlns", value: ArchiveVocabulary.namespace)
            writer.attribute("version", value: ArchiveVocabulary.version)
        }
        if let role { writer.attribute("role", value: role) }
        writer.attribute("encoding", value: report.encoding.rawValue)
        writeMetadata(to: writer)
        if !report.diagnostics.isEmpty {
            writer.startElement("diagnostics")
            for diagnostic in report.diagnostics {
                writer.startElement("diagnostic")
                writer.attribute("severity", value: diagnostic.severity.rawValue)
                writer.attribute("code", value: diagnostic.code)
                if let range = diagnostic.range { writer.attribute("range", value: range.description) }
                writer.text(diagnostic.message)
                writer.endElement()
            }
            writer.endElement()
        }
        writer.startElement("outline")
        writer.attribute("range", value: report.root.range.description)
        writeBlocks(of: report.root, to: writer)
        writer.endElement()
        writer.endElement()
    }

    private func writeMetadata(to writer: some XMLOutput) {
        let metadata = report.metadata
        writer.startElement("metadata")
        let fields: [(String, String?)] = [
            ("title", metadata.title), ("issuer", metadata.issuer), ("date", metadata.date),
            ("meeting", metadata.meeting), ("speaker", metadata.speaker), ("year", metadata.year.map(String.init)),
            ("continuation", metadata.continuation),
        ]
        for case let (name, value?) in fields { writer.attribute(name, value: value) }
        writer.endElement()
    }

    private func writeBlocks(of section: Section, to writer: some XMLOutput) {
        for block in section.blocks {
            switch block {
            case .paragraph(let paragraph):
                write(paragraph, sectionPeriod: section.period, to: writer)
            case .section(let child):
                writer.startElement("section")
                writer.attribute("id", value: child.id)
                writer.attribute("kind", value: child.kind.rawValue)
                writer.attribute("title", value: child.title)
                writer.attribute("range", value: child.range.description)
                writeDetail([
                    ("number", child.number), ("role", child.role?.rawValue), ("year", child.year.map(String.init)),
                    ("period", child.period?.description),
                ], to: writer)
                writeBlocks(of: child, to: writer)
                writer.endElement()
            }
        }
    }

    /// A section's or paragraph's optional properties, in a `detail` element written only when one
    /// is present: as optional attributes of the section or paragraph they would keep libxml2
    /// from compiling its content model, and its validation would be quadratic in the children.
    private func writeDetail(_ fields: [(String, String?)], to writer: some XMLOutput) {
        let present = fields.compactMap { name, value in value.map { (name, $0) } }
        guard !present.isEmpty else { return }
        writer.startElement("detail")
        for (name, value) in present { writer.attribute(name, value: value) }
        writer.endElement()
    }

    /// A paragraph's sentences as elements, the text between them as text. Each sentence is
    /// looked for just after the one before (within the gap `sentenceGap`), in UTF-8 bytes:
    /// linear in the paragraph, where a search of the rest per sentence was quadratic. A
    /// paragraph's period is written only where its own cue differs from its section's.
    private func write(_ paragraph: Paragraph, sectionPeriod: Period?, to writer: some XMLOutput) {
        writer.startElement("paragraph")
        writer.attribute("id", value: paragraph.id)
        writer.attribute("range", value: paragraph.range.description)
        writeDetail([("period", paragraph.period.flatMap { $0 == sectionPeriod ? nil : $0.description })], to: writer)
        let text = Array(paragraph.text.utf8)
        var position = 0
        for sentence in paragraph.sentences {
            let needle = Array(sentence.text.utf8)
            if let start = Self.find(needle, in: text, from: position) {
                if start > position { writer.text(String(decoding: text[position..<start], as: UTF8.self)) }
                position = start + needle.count
            }
            writer.startElement("sentence")
            writer.attribute("id", value: sentence.id)
            writer.attribute("range", value: sentence.range.description)
            writer.text(sentence.text)
            writer.endElement()
        }
        if position < text.count { writer.text(String(decoding: text[position...], as: UTF8.self)) }
        writer.endElement()
    }

    /// How far past the end of one sentence the next may start: the space between sentences.
    private static let sentenceGap = 256

    /// Where `needle` starts in `text` at or after `position`, no further than `sentenceGap` on.
    /// - Complexity: O(g·m) for the gap g and the needle's length m; O(m) when it follows at once.
    private static func find(_ needle: [UInt8], in text: [UInt8], from position: Int) -> Int? {
        guard !needle.isEmpty, position + needle.count <= text.count else { return nil }
        let last = min(position + sentenceGap, text.count - needle.count)
        guard position <= last else { return nil }
        for start in position...last where text[start] == needle[0] {
            if text[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}

extension Report {
    /// The report as a standalone archive-vocabulary XML document, validated before it is returned.
    /// - Throws: `ArchiveError.invalid` if the document breaks the schema (a bug).
    public func xmlDocument() throws(ArchiveError) -> Data {
        try ReportXML.document(self)
    }
}
