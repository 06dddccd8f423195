import Foundation
import TestSupport
import Testing

/// `batch` on a generated corpus: bad files reported, everything else written, a second run
/// skips it all, a symbolic link loop does not hang the scan.
@Suite struct BatchTests {
    /// Each test's own folder, removed when the test ends.
    let folder = TemporaryFolder("batch")

    static func modificationDate(_ url: URL) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date
    }

    @Test func generatedCorpus() throws {
        let root = folder.url
        let corpus = root.appendingPathComponent("corpus"), out = root.appendingPathComponent("out")
        let layout = try CorpusGenerator(reportCount: 14, issuerCount: 5, fraction: 0.2).write(to: corpus)
        try FileManager.default.createSymbolicLink(
            atPath: corpus.appendingPathComponent("issuer-0/loop").path, withDestinationPath: "..")

        let first = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path, "--jobs", "2"])
        #expect(first.status == 3)
        #expect(first.errors == """
            report-diff: 2 failed:
              \(corpus.path)/\(layout.binary): looks like a binary file (NUL byte at offset 8), not a report
              \(corpus.path)/\(layout.empty): the file is empty

            """)
        #expect(first.output.contains("skipped: \(corpus.path)/issuer-0/loop: a folder already scanned"))
        #expect(!first.output.contains("another edition"), "\(first.output)")

        var archives: [URL] = []
        for (issuer, years) in layout.issuers {
            for (old, new) in zip(years, years.dropFirst()) {
                let archive = out.appendingPathComponent("\(issuer)/\(old)-\(new)/comparison.xml")
                #expect(FileManager.default.fileExists(atPath: archive.path) == (old != 2000), "\(archive.path)")
                if old != 2000 { archives.append(archive) }
            }
            for file in ["scorecard.xml", "scorecard.csv"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(issuer)/\(file)").path))
            }
        }
        #expect(archives.count == 14 - 5)
        let gbkPair = out.appendingPathComponent("issuer-0/2002-2003/comparison.xml")
        #expect(try String(contentsOf: gbkPair, encoding: .utf8).contains("encoding=\"GB18030\""))
        let indexXML = try String(contentsOf: out.appendingPathComponent("index.xml"), encoding: .utf8)
        #expect(indexXML.contains("<issuer name=\"r&amp;d &lt;lab&gt;\">"))
        let indexHTML = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(indexHTML.contains("<h2>r&amp;d &lt;lab&gt;</h2>"))
        #expect(!indexHTML.contains("<lab>"))

        let dates = try archives.map(Self.modificationDate)
        let second = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path])
        #expect(second.status == 3)
        #expect(second.output.contains("Everything is up to date: skipped all 9 pairs of 16 reports, 2 unreadable, 1 skipped"), "\(second.output)")
        #expect(try archives.map(Self.modificationDate) == dates)

        let changed = corpus.appendingPathComponent("issuer-4/2002.txt")
        try (try Data(contentsOf: changed) + Data("\nOne more sentence at the end.\n".utf8)).write(to: changed)
        let third = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path, "--jobs", "2"])
        #expect(third.output.contains("16 reports in 5 series, 2 unreadable, 1 skipped; 9 pairs: 1 compared, 8 up to date, 0 failed"), "\(third.output)\n\(third.errors)")
        #expect(third.output.contains("compared issuer-4 2001→2002"))
    }

    /// Every run on a current output finds it all current. A run on two jobs validates the first
    /// two archives on two threads at once, the first use of XML Schema's datatypes in the
    /// process: while libxml2 built them lazily, about one such run in seven failed every archive
    /// ("type 'date' is not exported"), so the race is run many times over.
    @Test func twoJobsStartingAtOnceFindEveryArchiveCurrent() throws {
        let corpus = folder.url.appendingPathComponent("corpus"), out = folder.url.appendingPathComponent("out")
        _ = try CorpusGenerator(reportCount: 8, issuerCount: 4, fraction: 0.05).write(to: corpus)
        let first = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path, "--jobs", "2"])
        #expect(first.output.contains("4 pairs: 4 compared"), "\(first.output)\n\(first.errors)")
        for _ in 0..<20 {
            let again = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path, "--jobs", "2"])
            try #require(again.output.contains("Everything is up to date: skipped all 4 pairs"), "\(again.output)\n\(again.errors)")
        }
    }

    /// Not a check: writes the 200-report corpus used by hand for timing `batch` in release mode
    /// (`REPORT_DIFF_CORPUS=/tmp/corpus swift test --filter writeLargeCorpus`).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["REPORT_DIFF_CORPUS"] != nil))
    func writeLargeCorpus() throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["REPORT_DIFF_CORPUS"] ?? "")
        try? FileManager.default.removeItem(at: folder)
        let layout = try CorpusGenerator(reportCount: 198, issuerCount: 12, fraction: 1).write(to: folder)
        #expect(layout.issuers.reduce(0) { $0 + $1.years.count } == 200)
    }

    @Test func aMissingFolderIsOneLine() throws {
        let result = try ReportDiffCommand.run(["batch", "no-such-corpus", "-o", folder.appendingPathComponent("unused").path])
        #expect(result.status == 1)
        #expect(result.errors == "report-diff: no-such-corpus: no such folder\n")
    }
}
