import Foundation
import ReportComparison
import ReportModel
import ReportParsing
import Testing

/// `align` against the gold section alignments in `Tests/Gold/alignments/`, written by reading
/// the reports: each task section or task part of the old report and its heir in the new one.
struct AlignmentGoldTests {
    struct GoldRow {
        var oldLine: Int
        var newLine: Int?
        /// Lines also accepted; `nil` in it stands for no partner.
        var also: Set<Int?>
        var heading: String
    }

    static let pairs = [
        ("cn-national", 2015, 2016), ("cn-national", 2016, 2017), ("cn-national", 2017, 2018),
        ("cn-national", 2018, 2019), ("cn-national", 2024, 2025), ("cn-guangdong", 2025, 2026),
    ]

    static func gold(_ issuer: String, _ old: Int, _ new: Int) throws -> [GoldRow] {
        let url = AlignmentFixtures.packageRoot.appending(path: "Tests/Gold/alignments/\(issuer)-\(old)-\(new).tsv")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        return try lines.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let oldLine = Int(fields[0]) else { throw BadGold(line: String(line)) }
            let also = Set(fields[4].split(separator: ",").map { $0 == "-" ? nil : Int($0) })
            return GoldRow(oldLine: oldLine, newLine: Int(fields[2]), also: also, heading: fields[1])
        }
    }

    struct BadGold: Error {
        var line: String
    }

    /// Parsed as the command line reads a file of the corpus.
    static func report(_ issuer: String, _ year: Int) throws -> Report {
        let path = "Reports/\(issuer)/\(year).txt"
        let data = try Data(contentsOf: AlignmentFixtures.packageRoot.appending(path: path))
        return try Report(parsing: data, defaults: .corpusDefaults(forPath: path))
    }

    /// The line each part and section starts on, by id.
    static func lines(_ report: Report) -> [String: Int] {
        Dictionary(report.allSections.map { ($0.id, $0.range.start.line) }, uniquingKeysWith: { a, _ in a })
    }

    /// The share of gold rows the aligner gets right, and a line for each it gets wrong.
    static func score(_ issuer: String, _ oldYear: Int, _ newYear: Int, swapped: Bool = false) throws
        -> (score: Double, misses: [String])
    {
        let old = try report(issuer, oldYear), new = try report(issuer, newYear)
        let gold = try gold(issuer, oldYear, newYear)
        let rows = swapped
            ? StructureAligner().align(new, with: old).rows.map(\.mirrored)
            : StructureAligner().align(old, with: new).rows
        let oldLines = lines(old), newLines = lines(new)
        var misses: [String] = []
        for row in gold {
            let partners = Set(
                rows.filter { $0.old.flatMap { oldLines[$0.id] } == row.oldLine && $0.level <= .section }
                    .compactMap { $0.new.flatMap { newLines[$0.id] } })
            let allowed = row.also.union([row.newLine])
            let right = partners.isEmpty ? allowed.contains(nil) : partners.allSatisfy { allowed.contains($0) }
            if !right {
                misses.append("\(row.oldLine) \(row.heading) → \(partners.sorted()) (gold \(row.newLine.map(String.init) ?? "-"))")
            }
        }
        return (Double(gold.count - misses.count) / Double(max(gold.count, 1)), misses)
    }

    /// 2015's task parts pair with sections of 2016's plan part: the CSV lists such a row at the
    /// coarser level and says where each side stands.
    @Test func aPartPairedWithASectionShowsBothLevelsInTheCSV() throws {
        let alignment = StructureAligner().align(try Self.report("cn-national", 2015), with: try Self.report("cn-national", 2016))
        let lines = alignment.csv().split(separator: "\n").dropFirst()
        let mixed = lines.filter { $0.hasSuffix(",part,section") }
        #expect(mixed.count >= 4)
        #expect(mixed.allSatisfy { $0.hasPrefix("part,part") && $0.contains(",part3.sec") })
        #expect(lines.filter { $0.hasPrefix("section,") }.allSatisfy { !$0.hasSuffix(",part") })
    }

    @Test(arguments: pairs)
    func alignMatchesTheGold(issuer: String, old: Int, new: Int) throws {
        let (score, misses) = try Self.score(issuer, old, new)
        print("gold \(issuer) \(old)→\(new): \(String(format: "%.2f", score))")
        for miss in misses { print("  miss \(miss)") }
        #expect(misses.isEmpty)
    }

    @Test(arguments: pairs)
    func swappedReportsGiveTheMirroredGoldRows(issuer: String, old: Int, new: Int) throws {
        let (_, misses) = try Self.score(issuer, old, new, swapped: true)
        #expect(misses.isEmpty)
    }
}
