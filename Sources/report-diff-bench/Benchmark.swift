import Foundation
import ReportComparison
import ReportExport
import ReportModel
import ReportParsing

/// `swift run -c release report-diff-bench`: how long each stage of a comparison takes on the
/// sample pairs and on inputs 2×–16× larger, how time grows with size, the peak memory, and
/// `git diff --word-diff-regex=.` and `diff` on the same files for scale. Run it from the
/// package root; it only reads `Reports/` and writes to a temporary folder.
@main
struct Benchmark {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.count == 3, arguments[0] == "--peak-memory" {
            print(try peakMemory(old: arguments[1], new: arguments[2]))
            return
        }
        let reports = URL(fileURLWithPath: "Reports")
        guard FileManager.default.fileExists(atPath: reports.path) else {
            FileHandle.standardError.write(Data("report-diff-bench: run it from the package root (no Reports/ here)\n".utf8))
            exit(1)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("report-diff-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        print("report-diff-bench: median ±half the 10–90% range, n runs; \(ProcessInfo.processInfo.activeProcessorCount) cores\n")
        for (issuer, old, new) in [("cn-national", "2024", "2025"), ("us-sotu", "2022", "2023")] {
            let oldURL = reports.appendingPathComponent("\(issuer)/\(old).txt"), newURL = reports.appendingPathComponent("\(issuer)/\(new).txt")
            print("## \(issuer) \(old)→\(new)")
            let oldData = try Data(contentsOf: oldURL), newData = try Data(contentsOf: newURL)
            for (stage, sample) in try stages(old: oldData, new: newData) { print(row(stage, sample.text)) }
            print(row("compare (in process)", wholeCompare(old: oldData, new: newData).text))
            for (tool, sample) in tools(old: oldURL.path, new: newURL.path, scratch: scratch) { print(row(tool, sample.text)) }
            print()
        }

        print("## Scaling: cn-national 2024→2025, each report concatenated k times")
        let oldData = try Data(contentsOf: reports.appendingPathComponent("cn-national/2024.txt"))
        let newData = try Data(contentsOf: reports.appendingPathComponent("cn-national/2025.txt"))
        var points: [String: [(size: Double, seconds: Double)]] = [:]
        var order: [String] = []
        for factor in [1, 2, 4, 8, 16] {
            let old = Data(repeatElement(oldData, count: factor).joined()), new = Data(repeatElement(newData, count: factor).joined())
            let oldURL = scratch.appendingPathComponent("old-\(factor)x.txt"), newURL = scratch.appendingPathComponent("new-\(factor)x.txt")
            try old.write(to: oldURL)
            try new.write(to: newURL)
            print("### \(factor)× (\(old.count / 1024) KiB + \(new.count / 1024) KiB)")
            var measured = try stages(old: old, new: new)
            measured.append(("compare (in process)", wholeCompare(old: old, new: new)))
            measured += tools(old: oldURL.path, new: newURL.path, scratch: scratch)
            for (stage, sample) in measured {
                print(row(stage, sample.text))
                if points[stage] == nil { order.append(stage) }
                points[stage, default: []].append((Double(factor), sample.median))
            }
            let peak = ExternalCommand(executable: URL(fileURLWithPath: CommandLine.arguments[0]), arguments: ["--peak-memory", oldURL.path, newURL.path])
                .output().map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
            print(row("peak memory (read, compare, export)", peak ?? "not measured"))
        }
        print("\n### Scaling exponent, 1×–16× (time ∝ size^e)")
        for stage in order {
            guard let stagePoints = points[stage], stagePoints.count > 1 else { continue }
            print(row(stage, String(format: "e = %.2f", Sample.exponent(stagePoints))))
        }
    }

    private static func row(_ name: String, _ value: String) -> String {
        name.padding(toLength: 40, withPad: " ", startingAt: 0) + value
    }

    /// Each stage alone, in pipeline order, on the same two inputs.
    private static func stages(old: Data, new: Data) throws -> [(String, Sample)] {
        let decoder = SourceDecoder()
        let decode = Sample.measure {
            _ = try? decoder.decode(old)
            _ = try? decoder.decode(new)
        }
        let read = Sample.measure {
            _ = try? Report(parsing: old)
            _ = try? Report(parsing: new)
        }
        let oldReport = try Report(parsing: old), newReport = try Report(parsing: new)
        let extractor = FactExtractor()
        let facts = Sample.measure {
            _ = extractor.facts(in: oldReport)
            _ = extractor.facts(in: newReport)
        }
        let aligner = StructureAligner()
        let align = Sample.measure { _ = aligner.align(oldReport, with: newReport) }
        let alignment = aligner.align(oldReport, with: newReport)
        let pairs = changedSentences(alignment, oldReport, newReport)
        print(row("(changed sentences to diff)", String(pairs.count)))
        let differ = TextDiffer()
        let diff = Sample.measure { for (oldText, newText) in pairs { _ = differ.diff(old: oldText, new: newText) } }
        let counter = PhraseCounter()
        let texts = { (report: Report) in report.allSections.map(\.title) + report.allParagraphs.map(\.paragraph.text) }
        let phrases = Sample.measure { _ = counter.changes(from: texts(oldReport), to: texts(newReport)) }
        let oldRead = oldReport.withFacts(extractor), newRead = newReport.withFacts(extractor)
        let scorecard = Sample.measure { _ = Scorecard(reports: [oldRead, newRead]) }
        let comparator = ReportComparator()
        let comparison = comparator.compare(oldRead, with: newRead)
        let archive = ComparisonArchive(
            provenance: Provenance(old: .init(name: "old", data: old, encoding: oldReport.encoding),
                                   new: .init(name: "new", data: new, encoding: newReport.encoding)),
            comparison: comparison)
        let xml = Sample.measure { _ = try? archive.xml() }
        let exports = Sample.measure { _ = try? archive.exportFiles() }
        let outline = Sample(seconds: zip(read.seconds.sorted(), decode.seconds.sorted()).map { max(0, $0 - $1) })
        return [
            ("decode", decode), ("outline (read − decode)", outline), ("facts", facts), ("align", align),
            ("diff", diff), ("phrases", phrases), ("scorecard", scorecard),
            ("XML (with validation)", xml), ("all exports (XML, HTML)", exports),
        ]
    }

    /// What `compare` does for one pair, without the terminal output: read both files' bytes
    /// into reports, compare, make every export file.
    private static func wholeCompare(old: Data, new: Data) -> Sample {
        Sample.measure {
            guard let oldReport = try? Report(parsing: old), let newReport = try? Report(parsing: new) else { return }
            _ = try? ComparisonArchive(old: ("old", old, oldReport), new: ("new", new, newReport)).exportFiles()
        }
    }

    /// The `report-diff compare` process beside this one, and git's and diff's, on the same files.
    private static func tools(old: String, new: String, scratch: URL) -> [(String, Sample)] {
        var result: [(String, Sample)] = []
        let reportDiff = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("report-diff")
        if FileManager.default.isExecutableFile(atPath: reportDiff.path) {
            let output = scratch.appendingPathComponent("compare").path
            let command = ExternalCommand(executable: reportDiff, arguments: ["compare", old, new, "-o", output, "--force"])
            result.append(("report-diff compare (process)", Sample.measure { command.run() }))
        }
        if let git = ExternalCommand.installed("git") {
            let command = ExternalCommand(executable: git, arguments: ["diff", "--no-index", "--word-diff-regex=.", old, new])
            result.append(("git diff --word-diff-regex=.", Sample.measure { command.run() }))
        }
        if let diff = ExternalCommand.installed("diff") {
            let command = ExternalCommand(executable: diff, arguments: [old, new])
            result.append(("diff", Sample.measure { command.run() }))
        }
        return result
    }

    /// The sentence pairs `compare` diffs: aligned, with different text.
    private static func changedSentences(_ alignment: Alignment, _ old: Report, _ new: Report) -> [(String, String)] {
        let texts = { (report: Report) in
            Dictionary(report.allParagraphs.flatMap { $0.paragraph.sentences.map { ($0.id, $0.text) } }, uniquingKeysWith: { first, _ in first })
        }
        let oldTexts = texts(old), newTexts = texts(new)
        return alignment.rows(at: .sentence).compactMap { row in
            guard let oldID = row.old?.id, let newID = row.new?.id, let oldText = oldTexts[oldID], let newText = newTexts[newID],
                oldText != newText
            else { return nil }
            return (oldText, newText)
        }
    }

    /// One read, compare and export in this process, then its peak resident size.
    private static func peakMemory(old: String, new: String) throws -> String {
        let oldData = try Data(contentsOf: URL(fileURLWithPath: old)), newData = try Data(contentsOf: URL(fileURLWithPath: new))
        let oldReport = try Report(parsing: oldData), newReport = try Report(parsing: newData)
        let afterRead = peakMegabytes()
        let archive = ComparisonArchive(old: (old, oldData, oldReport), new: (new, newData, newReport))
        let afterCompare = peakMegabytes()
        let files = try archive.exportFiles()
        let output = files.reduce(0) { $0 + $1.data.count }
        return String(
            format: "%.1f MB (%.1f after reading, %.1f after comparing; exports %ld KiB)",
            peakMegabytes(), afterRead, afterCompare, output / 1024)
    }

    /// The peak resident size of this process image. On Linux that is `VmHWM`: a spawned
    /// child's `ru_maxrss` starts at its parent's peak (it survives `vfork` and `exec`), so it
    /// would report the benchmark's own memory; elsewhere `ru_maxrss`.
    private static func peakMegabytes() -> Double {
        #if os(Linux)
            let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
            let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            let kilobytes = line?.split(separator: " ").dropFirst().first.flatMap { Double($0) }
            return (kilobytes ?? 0) / 1024
        #else
            var usage = rusage()
            getrusage(RUSAGE_SELF, &usage)
            return Double(usage.ru_maxrss) / 1024 / 1024
        #endif
    }
}
