import Foundation
import TestSupport
import Testing

/// Every input dimension is linear: for generated inputs of 0.25, 0.5 and 1 MB, the two doublings
/// of the input cost at most 2.5 times the CPU each on average — 1 MB under 6.25 times 0.25 MB
/// (linear work costs four times, quadratic sixteen) — in the tool's own CPU time, the least of
/// three rounds that each run every size in turn, so that all sizes share the machine's load
/// alike (other suites run beside this one). Not each doubling alone: on a shared machine one doubling of a debug build was
/// measured at 2.55× for a dimension a release build doubles at 1.28× and 2.17×. Speed is
/// measured in the benchmark (`Benchmarks/hostile-inputs.sh` gives each doubling of a release
/// build). A hang guard of fifteen minutes per test bounds the commands.
@Suite(.serialized, .timeLimit(.minutes(15))) struct ScalingTests {
    let folder = TemporaryFolder("scaling")

    static let sizes = [250_000, 500_000, 1_000_000]

    /// The CPU seconds (user and system) each command's process used, the least of three rounds
    /// that run every command in turn: unlike the time on the wall clock, CPU time moves little
    /// when other work shares the machine, and what it moves, it moves for every size alike.
    func leastSeconds(inTurn commands: [[String]]) throws -> [Double] {
        var best = [Double](repeating: .infinity, count: commands.count)
        for _ in 0..<3 {
            for (index, arguments) in commands.enumerated() {
                let (status, seconds) = try Self.cpuSeconds(arguments)
                #expect(status == 0, "report-diff \(arguments.joined(separator: " ")) exited with \(status)")
                best[index] = min(best[index], seconds)
            }
        }
        return best
    }

    /// Runs `report-diff` with its output thrown away and waits for it with `wait4`, which
    /// reports that one process's own CPU time (Foundation's `Process` reaps its child itself).
    static func cpuSeconds(_ arguments: [String]) throws -> (status: Int32, seconds: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let executable = ReportDiffCommand.executable.path
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (exitStatus, seconds(usage.ru_utime) + seconds(usage.ru_stime))
    }

    /// `unit` repeated to about `size` bytes.
    static func repeated(_ size: Int, _ unit: (Int) -> String) -> String {
        var text = "", index = 1
        while text.utf8.count < size {
            text += unit(index)
            index += 1
        }
        return text
    }

    /// Checks the ratio of the two doublings and prints the figures for the README.
    func expectLinear(_ name: String, _ times: [Double]) {
        let figures = zip(Self.sizes, times).map { "\($0 / 1000) KB \(String(format: "%.2f", $1)) s" }.joined(separator: ", ")
        print("scaling \(name): \(figures)")
        if let smallest = times.first, let largest = times.last {
            #expect(largest <= 2.5 * 2.5 * smallest, "\(name): \(figures)")
        }
    }

    /// One input dimension. Those growing the children of one element (sentences of one
    /// paragraph, sections or paragraphs of one part) are linear in libxml2 2.9.14's RELAX NG
    /// validation only because it compiles those elements' content models (see `archive.rng`).
    struct Dimension: Sendable, CustomTestStringConvertible {
        let name: String
        let text: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    static let dimensions = [
        // Hard-wrapped lines of 30 characters, a sentence every 150: one paragraph once re-flowed.
        Dimension(name: "one long paragraph") { size in
            "一、工作回顾\n" + repeated(size) { $0 % 5 == 0 ? "全市经济总量稳步增长，工业生产加快恢复，消费市场持续回暖。\n" : "全市经济总量稳步增长，工业生产加快恢复，消费市场持续回暖，\n" }
        },
        Dimension(name: "many sentences in one paragraph") { size in
            "一、工作回顾\n" + repeated(size) { "第\($0)项工作推进。" } + "\n"
        },
        Dimension(name: "many sections") { size in
            "一、工作回顾\n" + repeated(size) { "（\($0)）推进工作。\n" }
        },
        Dimension(name: "many paragraphs in one section") { size in
            "一、工作回顾\n" + repeated(size) { "第\($0)项工作稳步推进，成效明显。\n" }
        },
    ]

    /// Reading, outlining and printing: report-diff's own work, linear in every dimension.
    @Test(arguments: dimensions)
    func outlineIsLinear(_ dimension: Dimension) throws {
        expectLinear(dimension.name, try times(dimension, ["outline"]))
    }

    /// The same with the XML written and validated before it is.
    @Test(arguments: dimensions)
    func outlineAsXMLIsLinear(_ dimension: Dimension) throws {
        expectLinear(dimension.name + " as XML", try times(dimension, ["outline", "--format", "xml"]))
    }

    private func times(_ dimension: Dimension, _ command: [String]) throws -> [Double] {
        let commands = try Self.sizes.map { size in
            let path = try folder.file("\(dimension.name)-\(size).txt", Data(dimension.text(size).utf8))
            return [command[0], path] + command.dropFirst() + ["--max-bytes", "\(2 * size)"]
        }
        return try leastSeconds(inTurn: commands)
    }

    /// Many rows in an archive: `render` of a valid archive whose alignment repeats one row.
    @Test func manyArchiveRowsAreLinear() throws {
        let archive = try String(contentsOf: ReportDiffCommand.packageRoot.appendingPathComponent("Exports/us-sotu/2022-2023/comparison.xml"), encoding: .utf8)
        let marker = "  <alignment>\n"
        let row = "    <row level=\"sentence\" relation=\"added\" score=\"0.000\" new=\"p1.s1\"/>\n"
        let commands = try Self.sizes.map { size in
            let rows = String(repeating: row, count: size / row.utf8.count)
            let path = try folder.file("rows-\(size).xml", Data(archive.replacingOccurrences(of: marker, with: marker + rows).utf8))
            return ["render", path, "-o", folder.appendingPathComponent("rows-\(size).html").path, "--force", "-q"]
        }
        expectLinear("many rows in an archive", try leastSeconds(inTurn: commands))
    }
}
