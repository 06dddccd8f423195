import Foundation
import ReportComparison
import ReportExport
import ReportModel
import ReportParsing

/// The state of one batch run, phase by phase: read, compare, scorecards, index.
struct BatchRun {
    /// A report read, with its facts and its identity for the incremental check.
    struct Loaded: Sendable {
        var file: ReportFile
        /// Read once here: a report in the middle of a series serves two pairs and a scorecard.
        var facts: [Fact]
        var input: Provenance.Input

        var withFacts: ReportWithFacts { ReportWithFacts(report: file.report, facts: facts) }
    }

    /// What became of one pair.
    enum PairOutcome: Sendable {
        /// Compared and written: the files' names.
        case written([String])
        /// Up to date: the files already there.
        case skipped([String])
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
    /// Reads a report's facts; a test counts its calls.
    var readFacts: @Sendable (Report) -> [Fact] = { FactExtractor().facts(in: $0) }
    /// Files and folders not used, one line each, `path: reason`.
    var skipped: [String] = []
    /// One line each, `path: reason`, in the order found.
    var failures: [String] = []
    /// Reports whose text names no issuer, put in a series by their file names: one line each.
    var placedByName: [String] = []

    private var loaded: [String: Loaded] = [:]
    private var unreadable: [String: String] = [:]
    private(set) var corpus = Corpus(members: [])
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

    /// Reads every file found, in parallel, and places each report in its series by the issuer,
    /// year and language read from it (a file in a subfolder takes the folder as its issuer
    /// when its text names none, and then files named alike but for the year form a series);
    /// what cannot be placed is listed with the reason.
    /// - Complexity: O(n) in the total size of the files, spread over `jobs` tasks.
    mutating func read(_ scan: CorpusScanner.Result) async {
        let candidates = scan.candidates
        progress.total = candidates.count
        var results: [String: Result<Loaded, Failure>] = [:]
        let decoder = self.decoder, readFacts = self.readFacts
        let load: @Sendable (CorpusScanner.Candidate) -> Result<Loaded, Failure> = { candidate in
            Result { () throws(Failure) in
                var defaults = ReportMetadata.corpusDefaults(forPath: candidate.path)
                // The corpus folder itself names no issuer: only a subfolder does.
                if !candidate.inSubfolder { defaults.issuer = nil }
                let file = try ReportFile.load(candidate.path, defaults: defaults, decoder: decoder)
                return Loaded(
                    file: file, facts: readFacts(file.report),
                    input: Provenance.Input(name: file.path, data: file.data, encoding: file.report.encoding))
            }
        }
        await Concurrently.forEach(candidates, jobs: jobs, load) { index, result in
            results[candidates[index].path] = result
            progress.advance("read \(candidates[index].path)")
        }
        var members: [Corpus.Member] = []
        for candidate in candidates {
            let path = candidate.path
            switch results[path] {
            case .success(let report)?:
                let metadata = report.file.report.metadata
                let seriesName = metadata.issuer ?? Corpus.seriesName(forFileName: path)
                guard let issuer = seriesName, let year = metadata.year else {
                    let missing = [seriesName == nil ? "issuer" : nil, metadata.year == nil ? "year" : nil].compactMap { $0 }
                    skipped.append("\(path): cannot be placed: its \(missing.joined(separator: " and ")) cannot be read from its text or its name")
                    continue
                }
                if metadata.issuer == nil {
                    placedByName.append("\(path): the text names no issuer: placed in series “\(issuer)” by its file name")
                }
                loaded[path] = report
                members.append(Corpus.Member(path: path, issuer: issuer, year: year, language: Corpus.language(of: report.file.report)))
            case .failure(let failure)?:
                unreadable[path] = Self.reason(failure, path: path)
                failures.append(failure.description)
            case nil:
                continue
            }
        }
        corpus = Corpus(members: members)
        for duplicate in corpus.duplicates {
            let kept = duplicate.kept
            skipped.append("\(duplicate.dropped.path): another edition of \(kept.issuer) \(kept.year) (\(kept.path) is compared)")
        }
    }

    /// The series and pairs a run would compare (`--dry-run`), then what it would skip.
    func plan() -> String {
        var lines: [String] = []
        for series in corpus.series {
            lines.append("\(series.name) → \(series.folder)/: \(series.members.map { String($0.year) }.joined(separator: ", "))")
            for member in series.members { lines.append("  \(member.year)  \(member.path)") }
            for pair in series.pairs { lines.append("  compare \(pair.old.year) → \(pair.new.year)  into \(pair.folder)") }
        }
        lines.append("\(corpus.series.count) series, \(corpus.pairs.count) pairs.")
        lines += placedByName.map { "note: \($0)" }
        lines += skipped.map { "skipped: \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Compares every pair whose reports were read, in parallel, skipping those up to date.
    /// - Complexity: one comparison per pair not up to date (each near-linear in its reports),
    ///   spread over `jobs` tasks; an up-to-date pair costs one read of its archive.
    mutating func compare() async {
        var jobsToRun: [(pair: Corpus.Pair, old: Loaded, new: Loaded)] = []
        for pair in corpus.pairs {
            if let old = loaded[pair.old.path], let new = loaded[pair.new.path] { jobsToRun.append((pair, old, new)) }
        }
        progress.total += jobsToRun.count
        let outputRoot = outputRoot, force = force
        await Concurrently.forEach(jobsToRun, jobs: jobs, { job in
            await Self.compare(job.pair, old: job.old, new: job.new, outputRoot: outputRoot, force: force)
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
            }
        }
    }

    /// One scorecard per issuer over the years that could be read, in XML and CSV; one whose
    /// recorded sources are these very files is kept (`--force` makes it again).
    /// - Complexity: O(n) in the size of the reports, spread over `jobs` tasks.
    mutating func writeScorecards() async {
        let series = corpus.series.map { series in
            (issuer: series.issuer, folder: series.folder,
             reports: series.members.compactMap { member in loaded[member.path].map { (member.year, $0) } })
        }.filter { !$0.reports.isEmpty }
        let outputRoot = outputRoot, force = force
        await Concurrently.forEach(series, jobs: jobs, { series in
            Self.scorecard(of: series.issuer, series.reports, in: outputRoot.appendingPathComponent(series.folder), force: force)
        }) { index, outcome in
            let folder = series[index].folder
            let xml = "\(folder)/scorecard.xml", csv = "\(folder)/scorecard.csv"
            switch outcome {
            case .current(let rows, let verdicts):
                scorecards[folder] = BatchIndex.ScorecardSummary(rows: rows, verdicts: verdicts, xml: xml, csv: csv)
            case .made(let scorecard, let document):
                if update(document, at: xml), update(scorecard.csv(), at: csv) {
                    scorecards[folder] = BatchIndex.ScorecardSummary(scorecard.scorecard, xml: xml, csv: csv)
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
                name: series.name,
                sources: series.members.map { BatchIndex.Source(year: $0.year, name: $0.path, failure: unreadable[$0.path]) },
                pairs: series.pairs.map { pair in
                    var entry = BatchIndex.Pair(oldYear: pair.old.year, newYear: pair.new.year, folder: pair.folder, files: [])
                    switch outcomes[pair] {
                    case .written(let names)?, .skipped(let names)?: entry.files = names
                    case .failed(let reason)?: entry.failure = reason
                    case nil: entry.failure = "not compared"
                    }
                    return entry
                },
                scorecard: scorecards[series.folder])
        }
        let index = BatchIndex(issuers: issuers)
        do throws(ArchiveError) {
            let xml = try index.xml()
            _ = update(xml, at: "index.xml") && update(Data(index.html().utf8), at: "index.html")
        } catch {
            failures.append("index.xml: internal error: the index does not validate against the schema: \(error)")
        }
    }

    /// What was skipped and a summary on standard output, failures on standard error, all
    /// with control characters escaped.
    func finish(elapsed: Duration, summary: Bool = true) {
        progress.finish()
        var counts = (written: 0, skipped: 0, failed: 0)
        for outcome in outcomes.values {
            switch outcome {
            case .written: counts.written += 1
            case .skipped: counts.skipped += 1
            case .failed: counts.failed += 1
            }
        }
        if !quiet, summary {
            for line in placedByName { print(TerminalText.escaped("note: \(line)")) }
            for line in skipped { print(TerminalText.escaped("skipped: \(line)")) }
            let seconds = String(format: "%.2f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            let reports = loaded.count + unreadable.count
            let unread = unreadable.isEmpty ? "" : ", \(unreadable.count) unreadable"
            let unplaced = skipped.isEmpty ? "" : ", \(skipped.count) skipped"
            if counts.written == 0, counts.failed == 0, rewritten == 0, counts.skipped > 0 {
                print("Everything is up to date: skipped all \(counts.skipped) pairs of \(reports) reports\(unread)\(unplaced) (\(seconds) s).")
            } else {
                print(
                    "\(reports) reports in \(corpus.series.count) series\(unread)\(unplaced); \(outcomes.count) pairs: "
                        + "\(counts.written) compared, \(counts.skipped) up to date, \(counts.failed) failed; "
                        + "scorecard and index files written: \(rewritten) (\(seconds) s).")
            }
            print(TerminalText.escaped("Index: \(outputRoot.appendingPathComponent("index.html").relativePath)"))
        }
        if !failures.isEmpty {
            printError("\(failures.count) failed:\n" + failures.map { "  \($0)" }.joined(separator: "\n"))
        }
    }

    // MARK: Work done in child tasks

    /// Compares one pair and writes its files, unless its archive is up to date.
    private static func compare(
        _ pair: Corpus.Pair, old: Loaded, new: Loaded, outputRoot: URL, force: Bool
    ) async -> PairOutcome {
        let folder = outputRoot.appendingPathComponent(pair.folder)
        // The pair's folder is locked too: a `compare` into it at the same time is told it is busy.
        let lock: OutputLock?
        do throws(Failure) {
            lock = try OutputLock.acquire(folder)
        } catch {
            return .failed(error.description)
        }
        defer { withExtendedLifetime(lock) {} }
        if !force, isCurrent(folder, old: old.input, new: new.input) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return .skipped(names.filter { !$0.hasPrefix(".") }.sorted())
        }
        // The inputs were hashed and their facts read when they were loaded; each report serves
        // up to two pairs.
        let archive = ComparisonArchive(
            provenance: Provenance(old: old.input, new: new.input),
            comparison: await ReportComparator().compare(old.withFacts, with: new.withFacts))
        do throws(Failure) {
            let targets = try await OutputFiles(force: true, inputs: [old.file.path, new.file.path])
                .writeExports(of: archive, into: folder)
            return .written(targets.map(\.lastPathComponent))
        } catch {
            return .failed(error.description)
        }
    }

    /// An issuer's scorecard over `reports` (in year order), unless the existing one was made
    /// from the same bytes by this version.
    private static func scorecard(
        of issuer: String, _ reports: [(year: Int, report: Loaded)], in folder: URL, force: Bool
    ) -> ScorecardOutcome {
        let sources = reports.map { SeriesScorecard.Source(year: $0.year, input: $0.report.input) }
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
            issuer: issuer, sources: sources, scorecard: Scorecard(reports: reports.map(\.report.withFacts)))
        do throws(ArchiveError) {
            return .made(scorecard, try scorecard.xml())
        } catch {
            return .failed(error)
        }
    }

    /// Whether the pair in `folder` is whole and current: an archive that reads in full (so it
    /// is complete and valid), made by this version from these very bytes, beside a complete
    /// page keyed to that archive's hash (so a page of another comparison, or a page left from
    /// a run killed between the two renames, is redone).
    private static func isCurrent(_ folder: URL, old: Provenance.Input, new: Provenance.Input) -> Bool {
        guard let archive = try? Data(contentsOf: folder.appendingPathComponent("comparison.xml")),
            let page = try? Data(contentsOf: folder.appendingPathComponent("review.html")),
            let provenance = try? ArchiveReader.provenance(of: archive)
        else { return false }
        let same = { (recorded: Provenance.Input, input: Provenance.Input) in
            recorded.byteCount == input.byteCount && recorded.sha256 == input.sha256
        }
        return provenance.tool == Provenance.toolName && provenance.version == Provenance.toolVersion
            && provenance.options.isEmpty && same(provenance.old, old) && same(provenance.new, new)
            && ExportPair.belongTogether(archive: archive, page: page)
    }

    // MARK: Helpers

    /// Writes `data` to `relativePath` under the output folder unless the file holds it already;
    /// a failure is recorded and answered `false`.
    private mutating func update(_ data: Data, at relativePath: String) -> Bool {
        let target = outputRoot.appendingPathComponent(relativePath)
        if (try? Data(contentsOf: target)) == data { return true }
        let outputs = OutputFiles(force: true, inputs: Array(loaded.keys) + Array(unreadable.keys))
        OutputFiles.removeStaleTemporaries(in: target.deletingLastPathComponent())
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
