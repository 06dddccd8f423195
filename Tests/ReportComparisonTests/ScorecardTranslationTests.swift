import Foundation
import ReportModel
import ReportParsing
import TestSupport
import Testing

@testable import ReportComparison

/// The official English translations (line i translates line i of the Chinese) must give the
/// scorecard the same headline rows as their originals.
@Suite("Scorecards of the English translations")
struct ScorecardTranslationTests {
    /// What a headline row says, whatever the language: the number in base units (`1000万人` =
    /// `10 million`), without its sign or hedge, which translators word freely.
    struct Said: Hashable, CustomStringConvertible {
        var indicator: String
        var year: Int
        var target, outcome, next: String
        var verdict, change: String

        init(_ row: ScorecardRow) {
            func number(_ fact: Fact?) -> String {
                guard let fact else { return "-" }
                let amount = Amount(fact.quantity)
                return "\(abs(amount.value))" + (amount.upperValue.map { "—\(abs($0))" } ?? "")
            }
            indicator = row.indicator
            year = row.year
            (target, outcome, next) = (number(row.target), number(row.outcome), number(row.nextTarget))
            verdict = row.verdict?.rawValue ?? "-"
            change = row.change?.rawValue ?? "-"
        }

        var description: String { "\(indicator) \(year) \(target) \(outcome) \(verdict) \(next) \(change)" }
    }

    @Test(arguments: [2015, 2016, 2017, 2018])
    func sameHeadlineRows(year: Int) throws {
        func said(_ folder: String) throws -> Set<Said> {
            let reports = try [year, year + 1].map { try GoldScorecards.report("\(folder)/\($0).txt") }
            return Set(Scorecard(reports: reports.map { $0.withFacts() }).rows.filter(\.isHeadline).map(Said.init))
        }
        let chinese = try said("cn-national")
        let english = try said("cn-national-en")
        #expect(chinese.count >= 5)
        let missing = chinese.subtracting(english).map(\.description).sorted()
        let extra = english.subtracting(chinese).map(\.description).sorted()
        print("translation \(year)→\(year + 1): \(chinese.count - missing.count)/\(chinese.count) headline rows alike")
        #expect(missing.isEmpty && extra.isEmpty, "only Chinese: \(missing); only English: \(extra)")
    }

    /// The same report in traditional characters (OpenCC's copy of national 2024 and 2025,
    /// Tests/Published/make_published.py) gives the scorecard every row of the simplified one,
    /// word for word.
    @Test func traditionalCharactersGiveTheSameRows() throws {
        let published = SampleReports.root.appendingPathComponent("Tests/Published/traditional")
        func rows(_ reports: [Report]) -> [String] {
            Scorecard(reports: reports.map { $0.withFacts() }).rows.map {
                "\($0.indicator) \($0.year) \($0.target?.quantity.shortText ?? "-") \($0.outcome?.quantity.shortText ?? "-") "
                    + "\($0.verdict?.rawValue ?? "-") \($0.nextTarget?.quantity.shortText ?? "-") \($0.change?.rawValue ?? "-")"
            }
        }
        let traditional = try [2024, 2025].map { year in
            try Report(parsing: Data(contentsOf: published.appendingPathComponent("\(year).txt")))
        }
        let simplified = try [2024, 2025].map { try SampleReports.report("cn-national/\($0).txt") }
        let expected = rows(simplified)
        #expect(expected.count >= 10)
        #expect(rows(traditional) == expected)
    }
}
