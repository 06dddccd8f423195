import Foundation
import ReportModel
import ReportParsing
import TestSupport
import Testing

@testable import ReportComparison

@Suite struct ReportComparatorTests {
    static func report(_ issuer: String, _ year: Int) throws -> Report {
        let path = "Reports/\(issuer)/\(year).txt"
        let data = try Data(contentsOf: SampleReports.root.appendingPathComponent(path))
        return try Report(parsing: data, defaults: .corpusDefaults(forPath: path))
    }

    @Test(arguments: [("cn-national", 2025), ("cn-jinzhong", 2025), ("us-sotu", 2023)])
    func aReportComparedWithItselfHasNoEdits(_ issuer: String, _ year: Int) async throws {
        let report = try Self.report(issuer, year)
        let comparison = await ReportComparator().compare(report.withFacts(), with: report.withFacts())
        #expect(comparison.sentenceEdits.isEmpty)
        #expect(comparison.phraseChanges.isEmpty)
        #expect(comparison.alignment.rows.allSatisfy { $0.relation == .matched && $0.score == 1 })
    }

    @Test func nationalReportsShowTheNewVocabularyAndTheCPITarget() async throws {
        let comparison = await ReportComparator().compare((try Self.report("cn-national", 2024)).withFacts(), with: (try Self.report("cn-national", 2025)).withFacts())
        let counts = comparison.phraseChanges.map { PhraseChange(phrase: $0.phrase, oldCount: $0.oldCount, newCount: $0.newCount) }
        #expect(counts.contains(PhraseChange(phrase: "新质生产力", oldCount: 1, newCount: 2)))
        #expect(counts.contains(PhraseChange(phrase: "十五五", oldCount: 0, newCount: 3)))
        let cpi = comparison.numericChanges.filter { $0.change.old == "3%左右" }
        #expect(cpi.map(\.change.new) == ["2%左右"])
        #expect(cpi.first?.edit.diff.oldText == "居民消费价格涨幅3%左右；")
        let gdp = comparison.scorecard.rows.first { $0.indicator == "gdp" && $0.measure == .growth }
        #expect(gdp?.verdict == .met)
        #expect(gdp?.change == .unchanged)
    }

    /// Each phrase change names the sentences (or headings) that use it, and each of them does.
    @Test func phrasesLinkToTheirSentencesInBothReports() async throws {
        let old = try Self.report("cn-national", 2024), new = try Self.report("cn-national", 2025)
        let comparison = await ReportComparator().compare(old.withFacts(), with: new.withFacts())
        let boost = try #require(comparison.phraseChanges.first { $0.phrase == "提振消费" })
        #expect(boost.oldOccurrences.isEmpty)
        #expect(boost.newOccurrences.count >= 2)
        var texts: [String: String] = [:]
        for section in new.allSections { texts[section.id] = section.title }
        for (_, paragraph) in new.allParagraphs { for sentence in paragraph.sentences { texts[sentence.id] = sentence.text } }
        for id in boost.newOccurrences {
            #expect(texts[id]?.contains("提振消费") == true, "\(id)")
        }
        let quality = try #require(comparison.phraseChanges.first { $0.phrase == "高质量发展" })
        #expect(!quality.oldOccurrences.isEmpty && !quality.newOccurrences.isEmpty)
    }

    /// Sentences read scalar by scalar and sentences read by character (a cased letter outside
    /// ASCII, a combining mark) find the same phrases.
    @Test func phrasesAreFoundWhateverTheSentenceIsMadeOf() throws {
        let text = """
            一、总体要求

            推进新质生产力发展。The Five-Year Plan holds, and so does the five-year plan.

            新质生产力再提升，ÉIRE keeps its Five-Year plan。新质生产力e\u{301}，five-year plan。

            别的句子，five year plan。
            """
        let report = try Report(parsing: Data(text.utf8))
        let phrases = ["新质生产力", "five-year plan"]
        let found = PhraseOccurrences(report).ids(of: phrases)
        for (phrase, ids) in zip(phrases, found) {
            let expected = report.allParagraphs.flatMap(\.paragraph.sentences)
                .filter { $0.text.lowercased().contains(phrase) }.map(\.id)
            #expect(ids == expected, "\(phrase)")
            #expect(expected.count >= 3)
        }
    }
}
