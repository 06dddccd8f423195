import Foundation
import ReportComparison
import ReportExport
import ReportModel
import ReportParsing

/// The state of one batch run, phase by phase: read, compare, scorecards, index.
struct BatchRun {
    /// A report read, with its identity for the incremental check.
    struct Loaded: Sendable {
        var file: ReportFile
        var input: Provenance.Input
    }

    /// What became of one pair.
    enum PairOutcome: Sendable {
        /// Compared and written: the files' names.
        case written([String])
        /// Up to date: the files already there.
        case skipped([String])
        /// Not compared: one of its reports could not be read (that failure is reported once).
        case blocked(String)
        case failed(String)
    }

    /// What became of one issuer's scorecard.
    enum ScorecardOutcome: Sendable {
        /// Already made from these files: its row count by verdict.
        case current(rows: Int, verdicts: [Verdict: Int])
        /// Made now, with its validated XML.
        case made(SeriesScorecard, Data)
        case failed(ArchiveError)
    }

    var outputRoot: URL
    var jobs: Int
    var force: Bool
    var quiet: Bool
    /// Reads every report, with the `--max-bytes` limit.
    var decoder: SourceDecoder
    var progress: BatchProgress
    var notes: [String] = []
    /// One line each, `path: reason`, in the order found.
    var failures: [String] = []

    private var loaded: [String: Loaded] = [:]
    private var unreadable: [String: String] = [:]
    private var corpus = Corpus(members: [])
    private var outcomes: [Corpus.Pair: PairOutcome] = [:]
    private var scorecards: [String: BatchIndex.ScorecardSummary] = [:]
    private var rewritten = 0

    init(outputRoot: URL, jobs: Int, force: Bool, quiet: Bool, decoder: SourceDecoder) {
        self.outputRoot = outputRoot
        self.decoder = decoder
        self.jobs = jobs
        self.force = force
        self.quiet = quiet
        progress = BatchProgress(style: BatchProgress.style(quiet: quiet), total: 0)
    }

    /// Reads every file found, in parallel; files off the layout join by their metadata.
    /// - Complexity: O(n) in the total size of the files, spread over `jobs` tasks.
    mutating func read(_ scan: CorpusScanner.Result) async {
        let paths = scan.members.map(\.path) + scan.others
        progress.total = paths.count
        var results: [String: Result<Loaded, Failure>] = [:]
        let decoder = self.decoder
        let load: @Sendable (String) -> Result<Loaded, Failure> = { path in
            Result { () throws(Failure) in
                let file = try ReportFile.load(path, decoder: decoder)
                return Loaded(file: file, input: Provenance.Input(name: path, data: file.data, encoding: file.report.encoding))
            }
        }
        await Concurrently.forEach(paths, jobs: jobs, load) { index, result in
            results[paths[index]] = result
            progress.advance("read \(paths[index])")
        }
        var members = scan.members
        for path in paths {
            switch results[path] {
            case .success(let report)?:
                loaded[path] = report
            case .failure(let failure)?:
                unreadable[path] = Self.reason(failure, path: path)
                failures.append(failure.description)
            case nil:
                continue
            }
        }
        for path in scan.others {
            guard let metadata = loaded[path]?.file.report.metadata else { continue }
            if let issuer = metadata.issuer, let year = metadata.year {
                members.append(Corpus.Member(path: path, issuer: issuer, year: year))
            } else {
                notes.append("\(path): its issuer or year is not known; left out")
            }
        }
        corpus = Corpus(members: members)
        for duplicate in corpus.duplicates {
            notes.append("\(duplicate.dropped.path): a second report for \(duplicate.kept.issuer) \(duplicate.kept.year) (after \(duplicate.kept.path)); left out")
        }
    }

    /// Compares every pair whose reports were read, in parallel, skipping those up to date.
    /// - Complexity: one comparison per pair not up to date (each near-linear in its reports),
    ///   spread over `jobs` tasks; an up-to-date pair costs one read of its archive.
    mutating func compare() async {
        var jobsToRun: [(pair: Corpus.Pair, old: Loaded, new: Loaded)] = []
        for pair in corpus.pairs {
            if let old = loaded[pair.old.path], let new = loaded[pair.new.path] {
                jobsToRun.append((pair, old, new))
            } else {
                let bad = [pair.old.path, pair.new.path].filter { unreadable[$0] != nil }
                outcomes[pair] = .blocked("not compared: \(bad.joined(separator: " and ")) could not be read")
            }
        }
        progress.total += jobsToRun.count
        let outputRoot = outputRoot, force = force
        await Concurrently.forEach(jobsToRun, jobs: jobs, { job in
            Self.compare(job.pair, old: job.old, new: job.new, outputRoot: outputRoot, force: force)
        }) { index, outcome in
            let pair = jobsToRun[index].pair
            outcomes[pair] = outcome
            let name = "\(pair.issuer) \(pair.old.year)→\(pair.new.year)"
            switch outcome {
            case .written: progress.advance("compared \(name)")
            case .skipped: progress.advance("up to date: \(name)")
            case .failed(let reason):
                failures.append("\(pair.folder): \(reason)")
                progress.advance("failed: \(name)")
            case .blocked: break
            }
        }
    }

    /// One scorecard per issuer over the years that could be read, in XML and CSV; one whose
    /// recorded sources are these very files is kept (`--force` makes it again).
    /// - Complexity: O(n) in the size of the reports, spread over `jobs` tasks.
    mutating func writeScorecards() async {
        let series = corpus.series.map { series in
            (issuer: series.issuer, reports: series.members.compactMap { member in loaded[member.path].map { (member.year, $0) } })
        }.filter { !$0.reports.isEmpty }
        let outputRoot = outputRoot, force = force
        await Concurrently.forEach(series, jobs: jobs, { series in
            Self.scorecard(of: series.issuer, series.reports, outputRoot: outputRoot, force: force)
        }) { index, outcome in
            let issuer = series[index].issuer
            let folder = Corpus.folderName(forIssuer: issuer)
            let xml = "\(folder)/scorecard.xml", csv = "\(folder)/scorecard.csv"
            switch outcome {
            case .current(let rows, let verdicts):
                scorecards[issuer] = BatchIndex.ScorecardSummary(rows: rows, verdicts: verdicts, xml: xml, csv: csv)
            case .made(let scorecard, let document):
                if update(document, at: xml), update(scorecard.csv(), at: csv) {
                    scorecards[issuer] = BatchIndex.ScorecardSummary(scorecard.scorecard, xml: xml, csv: csv)
                }
            case .failed(let error):
                failures.append("\(xml): internal error: the scorecard does not validate against the schema: \(error)")
            }
        }
    }

    /// `index.xml` and `index.html`, from the state of every issuer, pair and scorecard.
    mutating func writeIndex() {
        let issuers = corpus.series.map { series in
            BatchIndex.Issuer(
                name: series.issuer,
                sources: series.members.map { BatchIndex.Source(year: $0.year, name: $0.path, failure: unreadable[$0.path]) },
                pairs: series.pairs.map { pair in
                    var entry = BatchIndex.Pair(oldYear: pair.old.year, newYear: pair.new.year, folder: pair.folder, files: [])
                    switch outcomes[pair] {
                    case .written(let names)?, .skipped(let names)?: entry.files = names
                    case .failed(let reason)?, .blocked(let reason)?: entry.failure = reason
                    case nil: entry.failure = "not compared"
                    }
                    return entry
                },
                scorecard: scorecards[series.issuer])
        }
        let index = BatchIndex(issuers: issuers)
        do throws(ArchiveError) {
            let xml = try index.xml()
            _ = update(xml, at: "index.xml") && update(Data(index.html().utf8), at: "index.html")
        } catch {
            failures.append("index.xml: internal error: the index does not validate against the schema: \(error)")
        }
    }

    /// Notes and a summary on standard output, failures on standard error.
    func finish(elapsed: Duration) {
        progress.finish()
        var counts = (written: 0, skipped: 0, blocked: 0, failed: 0)
        for outcome in outcomes.values {
            switch outcome {
            case .written: counts.written += 1
            case .skipped: counts.skipped += 1
            case .blocked: counts.blocked += 1
            case .failed: counts.failed += 1
            }
        }
        if !quiet {
            for note in notes { print("note: \(note)") }
            let seconds = String(format: "%.2f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            let reports = loaded.count + unreadable.count
            let blocked = counts.blocked == 0 ? "" : ", \(counts.blocked) not compared (a report could not be read)"
            if counts.written == 0, counts.failed == 0, rewritten == 0, counts.skipped > 0 {
                print("Everything is up to date: skipped all \(counts.skipped) pairs of \(reports) reports\(blocked) (\(seconds) s).")
            } else {
                print(
                    "\(reports) reports, \(outcomes.count) pairs: \(counts.written) compared, \(counts.skipped) skipped (up to date)"
                        + "\(blocked), \(counts.failed) failed; scorecard and index files written: \(rewritten) (\(seconds) s).")
            }
            print("Index: \(outputRoot.appendingPathComponent("index.html").relativePath)")
        }
        if !failures.isEmpty {
            let list = failures.map { "  \($0)\n" }.joined()
            FileHandle.standardError.write(Data("report-diff: \(failures.count) failed:\n\(list)".utf8))
        }
    }

    // MARK: Work done in child tasks

    /// Compares one pair and writes its files, unless its archive is up to date.
    private static func compare(
        _ pair: Corpus.Pair, old: Loaded, new: Loaded, outputRoot: URL, force: Bool
    ) -> PairOutcome {
        let folder = outputRoot.appendingPathComponent(pair.folder)
        if !force, let data = try? Data(contentsOf: folder.appendingPathComponent("comparison.xml")),
            isCurrent(data, old: old.input, new: new.input)
        {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return .skipped(names.filter { !$0.hasPrefix(".") }.sorted())
        }
        // The inputs were hashed when they were loaded; each report serves up to two pairs.
        let archive = ComparisonArchive(
            provenance: Provenance(old: old.input, new: new.input),
            comparison: ReportComparator().compare(old.file.report, with: new.file.report))
        do throws(Failure) {
            let targets = try OutputFiles(force: true, inputs: [old.file.path, new.file.path])
                .writeExports(of: archive, into: folder)
            return .written(targets.map(\.lastPathComponent))
        } catch {
            return .failed(error.description)
        }
    }

    /// An issuer's scorecard over `reports` (in year order), unless the existing one was made
    /// from the same bytes by this version.
    private static func scorecard(
        of issuer: String, _ reports: [(year: Int, report: Loaded)], outputRoot: URL, force: Bool
    ) -> ScorecardOutcome {
        let sources = reports.map { SeriesScorecard.Source(year: $0.year, input: $0.report.input) }
        let folder = outputRoot.appendingPathComponent(Corpus.folderName(forIssuer: issuer))
        if !force, FileManager.default.fileExists(atPath: folder.appendingPathComponent("scorecard.csv").path),
            let data = try? Data(contentsOf: folder.appendingPathComponent("scorecard.xml")),
            let recorded = SeriesScorecard.recorded(in: data),
            recorded.sources.count == sources.count,
            zip(recorded.sources, sources).allSatisfy({ recorded, source in
                recorded.year == source.year && recorded.input.byteCount == source.input.byteCount
                    && recorded.input.sha256 == source.input.sha256
            })
        {
            return .current(rows: recorded.summary.rows, verdicts: recorded.summary.verdicts)
        }
        let scorecard = SeriesScorecard(
            issuer: issuer, sources: sources, scorecard: Scorecard(reports: reports.map(\.report.file.report)))
        do throws(ArchiveError) {
            return .made(scorecard, try scorecard.xml())
        } catch {
            return .failed(error)
        }
    }

    /// Whether an existing archive was made by this version from these very bytes.
    private static func isCurrent(_ archive: Data, old: Provenance.Input, new: Provenance.Input) -> Bool {
        guard let provenance = ArchiveReader.provenance(atHeadOf: archive) else { return false }
        let same = { (recorded: Provenance.Input, input: Provenance.Input) in
            recorded.byteCount == input.byteCount && recorded.sha256 == input.sha256
        }
        return provenance.tool == Provenance.toolName && provenance.version == Provenance.toolVersion
            && provenance.options.isEmpty && same(provenance.old, old) && same(provenance.new, new)
    }

    // MARK: Helpers

    /// Writes `data` to `relativePath` under the output folder unless the file holds it already;
    /// a failure is recorded and answered `false`.
    private mutating func update(_ data: Data, at relativePath: String) -> Bool {
        let target = outputRoot.appendingPathComponent(relativePath)
        if (try? Data(contentsOf: target)) == data { return true }
        let outputs = OutputFiles(force: true, inputs: Array(loaded.keys) + Array(unreadable.keys))
        do throws(Failure) {
            try outputs.check([target])
            try outputs.write(data, to: target)
            rewritten += 1
            return true
        } catch {
            failures.append(error.description)
            return false
        }
    }

    /// The problem alone, without the path `Failure` puts first.
    private static func reason(_ failure: Failure, path: String) -> String {
        let prefix = "\(path): "
        return failure.description.hasPrefix(prefix) ? String(failure.description.dropFirst(prefix.count)) : failure.description
    }
}
