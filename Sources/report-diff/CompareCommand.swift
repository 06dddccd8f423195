import ArgumentParser
import Foundation
import ReportExport

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two successive reports: print a summary, write the archive XML and the reviewer page.",
        discussion: """
            Writes comparison.xml and review.html into <out>/<issuer>/<old year>-<new year>, where <out> \
            is Exports and <issuer> is the folder the old report is in (Reports/cn-national/2024.txt → \
            cn-national). The page is rendered from the archive alone: `render comparison.xml` makes it again.
            """
    )

    @Argument(help: "The older report.")
    var old: String

    @Argument(help: "The newer report.")
    var new: String

    @Option(help: "Terminal output: summary, or text for the full aligned diff with inline marks.")
    var format: TerminalFormat = .summary

    @Option(name: .shortAndLong, help: "Write into this folder instead of Exports/<issuer>/<old year>-<new year>.")
    var output: String?

    @Flag(help: "Replace existing output files.")
    var force = false

    @Option(help: "Record this timestamp in the archive (left out by default, so runs are reproducible).")
    var generatedAt: String?

    @OptionGroup var limits: InputLimits

    enum TerminalFormat: String, ExpressibleByArgument, CaseIterable {
        case summary, text
    }

    func run() throws {
        try reporting {
            let oldFile = try ReportFile.load(old, decoder: limits.decoder), newFile = try ReportFile.load(new, decoder: limits.decoder)
            let archive = ComparisonArchive(
                old: (old, oldFile.data, oldFile.report), new: (new, newFile.data, newFile.report), generatedAt: generatedAt)
            let folder = output.map { URL(fileURLWithPath: $0) } ?? defaultFolder(oldFile, newFile)
            let targets = try OutputFiles(force: force, inputs: [old, new]).writeExports(of: archive, into: folder)

            let text = ComparisonText(comparison: archive.comparison, colors: isatty(STDOUT_FILENO) == 1)
            print(format == .summary ? text.summary : text.fullText, terminator: "")
            print("\nWrote " + targets.map(\.relativePath).joined(separator: ", "))
        }
    }

    private func defaultFolder(_ oldFile: ReportFile, _ newFile: ReportFile) -> URL {
        let issuer = URL(fileURLWithPath: old).deletingLastPathComponent().lastPathComponent
        let years = "\(oldFile.report.metadata.year.map(String.init) ?? "old")-\(newFile.report.metadata.year.map(String.init) ?? "new")"
        return URL(fileURLWithPath: "Exports").appendingPathComponent(issuer).appendingPathComponent(years)
    }
}
