import ArgumentParser
import Foundation
import ReportExport

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Make the reviewer page (review.html) of a comparison from its archive alone.",
        discussion: "The page is the one `compare` writes beside the archive, byte for byte."
    )

    @Argument(help: "The archive, comparison.xml.")
    var archive: String

    @Option(name: .shortAndLong, help: "Write the page here instead of review.html beside the archive.")
    var output: String?

    @Flag(help: "Replace an existing page.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print errors only.")
    var quiet = false

    func run() throws {
        try reporting {
            let data = try readFile(archive)
            let page: Data
            do throws(ArchiveError) {
                page = try ReviewPage(archiveXML: data).data
            } catch {
                throw Failure(file: archive, error)
            }
            let target = output.map { URL(fileURLWithPath: $0) }
                ?? URL(fileURLWithPath: archive).deletingLastPathComponent().appendingPathComponent("review.html")
            let outputs = OutputFiles(force: force, inputs: [archive])
            try outputs.check([target])
            try outputs.write(page, to: target)
            if !quiet { print("Wrote \(TerminalText.escaped(target.relativePath))") }
        }
    }
}
