import Foundation
import TestSupport
import Testing

/// Bad input gets one clear line naming the file and the problem, and a non-zero exit.
@Suite struct BadInputTests {
    /// Each test's own folder, removed when the test ends.
    let folder = TemporaryFolder("bad-input")

    static let cases: [(name: String, bytes: Data?, problem: String)] = [
        ("missing.txt", nil, "no such file"),
        ("empty.txt", Data(), "the file is empty"),
        ("blank.txt", Data(" \n\n  \n".utf8), "contains no text"),
        ("binary.bin", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]), "looks like a binary file (NUL byte at offset 8), not a report"),
        ("latin1.txt", Data([0x63, 0x61, 0x66, 0xE9, 0x0A]), "not UTF-8, UTF-16 or GB18030 (byte 0xE9 at offset 3)"),
        ("utf16.txt", Data([0xFF, 0xFE, 0x00, 0xDC, 0x41, 0x00]), "not UTF-8, UTF-16 or GB18030 (byte 0x0 at offset 2)"),
        ("gb.txt", Data([0xD5, 0xFE, 0xB8, 0xAE, 0xFF, 0x41]), "not UTF-8, UTF-16 or GB18030 (byte 0xFF at offset 4)"),
    ]

    @Test(arguments: cases)
    func outlineRefusesWithOneLine(_ name: String, _ bytes: Data?, _ problem: String) throws {
        let path = try bytes.map { try folder.file(name, $0) } ?? folder.appendingPathComponent(name).path
        let result = try ReportDiffCommand.run(["outline", path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.errors == "report-diff: \(path): \(problem)\n")
    }

    @Test func aDirectoryIsNotAReport() throws {
        let result = try ReportDiffCommand.run(["outline", "Reports"])
        #expect(result.status == 1)
        #expect(result.errors == "report-diff: Reports: is a directory, not a file\n")
    }

    /// 4 MB of one repeated line: it finishes, with one paragraph per line. That the time grows
    /// linearly with the size is measured by `Benchmarks/hostile-inputs.sh`.
    @Test func megabytesOfOneRepeatedLine() throws {
        let size = 4 << 20
        let line = Data("全市经济总量达到2458.8亿元，增长5%以上。\n".utf8)
        var bytes = Data(capacity: size)
        while bytes.count < size { bytes.append(line) }
        let path = try folder.file("repeated.txt", bytes)
        let result = try ReportDiffCommand.run(["outline", path])
        #expect(result.status == 0)
        let paragraphs = result.output.split(separator: "\n").filter { $0.hasPrefix("¶") }
        #expect(paragraphs.count == bytes.count / line.count)
    }
}
