import Foundation
import ReportModel
import ReportParsing
import TestSupport
import Testing

/// PDF and Word files made from the sample reports (Tests/Published/make_published.py) read
/// into the same outline as the text files they were made from.
@Suite struct PublishedReadingTests {
    static let published = SampleReports.root.appendingPathComponent("Tests/Published")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: published.appendingPathComponent(name))
    }

    /// What must not change with the format: metadata, the outline's sections, every paragraph's text.
    private func expectSameReading(_ published: Report, _ text: Report) {
        #expect(published.metadata == text.metadata)
        #expect(published.allSections.map { "\($0.kind) \($0.title)" } == text.allSections.map { "\($0.kind) \($0.title)" })
        let publishedParagraphs = published.allParagraphs.map(\.paragraph.text)
        let textParagraphs = text.allParagraphs.map(\.paragraph.text)
        #expect(publishedParagraphs.count == textParagraphs.count)
        for (index, (got, expected)) in zip(publishedParagraphs, textParagraphs).enumerated() where got != expected {
            Issue.record("paragraph \(index + 1) differs:\n\(got)\n\(expected)")
        }
    }

    @Test func pdfReadsAsTheTextFileWithThePageFurnitureInDiagnostics() throws {
        let pdf = try Report(parsing: Self.data("cn-national/2024.pdf"), defaults: .corpusDefaults(forPath: "cn-national/2024.pdf"))
        let text = try SampleReports.report("cn-national/2024.txt")
        expectSameReading(pdf, text)
        let furniture = pdf.diagnostics.filter { $0.code == "furniture" }.map(\.message)
        #expect(furniture == [
            "running header or footer “2024年政府工作报告” left out on 16 pages", "page numbers (“— 1 —” …) left out on 16 pages",
        ])
        let content = pdf.allParagraphs.map(\.paragraph.text)
        #expect(!content.contains { $0.contains("— 1 —") || $0.contains("— 16 —") || $0.hasPrefix("2024年政府工作报告") })
        #expect(SourceFormat.detected(in: try Self.data("cn-national/2024.pdf")) == .pdf)
    }

    /// Two columns a page: each column read whole before the next, paragraphs re-flowed across
    /// column and page breaks.
    @Test func twoColumnPDFReadsAsItsText() throws {
        let pdf = try Report(parsing: Self.data("columns/2025.pdf"))
        let text = try Report(parsing: Self.data("columns/2025.txt"))
        expectSameReading(pdf, text)
        #expect(text.allParagraphs.count == 7)
        #expect(pdf.diagnostics.filter { $0.code == "furniture" }.map(\.message) == [
            "running header or footer “政府工作报告” left out on 2 pages", "page numbers (“— 1 —” …) left out on 2 pages",
        ])
    }

    /// Paragraphs set apart by space, not indented (an English address): told apart by the
    /// space above them; at the top of a page that space is gone, so there a paragraph after a
    /// full line runs on into the one before (3 pages: 2 such joins at most).
    @Test func spacedParagraphsAreToldApartWithinAPage() throws {
        // The text file keeps its double spaces between sentences; the printed page does not.
        let words = { (report: Report) in report.allParagraphs.map { $0.paragraph.text.split(separator: " ").joined(separator: " ") } }
        let pdf = try words(Report(parsing: Self.data("spaced/2022.pdf")))
        let text = try words(Report(parsing: Self.data("spaced/2022.txt")))
        #expect(text.count == 40)
        #expect(pdf.count >= text.count - 2)
        var next = 0
        for paragraph in pdf {
            if next < text.count, paragraph == text[next] {
                next += 1
            } else if next + 1 < text.count, paragraph == text[next] + " " + text[next + 1] {
                next += 2
            } else {
                Issue.record("not one paragraph of the text, nor two joined at a page break: \(paragraph)")
                return
            }
        }
        #expect(next == text.count)
    }

    /// A page saved by Chromium as one file (MHTML, its text quoted-printable) reads as the page.
    @Test func webArchiveReadsAsItsPage() throws {
        let archive = try Report(parsing: Self.data("web-archive/2025.mhtml"))
        let page = try Report(parsing: Self.data("web-archive/2025.html"))
        expectSameReading(archive, page)
        #expect(archive.diagnostics.first?.code == "web-archive")
        #expect(page.allSections.count(where: { $0.kind == .part }) == 3)
        #expect(SourceFormat.detected(in: try Self.data("web-archive/2025.mhtml")) == .html)
    }

    /// OpenCC's traditional-character copy of a sample reads as the sample: the same metadata
    /// and parts, roles and years, the same facts. Its text differs from the sample's only where
    /// simplified text writes the character too (復, 乾) or Unicode gives it no simplified form
    /// (佔, 籤): fewer than one Han character in two hundred.
    @Test func traditionalCharactersReadAsTheSimplifiedSample() throws {
        let traditional = try Report(parsing: Self.data("traditional/2025.txt"))
        let text = try SampleReports.report("cn-national/2025.txt")
        #expect(traditional.diagnostics.contains { $0.code == "traditional-characters" })
        #expect(!text.diagnostics.contains { $0.code == "traditional-characters" })
        #expect(traditional.metadata == text.metadata)
        #expect(traditional.sectionShape == text.sectionShape)
        let read = Array(traditional.allParagraphs.map(\.paragraph.text).joined())
        let original = Array(text.allParagraphs.map(\.paragraph.text).joined())
        #expect(read.count == original.count)
        let differing = zip(read, original).count { $0 != $1 }
        #expect(differing * 200 < original.count(where: \.isHan), "\(differing) characters differ")
        let facts = { (report: Report) in
            report.withFacts().facts.map { "\($0.role) \($0.indicator ?? "-") \($0.period?.description ?? "-") \($0.quantity.shortText)" }
        }
        #expect(facts(traditional) == facts(text))
    }

    @Test func wordReadsAsTheTextFile() throws {
        let word = try Report(parsing: Self.data("cn-national/2025.docx"), defaults: .corpusDefaults(forPath: "cn-national/2025.docx"))
        let text = try SampleReports.report("cn-national/2025.txt")
        expectSameReading(word, text)
        #expect(word.diagnostics.map(\.message) == text.diagnostics.map(\.message))
        #expect(SourceFormat.detected(in: try Self.data("cn-national/2025.docx")) == .docx)
    }

    /// Numbered headings get their numbers written out, table rows become lines, and the
    /// footnote, the tracked deletion and the field code stay out of the text.
    @Test func wordNumberingTablesAndNotes() throws {
        let report = try Report(parsing: Self.data("word-features.docx"))
        #expect(report.allSections.map { "\($0.kind) \($0.number ?? "") \($0.title)" } == [
            "part 一 2024年工作回顾", "section 一 扩大国内需求", "section 二 深化改革", "part 二 政府工作任务",
        ])
        #expect(report.allParagraphs.map(\.paragraph.text) == [
            "过去一年，经济总体回升向好。", "促进消费稳定增长。", "指标|目标", "国内生产总值增长| 5%左右", "坚持稳中求进。",
        ])
        #expect(report.diagnostics.map(\.message).contains("footnote 1 left out of the text “按可比价格计算。”"))
        #expect(report.diagnostics.map(\.code).contains("word-table"))
    }

    @Test(arguments: [
        ("bad/damaged.pdf", ReadError.pdf("damaged or not a PDF; its text cannot be extracted (pdftotext: Syntax Error: Couldn't read xref table)")),
        ("bad/encrypted.pdf", .pdf("encrypted: it needs a password to open (decrypt it first, e.g. `qpdf --decrypt --password=… FILE out.pdf`)")),
        ("bad/not-word.zip", .word("a ZIP archive but not a Word document (it has no word/document.xml)")),
        ("bad/external-entity.docx", .word("word/document.xml: 2:66: entity declarations are not allowed")),
    ])
    func unreadableFilesThrowOneClearError(_ name: String, _ expected: ReadError) throws {
        let data = try Self.data(name)
        #expect(throws: expected) { try Report(parsing: data) }
    }

    /// A ZIP entry that inflates past the limit is refused, not read.
    @Test func aWordPartOverTheByteLimitIsRefused() throws {
        let data = try Self.data("cn-national/2025.docx")
        #expect(throws: ReadError.word("unreadable ZIP package (word/styles.xml inflates to over 300000 bytes)")) {
            try Report(parsing: data, decoder: SourceDecoder(byteLimit: 300_000))
        }
    }
}
