import Foundation
import TestSupport
import Testing

/// Hostile inputs, run as a user would run them: each ends in one clear line or a safe result,
/// never hangs, and never leaves a partial output behind. Their speed is the benchmark's business.
@Suite(.serialized) struct HostileInputTests {
    /// Each test's own folder, removed when the test ends.
    let folder = TemporaryFolder("hostile")

    func file(_ name: String, _ bytes: Data) throws -> String { try folder.file(name, bytes) }

    /// A hang guard, not a speed limit: two minutes, times `SANITIZER_TIME_FACTOR` when
    /// `.ci/sanitize` runs the suite under a sanitizer (several times slower).
    static let timeLimit = 120 * (ProcessInfo.processInfo.environment["SANITIZER_TIME_FACTOR"].flatMap(Double.init) ?? 1)

    /// Runs `report-diff` and checks the hang guard.
    static func run(_ arguments: [String]) throws -> ReportDiffCommand.Result {
        let start = Date()
        let result = try ReportDiffCommand.run(arguments)
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < timeLimit, "report-diff \(arguments.joined(separator: " ")) took \(seconds) s")
        return result
    }

    static let refused: [(name: String, bytes: Data, problem: String)] = [
        ("empty.txt", Data(), "the file is empty"),
        ("whitespace.txt", Data(" \t\n\u{3000}\r\n  \n".utf8), "contains no text"),
        ("binary.bin", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0xFF, 0x13]),
         "looks like a binary file (NUL byte at offset 7), not a report"),
        ("nul.txt", Data("政府工作报告\u{0}各位代表".utf8), "looks like a binary file (NUL byte at offset 18), not a report"),
        ("lone-surrogate.txt", Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]),
         "not UTF-8, UTF-16 or GB18030 (byte 0x0 at offset 4)"),
        ("lone-surrogate-be.txt", Data([0xFE, 0xFF, 0x00, 0x41, 0xDC, 0x00]),
         "not UTF-8, UTF-16 or GB18030 (byte 0xDC at offset 4)"),
        ("overlong.txt", Data("政府工作报告".utf8) + Data([0xC0, 0xAF, 0x0A]),
         "not UTF-8, UTF-16 or GB18030 (byte 0xC0 at offset 18)"),
        ("overlong-3.txt", Data([0x61, 0x62, 0x63, 0xE0, 0x80, 0xAF, 0x0A]),
         "not UTF-8, UTF-16 or GB18030 (byte 0xAF at offset 5)"),
        ("mixed-gbk-utf8.txt", Data("政府工作报告".utf8) + Data([0xB1, 0xA8, 0xB8, 0xE6, 0x0A]),
         "not UTF-8, UTF-16 or GB18030 (byte 0xB1 at offset 18)"),
    ]

    @Test(arguments: refused)
    func refusedWithOneLine(_ name: String, _ bytes: Data, _ problem: String) throws {
        let path = try file(name, bytes)
        let result = try Self.run(["outline", path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors == "report-diff: \(path): \(problem)\n")
    }

    /// Two bytes that are an overlong `/` in UTF-8 are a valid GB18030 character: read as one.
    @Test func shortOverlongUTF8IsReadAsGB18030() throws {
        let path = try file("overlong-short.txt", Data([0x61, 0x62, 0x63, 0xC0, 0xAF, 0x64, 0x0A]))
        let result = try Self.run(["outline", path])
        #expect(result.status == 0)
        #expect(result.output.contains("encoding: GB18030"))
        #expect(!result.output.contains("/"))
    }

    /// 100 MB is refused by its size before it is read; `--max-bytes` raises the limit.
    @Test func aHundredMegabytesIsRefusedByDefault() throws {
        let url = folder.appendingPathComponent("100mb.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        let result = try Self.run(["outline", url.path])
        #expect(result.status == 1)
        #expect(result.errors == "report-diff: \(url.path): too large (100000000 bytes; the limit is 67108864); use --max-bytes to raise it\n")
        try FileManager.default.removeItem(at: url)

        let small = try file("small.txt", Data("国内生产总值增长5%左右。\n".utf8))
        let limited = try Self.run(["compare", small, "Reports/cn-national/2025.txt", "--max-bytes", "1000", "-o", folder.path])
        #expect(limited.status == 1)
        #expect(limited.errors == "report-diff: Reports/cn-national/2025.txt: too large (54779 bytes; the limit is 1000); use --max-bytes to raise it\n")
        let zero = try Self.run(["outline", small, "--max-bytes", "0"])
        #expect(zero.status != 0)
        #expect(zero.errors.contains("--max-bytes must be a positive number of bytes"))
    }

    /// A large file just at the limit is read: 2 MB of English report lines, `--max-bytes` its size.
    @Test func aLargeFileAtTheLimitIsRead() throws {
        let line = "Gross domestic product grew 2.5 percent, and 12 million jobs were created.\n"
        let bytes = Data(String(repeating: line, count: 2_000_000 / line.utf8.count).utf8)
        let path = try file("2mb.txt", bytes)
        let result = try Self.run(["outline", path, "--max-bytes", "\(bytes.count)"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("(1 sentences)"))
        let over = try Self.run(["outline", path, "--max-bytes", "\(bytes.count - 1)"])
        #expect(over.errors.contains("too large (\(bytes.count) bytes; the limit is \(bytes.count - 1))"))
    }

    /// One line of 1 MB: one sentence, flagged as no prose.
    @Test func oneMegabyteOnOneLine() throws {
        let path = try file("one-line.txt", Data((String(repeating: "全市经济总量达到2458.8亿元", count: 60_000) + "\n").utf8))
        let result = try Self.run(["outline", path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("warning: long-sentence: a sentence of 960000 characters (over 5000)"))
    }

    /// 100,000 numbered item headings, each a section of the outline.
    @Test func aHundredThousandHeadings() throws {
        let text = "一、工作回顾\n" + (1...100_000).map { "（\($0)）推进工作。\n" }.joined()
        let path = try file("headings.txt", Data(text.utf8))
        let result = try Self.run(["outline", path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("（100000）推进工作"))
    }

    @Test func tenThousandLevelsOfHTMLNesting() throws {
        let page = "<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>Deep text here.</p>"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let result = try Self.run(["outline", try file("deep.html", Data(page.utf8))])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Deep text here."))
    }

    /// Scripts, styles, frames and an external entity: none of their content is read.
    @Test func scriptLadenHTML() throws {
        let page = """
            <!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <html><head><style>p { color: red }</style><script>alert("head")</script></head>
            <body><script>document.write("body")</script><iframe src="https://example.com/x"></iframe>
            <noscript>enable scripts</noscript><p onclick="alert(1)">The economy grew 5 percent. &secret;</p>
            <object data="x.swf">plugin text</object><svg><text>vector text</text></svg></body></html>
            """
        let result = try Self.run(["outline", "--sentences", try file("scripts.html", Data(page.utf8))])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("The economy grew 5 percent."))
        for hidden in ["alert", "color", "document.write", "example.com", "enable scripts", "plugin text", "vector text", "root:"] {
            #expect(!result.output.contains(hidden), "\(hidden)")
        }
    }

    /// Report text carrying markup and script: the archive escapes it and still validates.
    @Test func markupInReportTextIsEscapedInTheArchive() throws {
        let old = try file("markup-2024.txt", Data("""
            The economy grew 2 percent in 2024.
            Visit <script>alert("x")</script> and <a href="javascript:alert(1)">here</a> & more ]]> now.
            """.utf8))
        let new = try file("markup-2025.txt", Data("""
            The economy grew 3 percent in 2025.
            Visit <script>alert("y")</script> and <img src=x onerror=alert(2)> & more ]]> now.
            """.utf8))
        let output = folder.appendingPathComponent("markup").path
        let result = try Self.run(["compare", old, new, "-o", output, "--force"])
        #expect(result.status == 0, "\(result.errors)")
        let xml = try String(contentsOfFile: output + "/comparison.xml", encoding: .utf8)
        #expect(xml.contains("&lt;script&gt;alert("))
        #expect(!xml.contains("<script"))
        #expect(!xml.contains("<img"))
        #expect(!xml.contains("<a href"))
        #expect(try Self.run(["validate", output + "/comparison.xml"]).status == 0)
    }

    @Test func aSymbolicLinkLoopIsNamed() throws {
        let first = folder.appendingPathComponent("loop-a").path, second = folder.appendingPathComponent("loop-b").path
        try? FileManager.default.removeItem(atPath: first)
        try? FileManager.default.removeItem(atPath: second)
        try FileManager.default.createSymbolicLink(atPath: first, withDestinationPath: second)
        try FileManager.default.createSymbolicLink(atPath: second, withDestinationPath: first)
        let result = try Self.run(["compare", first, "Reports/us-sotu/2023.txt", "-o", folder.appendingPathComponent("loop-out").path])
        #expect(result.status == 1)
        #expect(result.errors == "report-diff: \(first): is a loop of symbolic links\n")
        let dangling = folder.appendingPathComponent("dangling").path
        try? FileManager.default.removeItem(atPath: dangling)
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: folder.appendingPathComponent("nothing").path)
        let danglingResult = try Self.run(["outline", dangling])
        #expect(danglingResult.errors == "report-diff: \(dangling): is a symbolic link to nothing\n")
    }

    /// Whether this process may mount a tmpfs (root in most containers, not on a desktop).
    static let canMount: Bool = {
        let probe = TemporaryFolder("mount-probe")
        guard (try? shell("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.path)) == 0 else { return false }
        _ = try? shell("umount", probe.path)
        return true
    }()

    @discardableResult
    static func shell(_ arguments: String...) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A full disk (a 64 KB tmpfs) and a read-only one: one clear line, and no file left behind.
    @Test(.enabled(if: canMount, "mounting a tmpfs is not permitted here"), arguments: [
        ("size=64k", "No space left on device"), ("ro,size=64k", "Read-only file system"),
    ])
    func aFullOrReadOnlyDiskLeavesNoPartialFile(_ options: String, _ reason: String) throws {
        let point = folder.appendingPathComponent("disk-\(options.hashValue)")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        try #require(Self.shell("mount", "-t", "tmpfs", "-o", options, "tmpfs", point.path) == 0)
        defer { _ = try? Self.shell("umount", point.path) }
        let result = try Self.run(["compare", "Reports/us-sotu/2022.txt", "Reports/us-sotu/2023.txt", "-o", point.path])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("report-diff: \(point.path)/comparison.xml: cannot be written ("))
        #expect(result.errors.hasSuffix("\(reason))\n"), "\(result.errors)")
        #expect(result.errors.split(separator: "\n").count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: point.path).isEmpty)
    }
}
