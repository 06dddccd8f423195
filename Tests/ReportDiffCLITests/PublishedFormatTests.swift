import Foundation
import TestSupport
import Testing

/// `outline` and `compare` of the PDF and Word files made from the sample reports
/// (Tests/Published/make_published.py) give what the text files give; bad ones one line.
@Suite struct PublishedFormatTests {
    let folder = TemporaryFolder("published")

    static func published(_ name: String) -> String { "Tests/Published/\(name)" }

    /// An outline with its source positions and diagnostics taken off: what must not depend on
    /// the format (metadata, parts, sections, every sentence).
    private static func content(ofOutline output: String) -> [String] {
        output.split(separator: "\n").filter { !$0.hasPrefix("note:") && !$0.hasPrefix("warning:") }.map { line in
            String(line).replacing(#/ \[?[0-9]+:[0-9]+\]?$/#, with: "")
        }
    }

    @Test(arguments: [
        ("cn-national/2024.pdf", "Reports/cn-national/2024.txt"), ("cn-national/2025.docx", "Reports/cn-national/2025.txt"),
        ("columns/2025.pdf", "Tests/Published/columns/2025.txt"),
    ])
    func outlineIsTheTextFiles(_ published: String, _ text: String) throws {
        let fromPublished = try ReportDiffCommand.run(["outline", "--sentences", Self.published(published)])
        let fromText = try ReportDiffCommand.run(["outline", "--sentences", text])
        #expect(fromPublished.status == 0, "\(fromPublished.errors)")
        #expect(fromText.status == 0)
        let got = Self.content(ofOutline: fromPublished.output), expected = Self.content(ofOutline: fromText.output)
        #expect(got.count == expected.count)
        for (line, expectedLine) in zip(got, expected) where line != expectedLine {
            Issue.record("outline line differs:\n\(line)\n\(expectedLine)")
            break
        }
    }

    /// Running headers and page numbers are named in the diagnostics and nowhere else.
    @Test func pageFurnitureOnlyInDiagnostics() throws {
        let result = try ReportDiffCommand.run(["outline", "--sentences", Self.published("cn-national/2024.pdf")])
        let lines = result.output.split(separator: "\n")
        #expect(lines.contains("note: furniture: running header or footer “2024年政府工作报告” left out on 16 pages [1:1]"))
        #expect(lines.contains { $0.hasPrefix("note: furniture: page numbers (“— 1 —” …) left out on 16 pages") })
        let content = lines.filter { !$0.hasPrefix("note:") }
        #expect(!content.contains { $0.contains("2024年政府工作报告") || $0.contains(/— ?[0-9]+ ?—/) })
    }

    /// The PDF of 2024 against the Word file of 2025: the same terminal summary and the same
    /// comparison (alignment, edits, facts, scorecard, phrases) as the two text files; only the
    /// provenance and the reports' source positions and notes differ.
    @Test func compareIsTheTextFiles() throws {
        let publishedOut = folder.appendingPathComponent("published").path, textOut = folder.appendingPathComponent("text").path
        let published = try ReportDiffCommand.run([
            "compare", Self.published("cn-national/2024.pdf"), Self.published("cn-national/2025.docx"), "-o", publishedOut,
        ])
        let text = try ReportDiffCommand.run(["compare", "Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt", "-o", textOut])
        #expect(published.status == 0, "\(published.errors)")
        #expect(text.status == 0, "\(text.errors)")
        let summary = { (output: String) in output.split(separator: "\n").filter { !$0.hasPrefix("Wrote ") } }
        #expect(summary(published.output) == summary(text.output))
        #expect(summary(published.output).count > 20)

        let publishedArchive = try String(contentsOfFile: publishedOut + "/comparison.xml", encoding: .utf8)
        let textArchive = try String(contentsOfFile: textOut + "/comparison.xml", encoding: .utf8)
        let afterReports = { (archive: String) in archive.range(of: "</report>", options: .backwards).map { archive[$0.upperBound...] } }
        #expect(afterReports(publishedArchive) == afterReports(textArchive))
        #expect(afterReports(publishedArchive)?.contains("<alignment>") == true)
        #expect(publishedArchive.contains(#"name="Tests/Published/cn-national/2024.pdf" bytes="#))
        #expect(publishedArchive.contains(#"encoding="UTF-8" format="pdf"/>"#))
        #expect(publishedArchive.contains(#"encoding="UTF-8" format="docx"/>"#))
        #expect(textArchive.contains(#"encoding="UTF-8" format="text"/>"#))
    }

    @Test(arguments: [
        ("bad/damaged.pdf", "PDF file: damaged or not a PDF; its text cannot be extracted (pdftotext: Syntax Error: Couldn't read xref table)"),
        ("bad/encrypted.pdf", "PDF file: encrypted: it needs a password to open"),
        ("bad/not-word.zip", "Word file: a ZIP archive but not a Word document (it has no word/document.xml)"),
        ("bad/external-entity.docx", "Word file: word/document.xml: 2:66: entity declarations are not allowed"),
    ])
    func badFilesGetOneClearLine(_ name: String, _ message: String) throws {
        let path = Self.published(name)
        for arguments in [["outline", path], ["compare", path, "Reports/cn-national/2025.txt", "-o", folder.path + "/out"]] {
            let result = try ReportDiffCommand.run(arguments)
            #expect(result.status == 1)
            #expect(result.errors.hasPrefix("report-diff: \(path): \(message)"), "\(result.errors)")
            #expect(result.errors.split(separator: "\n").count == 1)
            #expect(result.output.isEmpty)
        }
    }

    /// Without pdftotext on PATH, one line names the Debian package to install.
    @Test func missingPdftotextNamesThePackage() throws {
        let process = Process()
        process.executableURL = ReportDiffCommand.executable
        process.arguments = ["outline", Self.published("cn-national/2024.pdf")]
        process.currentDirectoryURL = ReportDiffCommand.packageRoot
        process.environment = ["PATH": folder.path]
        let errorFile = folder.appendingPathComponent("stderr")
        #expect(FileManager.default.createFile(atPath: errorFile.path, contents: nil))
        let errors = try FileHandle(forWritingTo: errorFile)
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try errors.close()
        let message = try String(contentsOf: errorFile, encoding: .utf8)
        #expect(process.terminationStatus == 1)
        #expect(message == "report-diff: Tests/Published/cn-national/2024.pdf: PDF file: reading PDF files needs pdftotext, which is not on PATH: install the Debian package poppler-utils (apt-get install poppler-utils)\n")
    }
}
