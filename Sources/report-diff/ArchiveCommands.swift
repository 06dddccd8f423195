import ArgumentParser
import Foundation
import ReportExport

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the RELAX NG schema of the archive vocabulary."
    )

    func run() {
        print(ArchiveSchema.text, terminator: "")
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check an XML file report-diff wrote (archive, outline, facts, review) against the schema."
    )

    @Argument(help: "The XML file.")
    var file: String

    @Flag(name: .shortAndLong, help: "Print errors only: the exit status says whether it is valid.")
    var quiet = false

    func run() throws {
        try reporting {
            let data = try readFile(file)
            do throws(ArchiveError) {
                try ArchiveSchema.validate(data)
            } catch {
                throw Failure(file: file, error)
            }
            if !quiet { print("\(TerminalText.escaped(file)): valid") }
        }
    }
}

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that two report files are the ones an archive was made from (byte size and SHA-256)."
    )

    @Argument(help: "The archive, comparison.xml.")
    var archive: String

    @Argument(help: "The older report.")
    var old: String

    @Argument(help: "The newer report.")
    var new: String

    @Flag(name: .shortAndLong, help: "Print errors only: the exit status says whether they match.")
    var quiet = false

    func run() throws {
        try reporting {
            let archiveData = try readFile(archive)
            let provenance: Provenance
            do throws(ArchiveError) {
                provenance = try ArchiveReader.provenance(of: archiveData)
            } catch {
                throw Failure(file: archive, error)
            }
            var mismatches: [String] = []
            for (path, input) in [(old, provenance.old), (new, provenance.new)] {
                if !input.matches(try readFile(path)) {
                    mismatches.append("\(path): does not match the archive's \(input.name) (sha256 \(input.sha256.prefix(12))…, \(input.byteCount) bytes)")
                }
            }
            guard mismatches.isEmpty else { throw Failure(mismatches.joined(separator: "\nreport-diff: ")) }
            if !quiet { print(TerminalText.escaped("\(old), \(new): match \(archive)")) }
        }
    }
}
