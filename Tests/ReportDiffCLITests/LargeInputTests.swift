import Foundation
import TestSupport
import Testing

/// A megabyte along every input dimension (one paragraph, sentences of one paragraph, sections of
/// one part, paragraphs of one section, rows of one archive): each command ends well and writes
/// all it should, within `HostileInputTests`' hang guard of two minutes. How the time grows with
/// the size is measured by `Benchmarks/hostile-inputs.sh`, not asserted here: CPU ratios of a
/// debug build on a shared machine are too noisy to fail a test on.
@Suite struct LargeInputTests {
    let folder = TemporaryFolder("large")

    static let size = 1_000_000

    /// `unit` repeated to about `size` bytes.
    static func repeated(_ size: Int, _ unit: (Int) -> String) -> String {
        var text = "", index = 1
        while text.utf8.count < size {
            text += unit(index)
            index += 1
        }
        return text
    }

    /// One input dimension: the text of about a given size.
    struct Dimension: Sendable, CustomTestStringConvertible {
        let name: String
        let text: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    /// Those growing the children of one element (sentences of one paragraph, sections or
    /// paragraphs of one part) validate in linear time in libxml2 2.9.14's RELAX NG only because
    /// it compiles those elements' content models (see `archive.rng`).
    static let dimensions = [
        // Hard-wrapped lines of 30 characters, a sentence every 150: one paragraph once re-flowed.
        Dimension(name: "one long paragraph") { size in
            "一、工作回顾\n" + repeated(size) { $0 % 5 == 0 ? "全市经济总量稳步增长，工业生产加快恢复，消费市场持续回暖。\n" : "全市经济总量稳步增长，工业生产加快恢复，消费市场持续回暖，\n" }
        },
        Dimension(name: "many sentences in one paragraph") { size in
            "一、工作回顾\n" + repeated(size) { "第\($0)项工作推进。" } + "\n"
        },
        Dimension(name: "many sections") { size in
            "一、工作回顾\n" + repeated(size) { "（\($0)）推进工作。\n" }
        },
        Dimension(name: "many paragraphs in one section") { size in
            "一、工作回顾\n" + repeated(size) { "第\($0)项工作稳步推进，成效明显。\n" }
        },
    ]

    /// Reading, outlining and printing a megabyte, and the same with the XML written and
    /// validated before it is.
    @Test(arguments: dimensions)
    func aMegabyteIsOutlined(_ dimension: Dimension) throws {
        let path = try folder.file("\(dimension.name).txt", Data(dimension.text(Self.size).utf8))
        let text = try HostileInputTests.run(["outline", path, "--max-bytes", "\(2 * Self.size)"])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("工作回顾"))
        let xml = try HostileInputTests.run(["outline", path, "--format", "xml", "--max-bytes", "\(2 * Self.size)"])
        #expect(xml.status == 0, "\(xml.errors)")
        #expect(xml.output.hasSuffix("</report>\n"))
    }

    /// A megabyte of rows in an archive: `render` of a valid archive whose alignment repeats one row.
    @Test func aMegabyteOfArchiveRowsIsRendered() throws {
        let archive = try String(contentsOf: ReportDiffCommand.packageRoot.appendingPathComponent("Exports/us-sotu/2022-2023/comparison.xml"), encoding: .utf8)
        let marker = "  <alignment>\n"
        let row = "    <row level=\"sentence\" relation=\"added\" score=\"0.000\" new=\"p1.s1\"/>\n"
        let rows = String(repeating: row, count: Self.size / row.utf8.count)
        let path = try folder.file("rows.xml", Data(archive.replacingOccurrences(of: marker, with: marker + rows).utf8))
        let page = folder.appendingPathComponent("rows.html").path
        let result = try HostileInputTests.run(["render", path, "-o", page, "--force", "-q"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try String(contentsOfFile: page, encoding: .utf8).hasSuffix("</html>\n"))
    }
}
