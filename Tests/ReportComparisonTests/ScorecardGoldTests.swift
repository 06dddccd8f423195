import Foundation
import ReportExport
import ReportModel
import ReportParsing
import TestSupport
import Testing

@testable import ReportComparison

/// One row of a gold scorecard (`Tests/Gold/scorecards/README.md`).
struct GoldRow {
    var indicator: String
    var year: Int
    var target, outcome, nextTarget: String?
    var verdict, change: String?
    var targetLine, outcomeLine, nextLine: Int?

    init?(_ line: Substring) {
        let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0 == "-" ? nil : String($0) }
        guard cells.count == 10, let indicator = cells[0], let year = cells[1].flatMap({ Int($0) }) else { return nil }
        self.indicator = indicator
        self.year = year
        (target, outcome, verdict, nextTarget, change) = (cells[2], cells[3], cells[4], cells[5], cells[6])
        (targetLine, outcomeLine, nextLine) = (cells[7].flatMap { Int($0) }, cells[8].flatMap { Int($0) }, cells[9].flatMap { Int($0) })
    }
}

/// The gold scorecards and the reports they were read from.
enum GoldScorecards {
    static let folder = SampleReports.root.appendingPathComponent("Tests/Gold/scorecards")

    struct Pair {
        var name: String
        var reports: [String]
        var rows: [GoldRow]
    }

    static func pairs() throws -> [Pair] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }.sorted()
        return try names.map { name in
            let lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
            let reports = lines.first.map { $0.dropFirst(2).split(separator: " ").map(String.init) } ?? []
            return Pair(name: name, reports: reports, rows: lines.dropFirst(2).compactMap(GoldRow.init))
        }
    }

    /// A report of `Reports/` read as the CLI reads it: issuer and year from its path.
    static func report(_ path: String) throws -> Report {
        let url = SampleReports.root.appendingPathComponent("Reports/\(path)")
        let issuer = url.deletingLastPathComponent().lastPathComponent
        let year = Int(url.deletingPathExtension().lastPathComponent.prefix(4))
        return try Report(
            parsing: try Data(contentsOf: url), format: .text, defaults: ReportMetadata(issuer: issuer, year: year)
        )
    }

    /// The source line of every sentence and heading, by id.
    static func lines(of report: Report) -> [String: Int] {
        var lines: [String: Int] = [:]
        func visit(_ section: Section) {
            lines["\(section.id).title"] = section.range.start.line
            for paragraph in section.paragraphs {
                for sentence in paragraph.sentences { lines[sentence.id] = sentence.range.start.line }
            }
            section.children.forEach(visit)
        }
        visit(report.root)
        return lines
    }

    /// Whether a fact's number is the gold value: magnitude, interval, unit and hedge
    /// (`-3.1%以上` is `下降3.1%以上`; the sign is the indicator's).
    static func matches(_ quantity: Quantity?, _ gold: String?) -> Bool {
        guard let gold else { return quantity == nil }
        guard let quantity else { return false }
        var text = Substring(gold.hasPrefix("-") ? String(gold.dropFirst()) : gold)
        let qualifier = Qualifier.allCases.sorted { $0.rawValue.count > $1.rawValue.count }
            .first { text.hasSuffix($0.rawValue) }
        if let qualifier { text = text.dropLast(qualifier.rawValue.count) }
        let number = text.prefix { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "—" }
        let unit = String(text.dropFirst(number.count))
        let bounds = number.split(separator: "—").compactMap { Decimal(string: String($0)) }
        guard let first = bounds.first else { return false }
        return abs(quantity.value) == first && quantity.upperValue.map(abs) == bounds.dropFirst().first
            && quantity.unit == unit && quantity.qualifier == qualifier
    }
}

@Suite("Scorecards against the gold files")
struct ScorecardGoldTests {
    /// Every headline row of every pair: values, verdict, change, and the line each number was read from.
    @Test func headlineRowsMatchTheGold() throws {
        let pairs = try GoldScorecards.pairs()
        #expect(pairs.count == 6)
        for pair in pairs {
            let reports = try pair.reports.map(GoldScorecards.report)
            let lines = reports.map(GoldScorecards.lines(of:))
            let scorecard = Scorecard(reports: reports.map { $0.withFacts() })
            var right = 0
            for gold in pair.rows {
                let row = scorecard.rows.first { $0.indicator == gold.indicator && $0.period == Period(year: gold.year) }
                let problems = Self.problems(row, gold, lines: lines)
                if problems.isEmpty { right += 1 }
                #expect(problems.isEmpty, "\(pair.name) \(gold.indicator): \(problems.joined(separator: "; "))")
            }
            print("gold \(pair.name): \(right)/\(pair.rows.count) headline rows right")
        }
    }

    static func problems(_ row: ScorecardRow?, _ gold: GoldRow, lines: [[String: Int]]) -> [String] {
        guard let row else { return ["no row"] }
        var problems: [String] = []
        let cells: [(String, Fact?, String?, Int?, [String: Int])] = [
            ("target", row.target, gold.target, gold.targetLine, lines[0]),
            ("outcome", row.outcome, gold.outcome, gold.outcomeLine, lines[1]),
            ("next target", row.nextTarget, gold.nextTarget, gold.nextLine, lines[1]),
        ]
        for (name, fact, value, line, sentenceLines) in cells {
            if !GoldScorecards.matches(fact?.quantity, value) {
                problems.append("\(name) \(fact?.quantity.shortText ?? "-") ≠ \(value ?? "-")")
            }
            if let fact, let line, sentenceLines[fact.sentenceID] != line {
                problems.append("\(name) from line \(sentenceLines[fact.sentenceID] ?? 0), not \(line)")
            }
        }
        if row.verdict?.rawValue != gold.verdict { problems.append("verdict \(row.verdict?.rawValue ?? "-") ≠ \(gold.verdict ?? "-")") }
        if row.change?.rawValue != gold.change { problems.append("change \(row.change?.rawValue ?? "-") ≠ \(gold.change ?? "-")") }
        if !row.isHeadline { problems.append("not marked headline") }
        return problems
    }
}
