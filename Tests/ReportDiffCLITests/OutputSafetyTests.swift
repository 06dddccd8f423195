import Foundation
import TestSupport
import Testing

/// Outputs written safely: never through a planted link, a pair seen whole, one writer at a
/// time; links and names held inside the corpus and the output folder; nothing raw reaches a
/// terminal or a link in the index.
@Suite struct OutputSafetyTests {
    let folder = TemporaryFolder("safety")

    static let old = "Reports/us-sotu/2022.txt", new = "Reports/us-sotu/2023.txt"

    /// A corpus of two issuers' reports laid out `<issuer>/<year>.txt`, from the samples.
    func corpus(_ issuers: [String], at name: String = "corpus") throws -> URL {
        let root = folder.appendingPathComponent(name)
        for issuer in issuers {
            let issuerFolder = root.appendingPathComponent(issuer)
            try FileManager.default.createDirectory(at: issuerFolder, withIntermediateDirectories: true)
            for (source, year) in [(Self.old, 2022), (Self.new, 2023)] {
                try FileManager.default.copyItem(
                    at: ReportDiffCommand.packageRoot.appendingPathComponent(source), to: issuerFolder.appendingPathComponent("\(year).txt"))
            }
        }
        return root
    }

    /// An outside file, planted as a link at an output's name or among the temporaries a
    /// killed run leaves: never written through; regular leftovers are cleaned up.
    @Test func aPlantedLinkIsNeverWrittenThrough() throws {
        let outside = try folder.file("outside.txt", Data("keep me\n".utf8))
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent(".report-diff-planted.partial").path, withDestinationPath: outside)
        try Data("stale".utf8).write(to: out.appendingPathComponent(".report-diff-stale0000000.partial"))
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("comparison.xml").path, withDestinationPath: outside)

        let refused = try ReportDiffCommand.run(["compare", Self.old, Self.new, "-o", out.path, "--force"])
        #expect(refused.status == 1)
        #expect(refused.errors == "report-diff: \(out.path)/comparison.xml: is a symbolic link; refusing to write through it (remove it first)\n")
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "keep me\n")

        try FileManager.default.removeItem(at: out.appendingPathComponent("comparison.xml"))
        let written = try ReportDiffCommand.run(["compare", Self.old, Self.new, "-o", out.path])
        #expect(written.status == 0, "\(written.errors)")
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "keep me\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == [".report-diff-planted.partial", "comparison.xml", "review.html"])
    }

    /// `compare` killed at any moment leaves the old pair or the new one, or a page newer than
    /// its archive, which the next `batch` redoes; no temporary file survives the next run.
    @Test func aKilledCompareLeavesNothingThatPassesForCurrent() throws {
        let corpus = try corpus(["a"])
        let out = folder.appendingPathComponent("out")
        let first = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path, "-q"])
        #expect(first.status == 0, "\(first.errors)")
        let pair = out.appendingPathComponent("a/2022-2023").path
        for delay in [0, 20_000, 60_000, 120_000, 250_000, 400_000] {
            let process = Process()
            process.executableURL = ReportDiffCommand.executable
            process.arguments = ["compare", Self.old, Self.new, "-o", pair, "--force", "-q"]
            process.currentDirectoryURL = ReportDiffCommand.packageRoot
            try process.run()
            usleep(useconds_t(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let again = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path])
        #expect(again.status == 0, "\(again.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: pair)
        #expect(names.sorted() == ["comparison.xml", "review.html"])
        try expectPairBelongsTogether(pair)
    }

    /// The up-to-date check of `batch` looks at both files: a page of another comparison, a
    /// truncated archive or a missing page makes it redo the pair.
    @Test func aBrokenPairIsRedone() throws {
        let corpus = try corpus(["a", "b"])
        let out = folder.appendingPathComponent("out")
        #expect(try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path]).status == 0)
        let pairA = out.appendingPathComponent("a/2022-2023"), pairB = out.appendingPathComponent("b/2022-2023")
        // b's page beside a's archive, as a run killed between the renames of another comparison leaves it.
        try Data("<!-- other -->".utf8).write(to: pairB.appendingPathComponent("review.html"))
        let otherPage = try Data(contentsOf: pairB.appendingPathComponent("review.html"))
        try otherPage.write(to: pairA.appendingPathComponent("review.html"))
        let archiveB = pairB.appendingPathComponent("comparison.xml")
        try Data(try Data(contentsOf: archiveB).prefix(4000)).write(to: archiveB)
        let second = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path])
        #expect(second.output.contains("2 compared, 0 up to date"), "\(second.output)")
        try expectPairBelongsTogether(pairA.path)
        try expectPairBelongsTogether(pairB.path)

        try FileManager.default.removeItem(at: pairA.appendingPathComponent("review.html"))
        let third = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path])
        #expect(third.output.contains("1 compared, 1 up to date"), "\(third.output)")
        try expectPairBelongsTogether(pairA.path)
    }

    /// Eight `compare` runs into one folder at once: each writes its pair or is told the
    /// folder is busy; the pair left is one.
    @Test func concurrentComparesLeaveOnePair() throws {
        let out = folder.appendingPathComponent("shared").path
        let pairs = [("Reports/us-sotu/2022.txt", "Reports/us-sotu/2023.txt"), ("Reports/us-sotu/2023.txt", "Reports/us-sotu/2024.txt")]
        var processes: [(Process, URL)] = []
        for index in 0..<8 {
            let (old, new) = pairs[index % 2]
            let process = Process()
            process.executableURL = ReportDiffCommand.executable
            process.arguments = ["compare", old, new, "-o", out, "--force", "-q"]
            process.currentDirectoryURL = ReportDiffCommand.packageRoot
            let errors = folder.appendingPathComponent("errors-\(index)")
            #expect(FileManager.default.createFile(atPath: errors.path, contents: nil))
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            processes.append((process, errors))
        }
        var written = 0
        for (process, errors) in processes {
            process.waitUntilExit()
            let message = try String(contentsOf: errors, encoding: .utf8)
            if process.terminationStatus == 0 {
                written += 1
            } else {
                #expect(message == "report-diff: \(out): is being written by another report-diff run; try again when it is done\n")
            }
        }
        #expect(written >= 1)
        try expectPairBelongsTogether(out)
    }

    /// A second `batch` on an output folder another run holds is told so, and writes nothing.
    @Test func aBusyOutputFolderIsRefused() throws {
        let corpus = try corpus(["a"])
        let out = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let descriptor = open(out.path, O_RDONLY | O_DIRECTORY)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let result = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.errors == "report-diff: \(out.path): is being written by another report-diff run; try again when it is done\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    /// Links out of the corpus folder — to a key file, to a system folder — are skipped and
    /// named; `--follow-links` follows them. A link inside the folder is followed.
    @Test func batchKeepsToTheCorpusFolder() throws {
        let corpus = try corpus(["a"])
        let secret = folder.appendingPathComponent("secret")
        try FileManager.default.createDirectory(at: secret, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: ReportDiffCommand.packageRoot.appendingPathComponent("Reports/us-sotu/2024.txt"), to: secret.appendingPathComponent("2024.txt"))
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("a/2024.txt").path, withDestinationPath: secret.appendingPathComponent("2024.txt").path)
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("usr").path, withDestinationPath: "/usr/share")
        try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("again").path, withDestinationPath: "a")
        let out = folder.appendingPathComponent("out")
        let held = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path, "--dry-run"])
        #expect(held.output.contains("skipped: \(corpus.path)/a/2024.txt: a symbolic link out of the corpus folder (--follow-links follows it)"))
        #expect(held.output.contains("skipped: \(corpus.path)/usr: a symbolic link out of the corpus folder"))
        #expect(held.output.contains("compare 2022 → 2023"))
        #expect(!held.output.contains("2023 → 2024"))
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("usr"))
        let followed = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path, "--dry-run", "--follow-links"])
        #expect(followed.output.contains("compare 2023 → 2024"), "\(followed.output)")
    }

    /// The output folder is never read as reports: the same folder as the corpus is refused,
    /// and one inside it is passed over.
    @Test func theOutputFolderIsNeverRead() throws {
        let corpus = try corpus(["a"])
        let same = try ReportDiffCommand.run(["batch", corpus.path, "-o", corpus.path])
        #expect(same.status == 2)
        #expect(same.errors == "report-diff: \(corpus.path): is the corpus folder itself; write the outputs elsewhere (-o)\n")
        let inside = corpus.appendingPathComponent("out").path
        let first = try ReportDiffCommand.run(["batch", corpus.path, "-o", inside])
        #expect(first.status == 0, "\(first.errors)")
        let second = try ReportDiffCommand.run(["batch", corpus.path, "-o", inside])
        #expect(second.output.contains("Everything is up to date: skipped all 1 pairs of 2 reports"), "\(second.output)")
    }

    /// Issuer names that would run script from the index, or meet another after sanitising,
    /// or carry terminal escapes: links stay relative and inert, folders stay apart, the
    /// terminal sees the escapes as text.
    @Test func hostileNamesStayNames() throws {
        let issuers = ["javascript:alert(document.domain)", "a\\b", "a-b", "t\u{1B}]0;owned\u{07}x"]
        let corpus = try corpus(issuers)
        let out = folder.appendingPathComponent("out")
        let result = try ReportDiffCommand.run(["batch", corpus.path, "-o", out.path, "--jobs", "10000000000"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.output.contains("\u{1B}"))
        #expect(result.output.contains("t\\e]0;owned\\x07x"))
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
        #expect(hrefs.count == 4 * 4)
        for href in hrefs {
            #expect(href.hasPrefix("./"), "\(href)")
            #expect(!href.contains(":") && !href.contains("\\") && !href.contains("\u{1B}"), "\(href)")
        }
        let folders = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix("index.") }
        #expect(Set(folders).count == 4)
        #expect(folders.contains("a-b"))
    }

    /// Control characters in a report's text and a file's name reach the terminal escaped.
    @Test func controlCharactersReachTheTerminalEscaped() throws {
        let path = try folder.file("title\u{1B}[2J.txt", Data("The economy grew \u{1B}]0;pwned\u{07}2 percent.\nJobs rose 3 percent.\n".utf8))
        let outline = try ReportDiffCommand.run(["outline", "--sentences", path])
        #expect(outline.status == 0)
        #expect(!outline.output.contains("\u{1B}") && !outline.output.contains("\u{07}"))
        let missing = try ReportDiffCommand.run(["outline", path + "\u{1B}[2J"])
        #expect(missing.errors.contains("title\\e[2J.txt\\e[2J: no such file"))
    }

    /// The default output folder stays inside Exports whatever the path of the old report.
    @Test func theDefaultOutputFolderStaysInExports() throws {
        let sub = folder.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        for year in [2022, 2023] {
            try FileManager.default.copyItem(
                at: ReportDiffCommand.packageRoot.appendingPathComponent("Reports/us-sotu/\(year).txt"), to: folder.appendingPathComponent("\(year).txt"))
        }
        let result = try ReportDiffCommand.run(["compare", "sub/../2022.txt", "sub/../2023.txt"], in: folder.url)
        #expect(result.status == 0, "\(result.errors)")
        let exports = folder.appendingPathComponent("Exports")
        let issuers = try FileManager.default.contentsOfDirectory(atPath: exports.path)
        #expect(issuers.count == 1)
        #expect(!issuers.contains(".."))
        #expect(FileManager.default.fileExists(atPath: exports.appendingPathComponent("\(issuers[0])/2022-2023/comparison.xml").path))
    }

    /// What `render` makes of the archive is the page `compare` wrote, and the page carries the
    /// archive's hash.
    func expectPairBelongsTogether(_ pair: String) throws {
        let page = try Data(contentsOf: URL(fileURLWithPath: pair + "/review.html"))
        let copy = folder.appendingPathComponent("render-\(UUID().uuidString).html").path
        let render = try ReportDiffCommand.run(["render", pair + "/comparison.xml", "-o", copy, "-q"])
        #expect(render.status == 0, "\(render.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == page, "\(pair): the page is not the archive's")
    }
}

/// Archives built to make libxml2 slow, and text XML cannot hold.
@Suite struct HostileArchiveTests {
    let folder = TemporaryFolder("hostile-archive")

    /// An element with 200,000 attributes is refused before libxml2's pairwise duplicate check.
    @Test func anElementWithTooManyAttributesIsRefused() throws {
        let attributes = (0..<200_000).map { " a\($0)=\"1\"" }.joined()
        let path = try folder.file("attributes.xml", Data("<?xml version=\"1.0\"?>\n<comparison\(attributes)/>\n".utf8))
        let result = try HostileInputTests.run(["validate", path])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("report-diff: \(path): line 2:"))
        #expect(result.errors.hasSuffix(": an element with more than 256 attributes\n"))
    }

    /// Controls and U+FFFE in a report's text: the archive and the page both drop them, so
    /// `render` of the archive is the page `compare` wrote.
    @Test func archiveAndPageKeepTheSameCharacters() throws {
        let old = try folder.file("2024.txt", Data("The economy grew 2 percent in 2024.\nJobs rose by 3 million.\n".utf8))
        let new = try folder.file("2025.txt", Data("The economy grew \u{01}3\u{0B} percent in 2025.\u{FFFE}\nJobs rose by 4\u{1F} million.\n".utf8))
        let out = folder.appendingPathComponent("out").path
        let compare = try ReportDiffCommand.run(["compare", old, new, "-o", out, "-q"])
        #expect(compare.status == 0, "\(compare.errors)")
        let page = try Data(contentsOf: URL(fileURLWithPath: out + "/review.html"))
        let copy = folder.appendingPathComponent("copy.html").path
        #expect(try ReportDiffCommand.run(["render", out + "/comparison.xml", "-o", copy, "-q"]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == page)
        #expect(!page.contains(0x01) && !page.contains(0x1F))
    }
}
