import Foundation
import ReportExport
import ReportModel
import ReportParsing
import TestSupport
import Testing

@testable import ReportComparison

/// Every row the default scorecard shows names a thing: an indicator of the lexicon or a noun
/// phrase from a list of main targets, never a clause fragment, a month or a lone character.
@Suite("No noise in the default scorecards")
struct ScorecardNoiseTests {
    /// Every consecutive pair of one issuer and language in `Reports/`.
    static func pairs() throws -> [(String, String)] {
        let root = SampleReports.root.appendingPathComponent("Reports")
        var pairs: [(String, String)] = []
        for issuer in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
            let folder = root.appendingPathComponent(issuer)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            let editions = names.filter { name in
                let stem = name.split(separator: ".").first ?? ""
                return stem.count == 4 && Int(stem) != nil
            }.sorted()
            for (earlier, later) in zip(editions, editions.dropFirst()) {
                pairs.append(("\(issuer)/\(earlier)", "\(issuer)/\(later)"))
            }
        }
        return pairs
    }

    @Test func everyShownSubjectIsANounPhrase() throws {
        let pairs = try Self.pairs()
        #expect(pairs.count >= 20)
        var shown = 0
        var read: [String: Report] = [:]
        func report(_ path: String) throws -> Report {
            if let known = read[path] { return known }
            let report = try GoldScorecards.report(path)
            read[path] = report
            return report
        }
        for (earlier, later) in pairs {
            let reports = try [report(earlier), report(later)]
            let scorecard = Scorecard(reports: reports.map { $0.withFacts() })
            let rows = scorecard.rows.filter { $0.isHeadline || $0.isLexicon }
            let names = rows.map { row in
                let chinese = [row.target, row.outcome, row.nextTarget].contains { $0?.isChinese == true }
                return IndicatorLexicon.shipped.name(of: row.indicator, chinese: chinese) ?? row.indicator
            }
            shown += rows.count
            print("subjects \(earlier) → \(later): \(Array(Set(names)).sorted().joined(separator: " | "))")
            for (row, name) in zip(rows, names) where IndicatorLexicon.shipped.entry(id: row.indicator) == nil {
                #expect(SubjectShape.isNounPhrase(name), "\(earlier) → \(later): \(name)")
            }
            #expect(!scorecard.text().contains("\n—  "), "a row without a name")
        }
        #expect(shown > 100)
    }

    @Test(arguments: ["比上年提高", "3月", "的", "增长", "全年完成", "and corporate profits increased", "of"])
    func fragmentsAreNoNounPhrases(_ fragment: String) {
        #expect(!SubjectShape.isNounPhrase(fragment))
    }

    @Test(arguments: ["精品示范村", "快递业务量", "居民医保", "new urban jobs", "高标准农田"])
    func namesAreNounPhrases(_ name: String) {
        #expect(SubjectShape.isNounPhrase(name))
    }
}
