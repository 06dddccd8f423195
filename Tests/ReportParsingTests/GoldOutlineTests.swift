import Foundation
import ReportModel
import TestSupport
import Testing

@testable import ReportParsing

/// `outline` against the gold outlines of Tests/Gold/outlines, written by reading each report
/// (the format is in that folder's README).
@Suite struct GoldOutlineTests {
    static let goldFolder = SampleReports.root.appendingPathComponent("Tests/Gold/outlines")

    /// One checked field: what the gold says and what the outline gives.
    struct Field {
        var name: String
        var expected: String
        var found: String
        var isRight: Bool { expected == found }
    }

    static func goldName(_ report: String) -> String {
        report.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".md", with: ".txt")
    }

    static func fields(of name: String) throws -> [Field] {
        let report = try SampleReports.corpusReport(name)
        let gold = try String(contentsOf: goldFolder.appendingPathComponent(goldName(name)), encoding: .utf8)
        var fields: [Field] = []
        let metadata = report.metadata
        let parts = report.parts
        var goldParts: [[String]] = []
        for line in gold.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon])
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "title": fields.append(Field(name: key, expected: value, found: metadata.title ?? "-"))
            case "issuer": fields.append(Field(name: key, expected: value, found: metadata.issuer ?? "-"))
            case "date": fields.append(Field(name: key, expected: value, found: metadata.date ?? "-"))
            case "speaker": fields.append(Field(name: key, expected: value, found: metadata.speaker ?? "-"))
            case "year":
                let words = value.split(separator: " ")
                fields.append(Field(name: key, expected: String(words[0]), found: metadata.year.map(String.init) ?? "-"))
                if words.count > 1 {
                    let warned = report.diagnostics.contains { $0.code == "year-from-file-name" }
                    fields.append(Field(name: "year warning", expected: "yes", found: warned ? "yes" : "no"))
                }
            case "parts":
                fields.append(Field(name: "parts", expected: "0", found: String(parts.count)))
            case "loose-sections":
                let loose = report.root.children.filter { $0.kind == .section }.count
                fields.append(Field(name: key, expected: value, found: String(loose)))
            case "part":
                goldParts.append(value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) })
            default:
                Issue.record("\(goldName(name)): unknown field \(key)")
            }
        }
        if !goldParts.isEmpty {
            fields.append(Field(name: "parts", expected: String(goldParts.count), found: String(parts.count)))
        }
        for (index, goldPart) in goldParts.enumerated() {
            let part = index < parts.count ? parts[index] : nil
            let found: [String] = [
                part?.number ?? "-", part?.title ?? "-", part?.role?.rawValue ?? "-", part?.year.map(String.init) ?? "-",
                part?.period?.description ?? "-", part.map { String($0.children.filter { $0.kind == .section }.count) } ?? "-",
            ]
            for (column, name) in ["number", "title", "role", "year", "period", "sections"].enumerated() {
                fields.append(Field(name: "part \(index + 1) \(name)", expected: goldPart[column], found: found[column]))
            }
        }
        return fields
    }

    @Test func everyReportHasAGoldOutline() throws {
        let golds = try FileManager.default.contentsOfDirectory(atPath: Self.goldFolder.path).filter { $0 != "README.md" }
        #expect(Set(golds) == Set(SampleReports.corpus.map(Self.goldName)))
        #expect(SampleReports.corpus.count == 37)
    }

    @Test func outlinesMatchTheGold() throws {
        var table = ["report                        right/total  wrong"]
        var allRight = true
        for name in SampleReports.corpus {
            let fields = try Self.fields(of: name)
            let wrong = fields.filter { !$0.isRight }
            allRight = allRight && wrong.isEmpty
            let report = name.padding(toLength: 30, withPad: " ", startingAt: 0)
            let score = "\(fields.count - wrong.count)/\(fields.count)".padding(toLength: 12, withPad: " ", startingAt: 0)
            table.append("\(report)\(score) \(wrong.map { "\($0.name): \($0.found) ≠ \($0.expected)" }.joined(separator: "; "))")
        }
        print(table.joined(separator: "\n"))
        #expect(allRight, "\(table.joined(separator: "\n"))")
    }
}
