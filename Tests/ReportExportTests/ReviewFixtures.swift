import Foundation
import ReportComparison
import ReportModel
import ReportParsing

@testable import ReportExport

/// Pages of the sample pairs and of two hostile reports, as `compare` renders them.
enum ReviewFixtures {
    /// Report text that would run script if any of it reached the page unescaped.
    static let hostileLines = [
        "<script>window.reportDiffHostile=1</script>",
        "\"><img src=x onerror=\"window.reportDiffHostile=2\">",
        "</textarea><script>window.reportDiffHostile=3</script>",
        "javascript:window.reportDiffHostile=4",
        "'><svg onload='window.reportDiffHostile=5'>",
    ]

    static func hostileReport(year: Int, growth: String) -> String {
        """
        政府工作报告<script>window.reportDiffHostile=0</script>
        ——\(year)年3月5日在第十四届全国人民代表大会第三次会议上
        国务院总理 "><img src=x onerror="window.reportDiffHostile=6">

        各位代表：
        现在，我代表国务院，向大会报告政府工作，请予审议。\(hostileLines[0])
        一、\(year - 1)年工作回顾\(hostileLines[1])
        过去一年，国内生产总值增长\(growth)。\(hostileLines[2])如期完成。
        \(hostileLines[3])这一年取得新成绩。\(year)年不变的句子。
        二、\(year)年政府工作任务
        （一）稳定增长\(hostileLines[4])
        今年发展主要预期目标是：国内生产总值增长\(growth)左右。
        """
    }

    /// A comparison of two hostile reports, with a hostile file name.
    static func hostilePage() async throws -> (page: ReviewPage, xml: Data) {
        let oldData = Data(hostileReport(year: 2024, growth: "5.2%").utf8)
        let newData = Data(hostileReport(year: 2025, growth: "5%").utf8)
        let old = try Report(parsing: oldData), new = try Report(parsing: newData)
        let archive = ComparisonArchive(
            provenance: Provenance(
                old: .init(name: "\"><script>window.reportDiffHostile=7</script>.txt", data: oldData, encoding: old.encoding),
                new: .init(name: "new.txt", data: newData, encoding: new.encoding)),
            comparison: await ReportComparator().compare(old.withFacts(), with: new.withFacts()))
        let xml = try archive.xml()
        return (try ReviewPage(archiveXML: xml), xml)
    }

    /// The page `compare` writes for a sample pair, and the archive it is keyed to.
    static func samplePage(_ old: String, _ new: String) async throws -> (page: ReviewPage, xml: Data) {
        let xml = try await SamplePairs.archive(old, new).xml()
        return (try ReviewPage(archiveXML: xml), xml)
    }

    /// `Exports/cn-national/2024-2025/review.html` for `Reports/cn-national/2024.txt` and `…/2025.txt`.
    static func exportPath(_ old: String, _ new: String) -> String {
        let issuer = URL(fileURLWithPath: old).deletingLastPathComponent().lastPathComponent
        let years = [old, new].map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        return "Exports/\(issuer)/\(years[0])-\(years[1])/review.html"
    }

    /// Writes a page where the browser can open it: inside the build folder, which the build
    /// tools clean, so nothing is left in the system's temporary folder.
    static func write(_ data: Data, named name: String) throws -> URL {
        let folder = SamplePairs.root.appendingPathComponent(".build/review-tests")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try data.write(to: file)
        return file
    }

    /// Every `id="…"` value of a page, in order.
    static func ids(in html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }
}
