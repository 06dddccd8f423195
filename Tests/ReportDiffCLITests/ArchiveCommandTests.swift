import Foundation
import TestSupport
import Testing

/// `compare`, `validate` and `verify` as a user runs them.
@Suite struct ArchiveCommandTests {
    /// Each test's own folder, removed when the test ends.
    let folder = TemporaryFolder("archive")

    func file(_ name: String, _ text: String) throws -> String { try folder.file(name, Data(text.utf8)) }

    @Test func twoRunsIntoTwoFoldersGiveIdenticalArchivesThatVerify() throws {
        let first = folder.appendingPathComponent("run1").path, second = folder.appendingPathComponent("run2").path
        for output in [first, second] {
            let result = try ReportDiffCommand.run(["compare", "Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt", "-o", output, "--force"])
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.contains("Wrote \(output)/comparison.xml"))
            // A changed number is named by what it measures, not by the words before it (`增长`).
            #expect(result.output.contains("5.2% → 5%   国内生产总值  [part1.lead1.p1.s1 → part1.p2.s2]"), "\(result.output)")
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: first + "/comparison.xml"))
        let b = try Data(contentsOf: URL(fileURLWithPath: second + "/comparison.xml"))
        #expect(a == b)

        let valid = try ReportDiffCommand.run(["validate", first + "/comparison.xml"])
        #expect(valid.status == 0)
        let verified = try ReportDiffCommand.run(["verify", first + "/comparison.xml", "Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt"])
        #expect(verified.status == 0, "\(verified.errors)")

        // One character changed in the newer report: verify fails and names that file.
        let text = try String(contentsOfFile: "Reports/cn-national/2025.txt", encoding: .utf8)
        let changed = try file("2025-changed.txt", text.replacingOccurrences(of: "各位代表", with: "各位代袁"))
        let refused = try ReportDiffCommand.run(["verify", first + "/comparison.xml", "Reports/cn-national/2024.txt", changed])
        #expect(refused.status == 1)
        #expect(refused.errors.hasPrefix("report-diff: \(changed): does not match the archive's Reports/cn-national/2025.txt"))
        #expect(refused.errors.split(separator: "\n").count == 1)
    }

    @Test func compareRefusesToOverwriteAnOutputOrAnInput() throws {
        let output = folder.appendingPathComponent("refuse").path
        let first = try ReportDiffCommand.run(["compare", "Reports/us-sotu/2022.txt", "Reports/us-sotu/2023.txt", "-o", output])
        #expect(first.status == 0)
        let again = try ReportDiffCommand.run(["compare", "Reports/us-sotu/2022.txt", "Reports/us-sotu/2023.txt", "-o", output])
        #expect(again.status == 1)
        #expect(again.errors == "report-diff: \(output)/comparison.xml: exists already; use --force to replace it\n")

        // An input named comparison.xml in the output folder is never written over.
        let inputFolder = folder.appendingPathComponent("input-is-output")
        try FileManager.default.createDirectory(at: inputFolder, withIntermediateDirectories: true)
        let input = inputFolder.appendingPathComponent("comparison.xml").path
        try FileManager.default.copyItem(atPath: "Reports/us-sotu/2023.txt", toPath: input)
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        let clash = try ReportDiffCommand.run(["compare", "Reports/us-sotu/2022.txt", input, "-o", inputFolder.path, "--force"])
        #expect(clash.status == 1)
        #expect(clash.errors.contains("is an input; refusing to write over it"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
    }

    static let hostile: [(name: String, text: String, problem: String)] = [
        ("xxe.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE comparison [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <comparison xmlns="urn:report-diff:archive:1" version="2">&secret;</comparison>
            """, "entity declarations are not allowed"),
        ("laughs.xml", """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <lolz>&lol3;</lolz>
            """, "entity declarations are not allowed"),
        ("deep.xml", String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000), "line 1:"),
        ("malformed.xml", "<?xml version=\"1.0\"?>\n<comparison xmlns=\"urn:report-diff:archive:1\">\n  <report>\n</comparison>\n", "line 4:"),
    ]

    @Test(arguments: hostile)
    func hostileArchivesGetOneLine(_ name: String, _ text: String, _ problem: String) throws {
        let path = try file(name, text)
        for arguments in [["validate", path], ["verify", path, "Reports/us-sotu/2022.txt", "Reports/us-sotu/2023.txt"]] {
            let result = try ReportDiffCommand.run(arguments)
            #expect(result.status == 1)
            #expect(result.errors.hasPrefix("report-diff: \(path): "))
            #expect(result.errors.contains(problem), "\(result.errors)")
            #expect(result.errors.split(separator: "\n").count == 1, "\(result.errors)")
            #expect(!result.errors.contains("root:"))
        }
    }

    @Test func targetsRefusesReportsOutOfOrder() throws {
        let swapped = try ReportDiffCommand.run(["targets", "Reports/cn-national/2025.txt", "Reports/cn-national/2024.txt"])
        #expect(swapped.status == 1)
        #expect(swapped.errors.hasPrefix("report-diff: "))
        #expect(swapped.errors.contains("--force"))
        let sameYear = try ReportDiffCommand.run(["targets", "Reports/cn-national/2025.txt", "Reports/cn-jinzhong/2025.txt"])
        #expect(sameYear.status == 1)
        let forced = try ReportDiffCommand.run(["targets", "Reports/cn-national/2025.txt", "Reports/cn-national/2024.txt", "--force", "--format", "csv"])
        #expect(forced.status == 0)
        #expect(forced.output.hasPrefix("indicator,measure,year,target,outcome,verdict,next_target,change,period,headline\n"))
    }

    @Test(arguments: ["empty.txt", "binary.bin", "Reports/us-sotu/2023.txt"])
    func comparingAChineseReportWithSomethingElseNeverCrashes(_ other: String) throws {
        let path: String
        switch other {
        case "empty.txt": path = try file(other, "")
        case "binary.bin": path = folder.appendingPathComponent(other).path
            try Data([0x00, 0x01, 0x02, 0xFF]).write(to: URL(fileURLWithPath: path))
        default: path = other
        }
        let output = folder.appendingPathComponent("mixed-\(other.hashValue)").path
        let result = try ReportDiffCommand.run(["compare", "Reports/cn-jinzhong/2025.txt", path, "-o", output, "--force"])
        if other.hasPrefix("Reports") {
            #expect(result.status == 0, "\(result.errors)")
        } else {
            #expect(result.status == 1)
            #expect(result.errors.hasPrefix("report-diff: \(path): "))
            #expect(result.errors.split(separator: "\n").count == 1)
        }
    }
}
