import CMalloc
import Foundation
import ReportComparison
import ReportExport
import ReportModel
import ReportParsing

/// `swift run -c release report-diff-bench`: how long each stage of a comparison takes on the
/// sample pairs and on inputs 2×–16× larger (one report repeated, and different reports
/// concatenated), how time grows with size, the peak memory; `report-diff compare` beside git's
/// character word-diff, Python difflib's HtmlDiff and `diff` on the same files, run in turn so
/// that they share the machine's load; and `batch` on a 200-report corpus with one job and two.
/// Run it from the package root; it only reads `Reports/` and `Benchmarks/` and writes to a
/// temporary folder. `--no-pairs`, `--no-repeat` and `--no-batch` leave out the sample pairs,
/// the repeated-report scaling and the corpus run; `--distinct K` takes the
/// distinct-text scaling up to K× (4 by default: beyond it a run takes minutes); with
/// `REPORT_DIFF_BASELINE` naming another `report-diff` binary, its compare runs in turn too.
@main
struct Benchmark {
    static func main() async {
        // A closed standard output (`| head`) fails the next write instead of killing the
        // process, so the scratch folder is still removed.
        signal(SIGPIPE, SIG_IGN)
        // As report-diff does, so the stages and the peak memory are the tool's.
        rd_return_large_blocks_to_system()
        let options: Options
        switch Options.parse(Array(CommandLine.arguments.dropFirst())) {
        case .run(let parsed):
            options = parsed
        case .help:
            print(Options.usage)
            exit(0)
        case .peakMemory(let old, let new):
            do {
                print(try await peakMemory(old: old, new: new))
                exit(0)
            } catch {
                fail("\(error)")
            }
        case .wrong(let problem):
            fail("\(problem) (--help shows the usage)", status: 2)
        }
        let reports = URL(fileURLWithPath: "Reports")
        guard FileManager.default.fileExists(atPath: reports.path) else { fail("run it from the package root (no Reports/ here)") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("report-diff-bench-\(getpid())")
        var status: Int32 = 0
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            try await run(options, reports: reports, scratch: scratch)
        } catch is StandardOutputClosed {
            status = 1
        } catch {
            FileHandle.standardError.write(Data("report-diff-bench: \(error)\n".utf8))
            status = 1
        }
        try? FileManager.default.removeItem(at: scratch)
        exit(status)
    }

    /// One line on standard error, then exit: 1 for a failure, 2 for a wrong command line.
    private static func fail(_ message: String, status: Int32 = 1) -> Never {
        FileHandle.standardError.write(Data("report-diff-bench: \(message)\n".utf8))
        exit(status)
    }

    private static func run(_ options: Options, reports: URL, scratch: URL) async throws {
        try say("report-diff-bench: median ±half the 10–90% range, n runs; \(ProcessInfo.processInfo.activeProcessorCount) cores")
        try say("stage: one step in this process; in-process: all of compare in this process; tool: a program run as a process\n")
        for (issuer, old, new) in [("cn-national", "2024", "2025"), ("us-sotu", "2022", "2023")] where options.pairs {
            let oldURL = reports.appendingPathComponent("\(issuer)/\(old).txt"), newURL = reports.appendingPathComponent("\(issuer)/\(new).txt")
            try say("## \(issuer) \(old)→\(new)")
            let oldData = try Data(contentsOf: oldURL), newData = try Data(contentsOf: newURL)
            for (stage, sample) in try await stages(old: oldData, new: newData) { try say(row(stage, sample.text)) }
            try say(row(wholeCompareName, await wholeCompare(old: oldData, new: newData).text))
            let measured = tools(old: oldURL.path, new: newURL.path, scratch: scratch)
            for (tool, sample) in measured { try say(row(tool, sample.text)) }
            for line in ratios(measured) { try say(line) }
            try say()
        }

        let oldData = try Data(contentsOf: reports.appendingPathComponent("cn-national/2024.txt"))
        let newData = try Data(contentsOf: reports.appendingPathComponent("cn-national/2025.txt"))
        if options.repeated {
            try await scaling(
                factors: [1, 2, 4, 8, 16], "cn-national 2024→2025, each report concatenated k times",
                inputs: { factor in (Data(repeatElement(oldData, count: factor).joined()), Data(repeatElement(newData, count: factor).joined())) },
                scratch: scratch)
        }
        let (olds, news) = try distinctReports(in: reports)
        try await scaling(
            factors: [1, 2, 4, 8, 16].filter { $0 <= options.distinct }, once: 4,
            "distinct text: k different reports concatenated (old: \(olds.map(\.name).joined(separator: ", ")); "
                + "new: \(news.map(\.name).joined(separator: ", ")))",
            inputs: { factor in (Data(olds.prefix(factor).map(\.data).joined()), Data(news.prefix(factor).map(\.data).joined())) },
            scratch: scratch)
        if options.batch { try batch(reports: reports, scratch: scratch) }
    }

    /// Writes a line to standard output at once, so a reader sees each row as it is measured.
    /// - Throws: `StandardOutputClosed` when nobody reads any more (`| head` has exited): the
    ///   benchmark stops rather than run on for minutes unread.
    private static func say(_ line: String = "") throws(StandardOutputClosed) {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data((line + "\n").utf8))
        } catch {
            throw StandardOutputClosed()
        }
    }

    private struct StandardOutputClosed: Error {}

    private static let wholeCompareName = "in-process: compare (read, compare, export)"

    /// Every stage, the whole compare and the tools on inputs 1×–16× the size, with the peak
    /// memory, and how time grows with size.
    /// From the factor `once` on, every measurement runs once.
    private static func scaling(
        factors: [Int], once: Int = .max, _ title: String, inputs: (Int) -> (old: Data, new: Data), scratch: URL
    ) async throws {
        guard !factors.isEmpty else { return }
        try say("## Scaling: \(title)")
        var points: [String: [(size: Double, seconds: Double)]] = [:]
        var order: [String] = []
        for factor in factors {
            let runs = factor >= once ? 1 : 3
            let (old, new) = inputs(factor)
            let oldURL = scratch.appendingPathComponent("old-\(factor)x.txt"), newURL = scratch.appendingPathComponent("new-\(factor)x.txt")
            try old.write(to: oldURL)
            try new.write(to: newURL)
            try say("### \(factor)× (\(old.count / 1024) KiB + \(new.count / 1024) KiB)")
            var measured = try await stages(old: old, new: new, runs: runs)
            measured.append((wholeCompareName, await wholeCompare(old: old, new: new, runs: runs)))
            let external = tools(old: oldURL.path, new: newURL.path, scratch: scratch, difflib: factor <= 4, runs: runs)
            measured += external
            for (stage, sample) in measured {
                try say(row(stage, sample.text))
                if points[stage] == nil { order.append(stage) }
                points[stage, default: []].append((Double(old.count + new.count), sample.median))
            }
            for line in ratios(external) { try say(line) }
            let peak = ExternalCommand(executable: URL(fileURLWithPath: CommandLine.arguments[0]), arguments: ["--peak-memory", oldURL.path, newURL.path])
                .output().map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
            try say(row("peak memory (read, compare, export)", peak ?? "not measured"))
        }
        try say("\n### Scaling exponent over input bytes, \(factors.first ?? 1)×–\(factors.last ?? 1)× (time ∝ size^e)")
        for stage in order {
            guard let stagePoints = points[stage], stagePoints.count > 1 else { continue }
            try say(row(stage, String(format: "e = %.2f", Sample.exponent(stagePoints))))
        }
        try say()
    }

    /// Sixteen old and sixteen new reports, all different: cn-national 2024 and 2025 first (so
    /// 1× is the sample pair), then every other report of the corpus in path order, each
    /// issuer's years alternating between the two sides; second editions are left out.
    private static func distinctReports(in reports: URL) throws -> (old: [(name: String, data: Data)], new: [(name: String, data: Data)]) {
        let first = ["cn-national/2024.txt", "cn-national/2025.txt"]
        let others = try reportPaths(in: reports).filter { !first.contains($0) && !$0.contains("-rmrb") }
        let paths = first + others
        let files = try paths.map { (name: $0, data: try Data(contentsOf: reports.appendingPathComponent($0))) }
        let old = stride(from: 0, to: files.count - 1, by: 2).map { files[$0] }
        let new = stride(from: 1, to: files.count, by: 2).map { files[$0] }
        return (Array(old.prefix(16)), Array(new.prefix(16)))
    }

    /// The reports under `reports`, `<issuer>/<file>`, in path order.
    private static func reportPaths(in reports: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted().flatMap { issuer -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: reports.appendingPathComponent(issuer).path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else { return [] }
            return try FileManager.default.contentsOfDirectory(atPath: reports.appendingPathComponent(issuer).path).sorted()
                .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { "\(issuer)/\($0)" }
        }
    }

    /// `batch --jobs 1` and `--jobs 2` in turn on a 200-report corpus: Reports/ once, then copies
    /// of the series whose issuer comes from their folder (a Chinese report names its issuer,
    /// so a copy of it would be a second edition and skipped).
    private static func batch(reports: URL, scratch: URL) throws {
        let reportDiff = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("report-diff")
        guard FileManager.default.isExecutableFile(atPath: reportDiff.path) else { return }
        let corpus = scratch.appendingPathComponent("corpus")
        let paths = try reportPaths(in: reports)
        var count = 0
        func copy(_ path: String, as issuer: String) throws {
            let folder = corpus.appendingPathComponent(issuer)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: reports.appendingPathComponent(path), to: folder.appendingPathComponent(URL(fileURLWithPath: path).lastPathComponent))
            count += 1
        }
        for path in paths { try copy(path, as: String(path.prefix { $0 != "/" })) }
        let copied = paths.filter { $0.hasPrefix("us-sotu/") || $0.hasPrefix("sg-budget/") }
        var round = 1
        while count < 200 {
            for path in copied where count < 200 { try copy(path, as: "\(path.prefix { $0 != "/" })-copy\(round)") }
            round += 1
        }
        let output = scratch.appendingPathComponent("batch").path
        let commands = [1, 2].map { jobs in
            ExternalCommand(executable: reportDiff, arguments: ["batch", corpus.path, "-o", output, "--jobs", String(jobs), "--force", "--quiet"])
        }
        try say("## batch on \(count) reports (Reports/ and copies of us-sotu and sg-budget), --force, runs alternating")
        let samples = Sample.alternating(minimum: 2, maximum: 2, budget: 0, commands.map { command in { command.run() } })
        try say(row("tool: report-diff batch --jobs 1", samples[0].text))
        try say(row("tool: report-diff batch --jobs 2", samples[1].text))
        try say(row("speed-up, --jobs 2 over --jobs 1", String(format: "%.2f×", samples[0].median / samples[1].median)))
    }

    private static func row(_ name: String, _ value: String) -> String {
        name.padding(toLength: 62, withPad: " ", startingAt: 0) + value
    }

    /// Each stage alone, in pipeline order, on the same two inputs.
    private static func stages(old: Data, new: Data, runs: Int = 3) async throws -> [(String, Sample)] {
        let measure = { (body: () async -> Void) in await Sample.measure(minimum: runs, maximum: runs == 1 ? 1 : 21, body) }
        let decoder = SourceDecoder()
        let decode = await measure {
            _ = try? decoder.decode(old)
            _ = try? decoder.decode(new)
        }
        let read = await measure {
            _ = try? Report(parsing: old)
            _ = try? Report(parsing: new)
        }
        let oldReport = try Report(parsing: old), newReport = try Report(parsing: new)
        let extractor = FactExtractor()
        let facts = await measure {
            _ = extractor.facts(in: oldReport)
            _ = extractor.facts(in: newReport)
        }
        let aligner = StructureAligner()
        let align = await measure { _ = aligner.align(oldReport, with: newReport) }
        let alignment = aligner.align(oldReport, with: newReport)
        let pairs = changedSentences(alignment, oldReport, newReport)
        try say(row("(changed sentences to diff)", String(pairs.count)))
        let differ = TextDiffer()
        let diff = await measure { for (oldText, newText) in pairs { _ = differ.diff(old: oldText, new: newText) } }
        let counter = PhraseCounter()
        let texts = { (report: Report) in report.allSections.map(\.title) + report.allParagraphs.map(\.paragraph.text) }
        let phrases = await measure { _ = counter.changes(from: texts(oldReport), to: texts(newReport)) }
        let oldRead = oldReport.withFacts(extractor), newRead = newReport.withFacts(extractor)
        let scorecard = await measure { _ = Scorecard(reports: [oldRead, newRead]) }
        let comparator = ReportComparator()
        let comparison = await comparator.compare(oldRead, with: newRead)
        let archive = ComparisonArchive(
            provenance: Provenance(old: .init(name: "old", data: old, encoding: oldReport.encoding),
                                   new: .init(name: "new", data: new, encoding: newReport.encoding)),
            comparison: comparison)
        let xml = await measure { _ = try? archive.xml() }
        let exports = await measure { _ = try? await archive.exportFiles() }
        let outline = Sample(seconds: zip(read.seconds.sorted(), decode.seconds.sorted()).map { max(0, $0 - $1) })
        return [
            ("stage: decode", decode), ("stage: outline (read − decode)", outline), ("stage: facts", facts), ("stage: align", align),
            ("stage: text diff", diff), ("stage: phrases", phrases), ("stage: scorecard", scorecard),
            ("stage: XML (with validation)", xml), ("stage: all exports (XML, HTML)", exports),
        ]
    }

    /// What `compare` does for one pair, without the terminal output: read both files' bytes
    /// into reports, compare, make every export file.
    private static func wholeCompare(old: Data, new: Data, runs: Int = 3) async -> Sample {
        await Sample.measure(minimum: runs, maximum: runs == 1 ? 1 : 21) {
            guard let oldReport = try? Report(parsing: old), let newReport = try? Report(parsing: new) else { return }
            _ = try? await ComparisonArchive(old: ("old", old, oldReport), new: ("new", new, newReport)).exportFiles()
        }
    }

    private static let gitName = "tool: git diff --word-diff=porcelain --word-diff-regex=."
    private static let compareName = "tool: report-diff compare -o DIR"
    private static let difflibName = "tool: python3 difflib HtmlDiff"

    /// The `report-diff compare` process beside this one, and git's, difflib's and diff's, on
    /// the same files, in turn. difflib is quadratic on long lines, so it can be left out.
    private static func tools(old: String, new: String, scratch: URL, difflib: Bool = true, runs: Int = 3) -> [(String, Sample)] {
        var commands: [(String, ExternalCommand)] = []
        if let baseline = ProcessInfo.processInfo.environment["REPORT_DIFF_BASELINE"], FileManager.default.isExecutableFile(atPath: baseline) {
            let output = scratch.appendingPathComponent("baseline").path
            commands.append(("tool: baseline report-diff compare -o DIR", ExternalCommand(
                executable: URL(fileURLWithPath: baseline), arguments: ["compare", old, new, "-o", output, "--force", "--quiet"])))
        }
        let reportDiff = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("report-diff")
        if FileManager.default.isExecutableFile(atPath: reportDiff.path) {
            let output = scratch.appendingPathComponent("compare").path
            commands.append((compareName, ExternalCommand(executable: reportDiff, arguments: ["compare", old, new, "-o", output, "--force", "--quiet"])))
        }
        if let git = ExternalCommand.installed("git") {
            commands.append((gitName, ExternalCommand(executable: git, arguments: ["diff", "--no-index", "--word-diff=porcelain", "--word-diff-regex=.", old, new])))
        }
        let script = URL(fileURLWithPath: "Benchmarks/difflib_htmldiff.py")
        if difflib, let python = ExternalCommand.installed("python3"), FileManager.default.fileExists(atPath: script.path) {
            commands.append((difflibName, ExternalCommand(executable: python, arguments: [script.path, old, new])))
        }
        if let diff = ExternalCommand.installed("diff") {
            commands.append(("tool: diff", ExternalCommand(executable: diff, arguments: [old, new])))
        }
        let samples = Sample.alternating(minimum: runs, maximum: runs == 1 ? 1 : 21, commands.map { _, command in { command.run() } })
        return zip(commands.map(\.0), samples).map { ($0, $1) }
    }

    /// report-diff's time over git's (at most 1 is the goal), and difflib's over report-diff's.
    private static func ratios(_ measured: [(String, Sample)]) -> [String] {
        let medians = Dictionary(measured.map { ($0.0, $0.1.median) }, uniquingKeysWith: { first, _ in first })
        guard let compare = medians[compareName] else { return [] }
        var lines: [String] = []
        if let git = medians[gitName] { lines.append(row("ratio: report-diff compare / git", String(format: "%.2f×", compare / git))) }
        if let difflib = medians[difflibName] { lines.append(row("ratio: difflib HtmlDiff / report-diff", String(format: "%.1f×", difflib / compare))) }
        return lines
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
    private static func peakMemory(old: String, new: String) async throws -> String {
        let oldData = try Data(contentsOf: URL(fileURLWithPath: old)), newData = try Data(contentsOf: URL(fileURLWithPath: new))
        let oldReport = try Report(parsing: oldData), newReport = try Report(parsing: newData)
        let afterRead = peakMegabytes()
        let archive = await ComparisonArchive(old: (old, oldData, oldReport), new: (new, newData, newReport))
        let afterCompare = peakMegabytes()
        let files = try await archive.exportFiles()
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
