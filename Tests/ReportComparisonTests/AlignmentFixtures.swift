import Foundation
import ReportComparison
import ReportModel
import ReportParsing
import TestSupport

/// Sample reports and the edits the synthetic alignment cases make to them.
enum AlignmentFixtures {
    static let packageRoot = SampleReports.root

    static let samples = [
        "cn-national/2024", "cn-national/2025", "cn-jinzhong/2025", "us-sotu/2022", "us-sotu/2023",
    ]

    /// Parsed once per test run.
    static let reports: [String: Report] = {
        var result: [String: Report] = [:]
        for name in samples {
            let url = packageRoot.appending(path: "Reports/\(name).txt")
            if let data = try? Data(contentsOf: url), let report = try? Report(parsing: data) {
                result[name] = report
            }
        }
        return result
    }()

    static func report(_ name: String) throws -> Report {
        guard let report = reports[name] else { throw MissingSample(name: name) }
        return report
    }

    struct MissingSample: Error {
        var name: String
    }
}

/// Rows reduced to what the tests compare: level, ids and relation.
struct RowSummary: Hashable, CustomStringConvertible {
    var level: AlignmentLevel
    var old: String?
    var new: String?
    var relation: AlignmentRelation

    init(_ row: AlignmentRow) {
        level = row.level
        old = row.old?.id
        new = row.new?.id
        relation = row.relation
    }

    init(_ level: AlignmentLevel, _ old: String?, _ new: String?, _ relation: AlignmentRelation) {
        self.level = level
        self.old = old
        self.new = new
        self.relation = relation
    }

    var description: String { "\(level) \(old ?? "-") \(new ?? "-") \(relation)" }
}

extension Alignment {
    /// The rows that are not plain in-order matches.
    var changes: [RowSummary] {
        rows.filter { $0.relation != .matched }.map(RowSummary.init)
    }
}

extension Report {
    /// A copy with the section (or part) `id` changed by `body`.
    func editing(section id: String, _ body: (inout Section) -> Void) -> Report {
        var copy = self
        copy.root.edit(section: id, body)
        return copy
    }

    /// A copy with the paragraph `id` changed by `body`.
    func editing(paragraph id: String, _ body: (inout Paragraph) -> Void) -> Report {
        var copy = self
        copy.root.edit(paragraph: id, body)
        return copy
    }

    /// The first node of the outline with this id.
    func section(_ id: String) -> Section? {
        allSections.first { $0.id == id }
    }
}

extension Section {
    mutating func edit(section id: String, _ body: (inout Section) -> Void) {
        if self.id == id { return body(&self) }
        for index in blocks.indices {
            if case .section(var child) = blocks[index] {
                child.edit(section: id, body)
                blocks[index] = .section(child)
            }
        }
    }

    mutating func edit(paragraph id: String, _ body: (inout Paragraph) -> Void) {
        for index in blocks.indices {
            switch blocks[index] {
            case .paragraph(var paragraph) where paragraph.id == id:
                body(&paragraph)
                blocks[index] = .paragraph(paragraph)
            case .section(var child):
                child.edit(paragraph: id, body)
                blocks[index] = .section(child)
            case .paragraph:
                break
            }
        }
    }

    /// The position in `blocks` of the direct subsection `id`.
    func blockIndex(of id: String) -> Int? {
        blocks.firstIndex {
            if case .section(let child) = $0 { child.id == id } else { false }
        }
    }
}
