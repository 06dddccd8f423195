import Foundation
import Testing

/// Committed outputs compared byte for byte. `RECORD_EXPORTS=1` writes them anew instead, and
/// that run fails, so a recording is never mistaken for a check.
public enum Golden {
    public static let isRecording = ProcessInfo.processInfo.environment["RECORD_EXPORTS"] == "1"

    /// Checks `made` against the file at `path` (from the package root); when recording, writes
    /// it there and records a failure.
    public static func check(_ made: Data, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = SampleReports.root.appendingPathComponent(path)
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try made.write(to: url)
            Issue.record(
                "\(path) re-recorded: review the diff, then run the tests again without RECORD_EXPORTS",
                sourceLocation: sourceLocation)
            return
        }
        guard let committed = try? Data(contentsOf: url) else {
            Issue.record("\(path) is missing; RECORD_EXPORTS=1 swift test records it", sourceLocation: sourceLocation)
            return
        }
        #expect(
            committed == made,
            "\(path) is stale; RECORD_EXPORTS=1 swift test re-records it.\n\(firstDifference(committed, made))",
            sourceLocation: sourceLocation)
    }

    /// The first differing line of two texts, as a short line diff.
    public static func firstDifference(_ committed: Data, _ made: Data) -> String {
        let old = String(decoding: committed, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: made, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let line = zip(old, new).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset else {
            return "the files differ in length: \(old.count) lines committed, \(new.count) made"
        }
        return "line \(line + 1):\n- \(old[line].prefix(300))\n+ \(new[line].prefix(300))"
    }
}
