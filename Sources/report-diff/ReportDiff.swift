import ArgumentParser
import CMalloc
import Foundation
import ReportExport

@main
struct ReportDiff: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-diff",
        abstract: "Compare successive annual reports: structure, text, targets and outcomes.",
        discussion: """
            Exit status: 0 done, 1 a file could not be read or written (or was refused), 2 a wrong \
            command line, 3 batch did part of the work. `-` as a report reads standard input.
            """,
        version: Provenance.toolVersion,
        // Each subcommand names itself (`commandName`): a name derived from the type goes through
        // `String(describing:)`, whose conformance lookups scan every record of this statically
        // linked binary, 12M instructions on every start.
        subcommands: [
            Compare.self, Batch.self, Render.self, Outline.self, Facts.self, Align.self, Targets.self, Schema.self,
            Validate.self, Verify.self,
        ]
    )

    /// Parses and runs the command; a wrong command line exits with status 2 (not
    /// ArgumentParser's 64), so every command shares the statuses of `ExitStatus`.
    static func main() async {
        // Big export buffers, once freed, go back to the system instead of holding the peak.
        rd_return_large_blocks_to_system()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
