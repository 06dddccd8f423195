import ArgumentParser
import Foundation
import ReportExport

struct Batch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Compare every pair of consecutive years in a corpus, in parallel, and index the results.",
        discussion: """
            Reads every report file (.txt, .md, .html, .mhtml, .pdf, .docx) under <folder>, whatever the \
            layout, and groups the reports into series by the issuer, year and language read \
            from their text (a file in a subfolder takes the folder's name as its issuer when its \
            text names none; files whose text names no issuer at all form a series of the files \
            named alike but for the year, said in a note). Each \
            series' consecutive years are compared into <out>/<series>/<old year>-<new year>/ \
            (what compare writes), with <series>/scorecard.xml and scorecard.csv over all its \
            years, and index.html and index.xml. A second edition of a year, a file whose issuer \
            or year cannot be read, a link out of the folder and a PDF or Word file are listed as \
            skipped with the reason. A pair whose archive and page are whole, belong together \
            and record the same input bytes and tool version is skipped (--force redoes it). A \
            file that cannot be read is reported and the rest goes on (exit status 3). The output \
            folder is locked while a run writes into it.
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

    @Flag(help: "Show the series and pairs that would be compared, and what would be skipped; write nothing.")
    var dryRun = false

    @Flag(help: "Follow symbolic links that lead out of the corpus folder.")
    var followLinks = false

    @Flag(name: .shortAndLong, help: "Print failures only.")
    var quiet = false

    @OptionGroup var limits: InputLimits

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() async throws {
        let start = ContinuousClock.now
        let outputRoot = URL(fileURLWithPath: output)
        let scan: CorpusScanner.Result
        let lock: OutputLock?
        do throws(Failure) {
            scan = try CorpusScanner(root: folder, output: output, followLinks: followLinks).scan()
            lock = dryRun ? nil : try OutputLock.acquire(outputRoot)
        } catch {
            printError(error.description)
            throw ExitCode(error.status.rawValue)
        }
        var run = BatchRun(outputRoot: outputRoot, jobs: jobs, force: force, quiet: quiet || dryRun, decoder: limits.decoder)
        run.skipped += scan.skipped
        await run.read(scan)
        if dryRun {
            print(TerminalText.escaped(run.plan()), terminator: "")
            run.finish(elapsed: ContinuousClock.now - start, summary: false)
            if !run.failures.isEmpty { throw ExitCode(ExitStatus.partial.rawValue) }
            return
        }
        await run.compare()
        await run.writeScorecards()
        run.writeIndex()
        run.finish(elapsed: ContinuousClock.now - start)
        withExtendedLifetime(lock) {}
        if !run.failures.isEmpty { throw ExitCode(ExitStatus.partial.rawValue) }
    }
}
