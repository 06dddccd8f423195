import Foundation
import TestSupport
import Testing

/// Installed and used like any Unix tool: a version, standard input, shared exit statuses, one
/// rule for the order of reports, and what to do with a PDF or Word file.
@Suite struct UnixHabitsTests {
    let folder = TemporaryFolder("unix")

    /// `--version` prints the version an archive records.
    @Test func versionIsTheArchivesVersion() throws {
        let version = try ReportDiffCommand.run(["--version"])
        #expect(version.status == 0)
        let out = folder.appendingPathComponent("out").path
        let compare = try ReportDiffCommand.run(["compare", "Reports/us-sotu/2022.txt", "Reports/us-sotu/2023.txt", "-o", out, "-q"])
        #expect(compare.status == 0, "\(compare.errors)")
        #expect(compare.output.isEmpty)
        let archive = try String(contentsOfFile: out + "/comparison.xml", encoding: .utf8)
        #expect(archive.contains("<provenance tool=\"report-diff\" version=\"\(version.output.trimmingCharacters(in: .whitespacesAndNewlines))\">"))
    }

    /// `-` reads a report from standard input, named `<stdin>` in messages and archives.
    @Test func aDashReadsStandardInput() throws {
        let report = ReportDiffCommand.packageRoot.appendingPathComponent("Reports/cn-national/2025.txt")
        let piped = try ReportDiffCommand.run(["facts", "-", "--format", "csv"], input: report)
        let named = try ReportDiffCommand.run(["facts", "Reports/cn-national/2025.txt", "--format", "csv"])
        #expect(piped.status == 0, "\(piped.errors)")
        #expect(piped.output == named.output)
        #expect(piped.output.hasPrefix("id,role,indicator,"))

        let out = folder.appendingPathComponent("stdin").path
        let compare = try ReportDiffCommand.run(["compare", "Reports/cn-national/2024.txt", "-", "-o", out], input: report)
        #expect(compare.status == 0, "\(compare.errors)")
        let archive = try String(contentsOfFile: out + "/comparison.xml", encoding: .utf8)
        #expect(archive.contains("name=\"&lt;stdin&gt;\""))

        let empty = try folder.file("empty", Data())
        let nothing = try ReportDiffCommand.run(["outline", "-"], input: URL(fileURLWithPath: empty))
        #expect(nothing.status == 1)
        #expect(nothing.errors == "report-diff: <stdin>: the file is empty\n")
        let twice = try ReportDiffCommand.run(["compare", "-", "-"], input: report)
        #expect(twice.status == 2)
    }

    /// 0 done, 1 bad input, 2 a wrong command line, for every command.
    @Test(arguments: [
        ["outline", "--no-such-option", "x"], ["compare", "only-one.txt"], ["batch"], ["facts", "x", "--format", "pdf"],
        ["render"], ["targets", "x", "--format", "nope"], ["outline", "x", "--max-bytes", "0"],
    ])
    func aWrongCommandLineIsStatusTwo(_ arguments: [String]) throws {
        let result = try ReportDiffCommand.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.errors)")
        #expect(!result.errors.isEmpty)
    }

    @Test(arguments: [["outline", "no-such.txt"], ["facts", "no-such.txt"], ["validate", "no-such.xml"], ["compare", "a.txt", "b.txt"]])
    func aMissingFileIsStatusOne(_ arguments: [String]) throws {
        let result = try ReportDiffCommand.run(arguments)
        #expect(result.status == 1)
        #expect(result.errors.hasSuffix(": no such file\n"), "\(result.errors)")
    }

    /// `compare` applies the rule `targets` applies: years increasing, one issuer; `--force`
    /// compares anyway.
    @Test func compareRefusesReportsOutOfOrderLikeTargets() throws {
        let out = folder.appendingPathComponent("order").path
        let reversed = ["Reports/cn-national/2025.txt", "Reports/cn-national/2024.txt"]
        let compare = try ReportDiffCommand.run(["compare"] + reversed + ["-o", out])
        let targets = try ReportDiffCommand.run(["targets"] + reversed)
        #expect(compare.status == 1)
        #expect(compare.errors == targets.errors)
        #expect(compare.errors.contains("use --force"))
        #expect(!FileManager.default.fileExists(atPath: out + "/comparison.xml"))
        let issuers = try ReportDiffCommand.run(["compare", "Reports/cn-jinzhong/2025.txt", "Reports/cn-national/2025.txt", "-o", out])
        #expect(issuers.status == 1)
        #expect(issuers.errors.contains("use --force"))
        let forced = try ReportDiffCommand.run(["compare"] + reversed + ["-o", out, "--force"])
        #expect(forced.status == 0, "\(forced.errors)")
    }

    /// A PDF or Word file is named as such, with what is wrong with it (good ones are read:
    /// `PublishedFormatTests`); an old binary Word file, with what to do.
    @Test(arguments: [
        ("report.pdf", Data("%PDF-1.7\n%\u{E2}\u{E3}\n".utf8) + Data([0, 1, 2]), "PDF file: damaged or not a PDF"),
        ("report.docx", Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]) + Data("word/document.xml".utf8) + Data([0, 0]),
         "Word file: unreadable ZIP package"),
        ("report.doc", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), "a Word (.doc) file: save it as plain text"),
    ])
    func publishedFormatsAreNamed(_ name: String, _ bytes: Data, _ message: String) throws {
        let path = try folder.file(name, bytes)
        let result = try ReportDiffCommand.run(["outline", path])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("report-diff: \(path): \(message)"), "\(result.errors)")
        #expect(result.errors.split(separator: "\n").count == 1)
    }

    /// `batch` on a flat folder of reports under their own names: grouped by what their text
    /// says, each issuer's consecutive years compared; what cannot be placed is listed.
    @Test func batchOnAFlatFolderGroupsByTheText() throws {
        let corpus = folder.appendingPathComponent("flat"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for (source, name) in [
            ("cn-national/2024.txt", "2024年政府工作报告.txt"), ("cn-national/2025.txt", "政府工作报告2025.txt"),
            ("us-sotu/2022.txt", "sotu.txt"), ("us-sotu/2023.txt", "en-sotu-2023.txt"), ("us-sotu/2024.txt", "en-sotu-2024.txt"),
        ] {
            try FileManager.default.copyItem(
                at: ReportDiffCommand.packageRoot.appendingPathComponent("Reports/\(source)"), to: corpus.appendingPathComponent(name))
        }
        let dry = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path, "--dry-run"])
        #expect(dry.status == 0, "\(dry.errors)")
        #expect(dry.output.contains("compare 2024 → 2025"))
        #expect(dry.output.contains("skipped: \(corpus.path)/sotu.txt: cannot be placed"))
        // The addresses name no issuer: files named alike but for the year are one series.
        #expect(dry.output.contains("en-sotu → en-sotu/: 2023, 2024"), "\(dry.output)")
        #expect(dry.output.contains("note: \(corpus.path)/en-sotu-2024.txt: the text names no issuer: placed in series “en-sotu” by its file name"))
        #expect(!FileManager.default.fileExists(atPath: out.path))

        let run = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("2 compared"), "\(run.output)")
        let index = try String(contentsOf: out.appendingPathComponent("index.xml"), encoding: .utf8)
        #expect(index.contains("2024-2025/comparison.xml"))
        #expect(index.contains("en-sotu/2023-2024/comparison.xml"))
    }
}
