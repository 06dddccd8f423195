import ArgumentParser
import Foundation
import ReportExport

struct Batch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare every pair of consecutive years in a corpus, in parallel, and index the results.",
        discussion: """
            Finds the reports under <folder> laid out as <issuer>/<year>.<ext> (other .txt and .html \
            files join the issuer and year their own title block names), compares each issuer's \
            consecutive years and writes, under the output folder: <issuer>/<old year>-<new year>/ \
            with what compare writes, <issuer>/scorecard.xml and scorecard.csv over all the issuer's \
            years, and index.html and index.xml. A pair whose archive records the same input bytes \
            and tool version is skipped (--force redoes it); an out-of-date one is replaced. A file \
            that cannot be read is reported and the rest goes on; the exit status is 1 when \
            anything failed. Every file is written whole or not at all.
            """
    )

    @Argument(help: "The corpus folder.")
    var folder: String

    @Option(name: .shortAndLong, help: "The output folder.")
    var output = "Exports"

    @Option(help: "How many comparisons run at once; the default is the number of cores.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Compare pairs that are up to date too.")
    var force = false

    @Flag(help: "Print failures only.")
    var quiet = false

    @OptionGroup var limits: InputLimits

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() async throws {
        let start = ContinuousClock.now
        let scan: CorpusScanner.Result
        do {
            scan = try CorpusScanner(root: folder, output: output).scan()
        } catch {
            FileHandle.standardError.write(Data("report-diff: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        var run = BatchRun(
            outputRoot: URL(fileURLWithPath: output), jobs: jobs, force: force, quiet: quiet, decoder: limits.decoder)
        run.notes += scan.notes
        await run.read(scan)
        await run.compare()
        await run.writeScorecards()
        run.writeIndex()
        run.finish(elapsed: ContinuousClock.now - start)
        if !run.failures.isEmpty { throw ExitCode(1) }
    }
}
