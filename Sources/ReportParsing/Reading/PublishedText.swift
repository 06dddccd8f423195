import Foundation
import ReportModel

extension SourceFormat {
    /// The published format `data` is in, known by its first bytes: a PDF file, or a ZIP
    /// package, read as a Word document.
    static func published(_ data: Data) -> SourceFormat? {
        if data.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        return nil
    }

    /// The format `data` is read in when none is given: PDF, Word, HTML (a web archive's page
    /// too) or text.
    /// - Complexity: O(n) in the size of `data`.
    public static func detected(in data: Data, decoder: SourceDecoder = SourceDecoder()) -> SourceFormat {
        if let published = published(data) { return published }
        if WebArchive.page(in: data) != nil { return .html }
        guard let (text, _) = try? decoder.decode(data) else { return .text }
        return Report.looksLikeHTML(text) ? .html : .text
    }
}

extension Report {
    /// Reads a PDF or Word file: its text, one paragraph a line (Word) or laid out as printed
    /// (PDF), goes to the same reader as a text file; what was left out on the way comes first
    /// in the diagnostics.
    static func reading(
        published data: Data, format: SourceFormat, defaults: ReportMetadata, decoder: SourceDecoder
    ) throws(ReadError) -> Report {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= decoder.byteLimit else { throw .tooLarge(bytes: data.count, limit: decoder.byteLimit) }
        let lines: [SourceLine], diagnostics: [Diagnostic]
        if format == .pdf {
            let text = try PDFText(data: data)
            (lines, diagnostics) = (text.lines, text.diagnostics)
        } else {
            let document = try WordDocument(data: data, byteLimit: decoder.byteLimit)
            lines = document.lines.enumerated().map { SourceLine(number: $0.offset + 1, text: Substring($0.element)) }
            diagnostics = document.diagnostics
        }
        guard lines.contains(where: { !$0.isBlank }) else { throw .noText }
        var report = ReportReader(lines: lines, encoding: .utf8, defaults: defaults, isBlockStructured: format == .docx).report()
        report.diagnostics.insert(contentsOf: diagnostics, at: 0)
        return report
    }
}
