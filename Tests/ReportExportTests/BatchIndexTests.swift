import Foundation
import ReportComparison
import ReportExport
import ReportModel
import ReportParsing
import Testing

@Suite struct BatchIndexTests {
    static let index = BatchIndex(issuers: [
        BatchIndex.Issuer(
            name: "r&d <lab>",
            sources: [BatchIndex.Source(year: 2024, name: "a/2024.txt"), BatchIndex.Source(year: 2025, name: "a/2025.txt", failure: "the file is empty")],
            pairs: [BatchIndex.Pair(oldYear: 2024, newYear: 2025, folder: "r&d <lab>/2024-2025", files: [], failure: "not compared: \"a\" <b>")],
            scorecard: BatchIndex.ScorecardSummary(Scorecard(rows: []), xml: "r&d <lab>/scorecard.xml", csv: "r&d <lab>/scorecard.csv")),
        BatchIndex.Issuer(
            name: "cn-national", sources: [],
            pairs: [BatchIndex.Pair(oldYear: 2024, newYear: 2025, folder: "cn-national/2024-2025", files: ["comparison.xml"])],
            scorecard: nil),
    ])

    @Test func xmlValidatesAndEscapes() throws {
        let xml = String(decoding: try Self.index.xml(), as: UTF8.self)
        #expect(xml.contains(#"<issuer name="r&amp;d &lt;lab&gt;">"#))
        #expect(xml.contains(#"<file href="./cn-national/2024-2025/comparison.xml"/>"#))
        #expect(xml.contains(#"failure="the file is empty""#))
    }

    /// A name that reads as a scheme stays a relative path.
    @Test func linksAreRelativeWhateverTheName() {
        #expect(BatchIndex.relativeURL("javascript:alert(document.domain)/2024-2025/review.html")
            == "./javascript%3Aalert%28document.domain%29/2024-2025/review.html")
        #expect(BatchIndex.relativeURL("//evil.example/x") == ".///evil.example/x")
        #expect(BatchIndex.relativeURL("国务院/a b#c?d") == "./%E5%9B%BD%E5%8A%A1%E9%99%A2/a%20b%23c%3Fd")
    }

    @Test func htmlEscapesEveryText() {
        let html = Self.index.html()
        #expect(html.contains("<h2>r&amp;d &lt;lab&gt;</h2>"))
        #expect(html.contains("not compared: &quot;a&quot; &lt;b&gt;"))
        #expect(html.contains(#"<a href="./cn-national/2024-2025/comparison.xml">comparison.xml</a>"#))
        #expect(html.contains(#"<a href="./r%26d%20%3Clab%3E/scorecard.csv">CSV</a>"#))
        #expect(!html.contains("<lab>") && !html.contains("<b>") && !html.contains("<script"))
    }

    @Test func seriesScorecardOfTheNationalReportsValidates() throws {
        let years = [2024, 2025]
        let data = try years.map { try SamplePairs.data("Reports/cn-national/\($0).txt") }
        let reports = try data.map { try Report(parsing: $0) }
        let series = SeriesScorecard(
            issuer: "cn-national",
            sources: zip(years, data).map { .init(year: $0, input: .init(name: "\($0).txt", data: $1, encoding: .utf8)) },
            scorecard: Scorecard(reports: reports.map { $0.withFacts() }))
        let document = try series.xml()
        let recorded = try #require(SeriesScorecard.recorded(in: document))
        #expect(recorded.sources == series.sources)
        #expect(recorded.summary.rows == series.scorecard.rows.count)
        #expect(recorded.summary.verdicts[Verdict.met] == series.scorecard.rows.filter { $0.verdict == .met }.count)
        let xml = String(decoding: document, as: UTF8.self)
        #expect(xml.contains(#"<series xmlns="urn:report-diff:archive:1" version="2" issuer="cn-national""#))
        #expect(xml.contains(#"indicator="gdp" measure="growth" year="2024""#))
        #expect(String(decoding: series.csv(), as: UTF8.self).hasPrefix(Scorecard.csvHeader + "\ngdp,growth,2024,"))
    }

    @Test func provenanceAtTheHeadIsTheFullReadsProvenance() throws {
        let data = try SamplePairs.data("Exports/cn-national/2024-2025/comparison.xml")
        #expect(ArchiveReader.provenance(atHeadOf: data) == (try ArchiveReader.provenance(of: data)))
        #expect(ArchiveReader.provenance(atHeadOf: Data("<comparison>".utf8)) == nil)
        #expect(ArchiveReader.provenance(atHeadOf: Data(data.prefix(200))) == nil)
    }
}
