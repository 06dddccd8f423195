import Foundation
import ReportModel
import ReportParsing
import TestSupport
import Testing

@testable import report_diff

/// `batch` reads each report's facts once, though a report in the middle of a series serves
/// two pairs and the scorecard.
@Suite struct BatchFactsOnceTests {
    let folder = TemporaryFolder("batch-facts")

    /// Counts the calls of a facts reader that runs in several tasks at once.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var calls: Int { lock.withLock { count } }
        func add() { lock.withLock { count += 1 } }
    }

    @Test func threeReportsTwoPairsOneScorecardThreeReadings() async throws {
        let corpus = folder.appendingPathComponent("corpus/cn-national"), out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for year in 2017...2019 {
            try FileManager.default.copyItem(
                at: ReportDiffCommand.packageRoot.appendingPathComponent("Reports/cn-national/\(year).txt"),
                to: corpus.appendingPathComponent("\(year).txt"))
        }
        let counter = Counter()
        var run = BatchRun(outputRoot: out, jobs: 2, force: false, quiet: true, decoder: SourceDecoder())
        run.readFacts = { report in
            counter.add()
            return FactExtractor().facts(in: report)
        }
        await run.read(try CorpusScanner(root: folder.appendingPathComponent("corpus").path, output: out.path).scan())
        await run.compare()
        await run.writeScorecards()
        #expect(run.failures.isEmpty, "\(run.failures)")
        #expect(counter.calls == 3)
        #expect(run.corpus.pairs.count == 2 && run.corpus.series.count == 1)
        for pair in run.corpus.pairs {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(pair.folder)/comparison.xml").path))
        }
        let series = try #require(run.corpus.series.first)
        let scorecard = try String(contentsOf: out.appendingPathComponent("\(series.folder)/scorecard.csv"), encoding: .utf8)
        #expect(scorecard.split(separator: "\n").count > 10, "the scorecard is made from the facts read once")
    }
}
