import Foundation
import ReportComparison
import ReportExport
import ReportModel
import ReportParsing

/// The sample report pairs, compared and archived as `compare` does.
enum SamplePairs {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let all = [
        ("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt"),
        ("Reports/us-sotu/2022.txt", "Reports/us-sotu/2023.txt"),
    ]

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    static func archive(_ old: String, _ new: String) throws -> ComparisonArchive {
        let oldData = try data(old), newData = try data(new)
        let oldReport = try Report(parsing: oldData), newReport = try Report(parsing: newData)
        return ComparisonArchive(
            provenance: Provenance(
                old: .init(name: old, data: oldData, encoding: oldReport.encoding),
                new: .init(name: new, data: newData, encoding: newReport.encoding)),
            comparison: Comparator().compare(oldReport, with: newReport))
    }
}
