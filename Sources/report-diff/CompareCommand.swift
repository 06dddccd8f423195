import ArgumentParser
import Foundation
import ReportComparison
import ReportExport
import ReportModel
import ReportParsing

struct Compare: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two successive reports: print a summary, write the archive XML and the reviewer page.",
        discussion: """
            Writes comparison.xml and review.html into <out>/<issuer>/<old year>-<new year>, where <out> \
            is Exports and <issuer> is the folder the old report is in (Reports/cn-national/2024.txt → \
            cn-national). The page is rendered from the archive alone: `render comparison.xml` makes it again. \
            Reports whose years do not increase or whose issuers differ are refused, as `targets` \
            refuses them; --force compares them anyway. `-` reads one of the reports from standard input.
            """
    )

    @Argument(help: "The older report (`-`: standard input).")
    var old: String

    @Argument(help: "The newer report (`-`: standard input).")
    var new: String

    @Option(help: "Terminal output: summary, or text for the full aligned diff with inline marks.")
    var format: TerminalFormat = .summary

    @Option(name: .shortAndLong, help: "Write into this folder instead of Exports/<issuer>/<old year>-<new year>.")
    var output: String?

    @Flag(help: "Replace existing output files, and compare reports out of year order or of different issuers.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    @Option(help: "Record this timestamp in the archive (left out by default, so runs are reproducible).")
    var generatedAt: String?

    @OptionGroup var limits: InputLimits

    enum TerminalFormat: String, ExpressibleByArgument, CaseIterable {
        case summary, text
    }

    func validate() throws {
        if old == standardInputPath, new == standardInputPath {
            throw ValidationError("standard input (-) can stand for one report only")
        }
    }

    func run() async throws {
        try await reporting {
            // Both reports read at once on two cores, the old one's failure reported first; their
            // facts are read while they are compared (see ComparisonArchive).
            let decoder = limits.decoder, newPath = new
            async let newResult = Self.load(newPath, decoder: decoder)
            let oldFile = try Self.load(old, decoder: decoder).get()
            let newFile = try await newResult.get()
            if !force { try requireSeries([oldFile.report, newFile.report]) }
            let archive = await ComparisonArchive(
                old: (oldFile.name, oldFile.data, oldFile.report), new: (newFile.name, newFile.data, newFile.report),
                generatedAt: generatedAt)
            let folder = output.map { URL(fileURLWithPath: $0) } ?? defaultFolder(oldFile, newFile)
            let lock = try OutputLock.acquire(folder)
            let targets = try await OutputFiles(force: force, inputs: [old, new].filter { $0 != standardInputPath })
                .writeExports(of: archive, into: folder)
            withExtendedLifetime(lock) {}
            guard !quiet else { return }
            let text = ComparisonText(comparison: archive.comparison, colors: isatty(STDOUT_FILENO) == 1)
            print(TerminalText.escaped(format == .summary ? text.summary : text.fullText, keepingColors: text.colors), terminator: "")
            print("\nWrote " + targets.map { TerminalText.escaped($0.relativePath) }.joined(separator: ", "))
        }
    }

    /// A report file, or why it cannot be read: a value that crosses tasks, so the old report's
    /// failure can be reported before the new one's.
    private static func load(_ path: String, decoder: SourceDecoder) -> Result<ReportFile, Failure> {
        Result { () throws(Failure) in try ReportFile.load(path, decoder: decoder) }
    }

    /// `Exports/<issuer>/<old year>-<new year>`: the issuer is the old report's folder (its own
    /// text's issuer for standard input), made a single safe name, so it never leaves Exports.
    private func defaultFolder(_ oldFile: ReportFile, _ newFile: ReportFile) -> URL {
        let issuer =
            old == standardInputPath
            ? oldFile.report.metadata.issuer ?? "stdin"
            : URL(fileURLWithPath: old).standardizedFileURL.deletingLastPathComponent().lastPathComponent
        let years = "\(oldFile.report.metadata.year.map(String.init) ?? "old")-\(newFile.report.metadata.year.map(String.init) ?? "new")"
        return URL(fileURLWithPath: "Exports").appendingPathComponent(Corpus.folderName(forIssuer: issuer))
            .appendingPathComponent(years)
    }
}

/// The rule `targets` applies, for `compare` too: one issuer, years increasing.
/// - Throws: `Failure` naming the problem and `--force`.
func requireSeries(_ reports: [Report]) throws(Failure) {
    do {
        try Scorecard.validate(reports)
    } catch {
        throw Failure("\(error); use --force to compare anyway")
    }
}
