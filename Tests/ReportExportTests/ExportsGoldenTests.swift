import Foundation
import ReportModel
import ReportParsing
import Testing

@testable import ReportExport

/// Exports/ holds the committed outputs for the sample pairs. This test makes each again in
/// memory and compares byte for byte; `RECORD_EXPORTS=1 swift test` writes them anew instead,
/// and that run fails, so a recording is never mistaken for a check.
@Suite struct ExportsGoldenTests {
    static let isRecording = ProcessInfo.processInfo.environment["RECORD_EXPORTS"] == "1"

    @Test(arguments: SamplePairs.all)
    func exportsAreCurrent(_ old: String, _ new: String) throws {
        let oldInput = try SamplePairs.input(old), newInput = try SamplePairs.input(new)
        let archive = ComparisonArchive(old: oldInput, new: newInput)
        let issuer = URL(fileURLWithPath: old).deletingLastPathComponent().lastPathComponent
        let years = "\(oldInput.report.metadata.year ?? 0)-\(newInput.report.metadata.year ?? 0)"
        let folder = SamplePairs.root.appendingPathComponent("Exports/\(issuer)/\(years)")
        for (name, data) in try archive.exportFiles() {
            let url = folder.appendingPathComponent(name)
            if Self.isRecording {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try data.write(to: url)
                Issue.record("Exports/\(issuer)/\(years)/\(name) re-recorded: review the diff, then run the tests again without RECORD_EXPORTS")
                continue
            }
            let committed = try Data(contentsOf: url)
            #expect(committed == data, "Exports/\(issuer)/\(years)/\(name) is stale; RECORD_EXPORTS=1 swift test re-records it.\n\(Self.firstDifference(committed, data))")
        }
    }

    /// The first differing line of two texts, as a short line diff.
    static func firstDifference(_ committed: Data, _ made: Data) -> String {
        let old = String(decoding: committed, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: made, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let line = zip(old, new).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
            return "the files differ in length: \(old.count) lines committed, \(new.count) made"
        }
        return "line \(line + 1):\n- \(old[line].prefix(300))\n+ \(new[line].prefix(300))"
    }
}
