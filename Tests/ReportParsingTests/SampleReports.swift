import Foundation
import ReportModel
import ReportParsing

/// The sample reports in the package's Reports/ folder.
enum SampleReports {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let all = [
        "cn-national/2024.txt", "cn-national/2025.txt", "cn-jinzhong/2025.txt", "us-sotu/2022.txt", "us-sotu/2023.txt",
    ]
    static let chinese = Array(all.prefix(3))

    /// Every report in Reports/ (`<issuer>/<year>[-edition].<ext>`), in path order.
    static let corpus: [String] = {
        let reports = root.appendingPathComponent("Reports")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
        return folders.sorted().flatMap { folder -> [String] in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: reports.appendingPathComponent(folder).path)) ?? []
            return files.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
        }
    }()

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }

    static func url(_ name: String) -> URL {
        root.appendingPathComponent("Reports").appendingPathComponent(name)
    }

    static func report(_ name: String) throws -> Report {
        try Report(parsing: data(name))
    }

    /// The report as the command line reads it: with what its file's name and place say.
    static func corpusReport(_ name: String) throws -> Report {
        try Report(parsing: data(name), defaults: .corpusDefaults(forPath: url(name).path))
    }
}

extension Report {
    /// Every section below the root with the given kind.
    func sections(_ kind: Section.Kind) -> [Section] { allSections.filter { $0.kind == kind } }

    /// The parts, in order.
    var parts: [Section] { root.children.filter { $0.kind == .part } }
}
