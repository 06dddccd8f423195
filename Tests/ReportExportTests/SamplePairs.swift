import Foundation
import ReportComparison
import ReportExport
import ReportModel
import ReportParsing
import TestSupport

/// The sample report pairs, compared and archived as `compare` does.
enum SamplePairs {
    static let root = SampleReports.root

    static let all = [
        ("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt"),
        ("Reports/us-sotu/2022.txt", "Reports/us-sotu/2023.txt"),
    ]

    static func data(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    /// A sample file as `compare` reads it: bytes, and the report with corpus defaults.
    static func input(_ path: String) throws -> (name: String, data: Data, report: Report) {
        let data = try data(path)
        return (path, data, try Report(parsing: data, defaults: .corpusDefaults(forPath: path)))
    }

    static func archive(_ old: String, _ new: String) async throws -> ComparisonArchive {
        await ComparisonArchive(old: try input(old), new: try input(new))
    }
}
