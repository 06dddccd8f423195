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

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent("Reports").appendingPathComponent(name))
    }

    static func report(_ name: String) throws -> Report {
        try Report(parsing: data(name))
    }
}

extension Report {
    /// Every section below the root with the given kind.
    func sections(_ kind: Section.Kind) -> [Section] { allSections.filter { $0.kind == kind } }

    /// The parts, in order.
    var parts: [Section] { root.children.filter { $0.kind == .part } }
}
