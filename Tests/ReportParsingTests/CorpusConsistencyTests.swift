import Foundation
import ReportModel
import TestSupport
import Testing

@testable import ReportParsing

/// Properties that hold across the corpus: editions of one report agree, a translation has the
/// structure of its original, and a report's identity does not hang on its file's name.
@Suite struct CorpusConsistencyTests {
    static let translatedYears = [2015, 2016, 2017, 2018, 2019]

    /// A heading's shape: what must agree between two readings of one report.
    struct Shape: Equatable, CustomStringConvertible {
        var kind: Section.Kind
        var role: PartRole?
        var year: Int?
        var sections: Int

        init(_ section: Section) {
            kind = section.kind
            role = section.role
            year = section.year
            sections = section.children.filter { $0.kind == .section }.count
        }

        var description: String { "\(kind) \(role?.rawValue ?? "-") \(year.map(String.init) ?? "-") \(sections)" }
    }

    /// Line i of the English translation translates line i of the Chinese original, so every
    /// heading the translation marks (a Roman numeral, a number) stands on the line of a Chinese
    /// heading with the same role, year and number of sections.
    @Test(arguments: translatedYears)
    func translationHasTheOriginalsStructure(_ year: Int) throws {
        let english = try SampleReports.corpusReport("cn-national-en/\(year).txt")
        let chinese = try SampleReports.corpusReport("cn-national/\(year).txt")
        let marked = english.allSections.filter { $0.kind == .part || $0.kind == .section }
        #expect(!marked.isEmpty)
        let chineseByLine = Dictionary(
            chinese.allSections.filter { $0.kind == .part || $0.kind == .section }.map { ($0.range.start.line, $0) },
            uniquingKeysWith: { first, _ in first })
        for heading in marked {
            let line = heading.range.start.line
            let original = try #require(chineseByLine[line], "\(year) line \(line): “\(heading.title)” has no Chinese heading")
            var shape = Shape(original)
            // A part whose sections the translation leaves unmarked: 2018's review says them as
            // ordinal paragraphs (`First, with a commitment to …`), as it says lists elsewhere.
            if Shape(heading).sections == 0, heading.kind == .part { shape.sections = 0 }
            #expect(Shape(heading) == shape, "\(year) line \(line): “\(heading.title)” vs “\(original.title)”")
        }
        #expect(english.metadata.year == chinese.metadata.year)
        print("\(year): \(marked.count) headings marked in the translation, all found in the original")
    }

    /// The newspaper's one-line edition (`-rmrb`) and the sentence-a-line edition give the same
    /// parts and sections. They are different editions of one report: the sentences that differ
    /// (wording changed between delivery and publication, or split differently) are counted and
    /// printed, and must stay a small share.
    @Test(arguments: translatedYears)
    func editionsHaveTheSameOutline(_ year: Int) throws {
        let published = try SampleReports.corpusReport("cn-national/\(year)-rmrb.txt")
        let delivered = try SampleReports.corpusReport("cn-national/\(year).txt")
        func outline(_ report: Report) -> [String] {
            report.allSections.filter { $0.kind == .part || $0.kind == .section }.map {
                "\($0.kind) \($0.number ?? "-") \($0.title) \($0.role?.rawValue ?? "-") \($0.period?.description ?? "-")"
            }
        }
        #expect(outline(published) == outline(delivered))
        #expect(published.parts.count >= 3)
        func sentences(_ report: Report) -> [String: Int] {
            report.allParagraphs.flatMap(\.paragraph.sentences).reduce(into: [:]) { $0[$1.text, default: 0] += 1 }
        }
        let publishedSentences = sentences(published), deliveredSentences = sentences(delivered)
        let onlyPublished = publishedSentences.reduce(0) { $0 + max(0, $1.value - deliveredSentences[$1.key, default: 0]) }
        let onlyDelivered = deliveredSentences.reduce(0) { $0 + max(0, $1.value - publishedSentences[$1.key, default: 0]) }
        let total = deliveredSentences.values.reduce(0, +)
        print("\(year): \(onlyPublished) sentences only in the -rmrb edition, \(onlyDelivered) only in the sentence-a-line edition, of \(total)")
        #expect(onlyDelivered * 5 < total)
    }

    /// Guangdong's two reports name their issuer in the text (`广东省省长`), so they agree on it
    /// whatever their files are called or wherever they sit; `targets` compares them without
    /// `--force`.
    @Test func guangdongReportsAgreeOnTheirIssuerUnderAnyName() throws {
        let temporary = TemporaryFolder("read-gold"), folder = temporary.url
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("my"), withIntermediateDirectories: true)
        let names = [
            ("cn-guangdong/2025.txt", "my/2025.txt"), ("cn-guangdong/2026.txt", "cn-guangdong-2026.txt"),
            ("cn-guangdong/2025.txt", "广东省政府工作报告.txt"), ("cn-guangdong/2026.txt", "corpus.txt"),
        ]
        var read: [(issuer: String?, year: Int?)] = []
        for (source, name) in names {
            let copy = folder.appendingPathComponent(name)
            try SampleReports.data(source).write(to: copy)
            let report = try Report(parsing: Data(contentsOf: copy), defaults: .corpusDefaults(forPath: copy.path))
            read.append((report.metadata.issuer, report.metadata.year))
            #expect(!report.diagnostics.contains { $0.code == "year-from-file-name" || $0.code == "issuer-unknown" })
        }
        #expect(read.map(\.issuer) == Array(repeating: "广东省人民政府", count: 4))
        #expect(read.map(\.year) == [2025, 2026, 2025, 2026])
    }

    /// The year comes from the text; a file name that says otherwise is overruled, with a warning.
    @Test func aFileNameThatDisagreesIsWarnedAbout() throws {
        let report = try Report(parsing: SampleReports.data("cn-guangdong/2026.txt"), defaults: .corpusDefaults(forPath: "x/cn-guangdong-2023.txt"))
        #expect(report.metadata.year == 2026)
        #expect(report.diagnostics.contains { $0.code == "year-mismatch" && $0.severity == .warning })
    }

    /// A folder names the issuer only in the documented `<issuer>/<year>.txt` layout.
    @Test func folderNamesTheIssuerOnlyInTheCorpusLayout() {
        #expect(ReportMetadata.corpusDefaults(forPath: "Reports/cn-national/2018-rmrb.txt").issuer == "cn-national")
        #expect(ReportMetadata.corpusDefaults(forPath: "Reports/cn-national/2018-rmrb.txt").year == 2018)
        #expect(ReportMetadata.corpusDefaults(forPath: "corpus/cn-guangdong-2023.txt").issuer == nil)
        #expect(ReportMetadata.corpusDefaults(forPath: "corpus/cn-guangdong-2023.txt").year == 2023)
        #expect(ReportMetadata.corpusDefaults(forPath: "my/2024年政府工作报告.txt").year == 2024)
        #expect(ReportMetadata.corpusDefaults(forPath: "my/2024年政府工作报告.txt").issuer == nil)
    }
}
