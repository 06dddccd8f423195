import Foundation
import LibXML
import ReportComparison
import ReportModel

/// One issuer's scorecard over all its years, with the reports it was made from: the
/// `series` document of the archive vocabulary, and the same rows as CSV.
public struct SeriesScorecard: Sendable, Hashable {
    /// A report the scorecard was made from, identified by its bytes.
    public struct Source: Sendable, Hashable {
        public var year: Int
        public var input: Provenance.Input

        public init(year: Int, input: Provenance.Input) {
            self.year = year
            self.input = input
        }
    }

    public var issuer: String
    /// In year order.
    public var sources: [Source]
    public var scorecard: Scorecard

    public init(issuer: String, sources: [Source], scorecard: Scorecard) {
        self.issuer = issuer
        self.sources = sources
        self.scorecard = scorecard
    }

    /// The scorecard as a `series` document, validated before it is returned.
    /// - Throws: `ArchiveError.invalid` if the document breaks the schema (a bug).
    /// - Complexity: O(n) in the number of rows and sources.
    public func xml() throws(ArchiveError) -> Data {
        let writer = ArchiveWriter.start("series")
        writer.attribute("issuer", value: issuer)
        writer.attribute("tool", value: Provenance.toolName)
        writer.attribute("tool-version", value: Provenance.toolVersion)
        for source in sources {
            writer.startElement("source")
            writer.attribute("year", value: String(source.year))
            writer.attribute("name", value: source.input.name)
            writer.attribute("bytes", value: String(source.input.byteCount))
            writer.attribute("sha256", value: source.input.sha256)
            writer.attribute("encoding", value: source.input.encoding)
            if let format = source.input.format { writer.attribute("format", value: format) }
            writer.endElement()
        }
        ComparisonArchive.write(scorecard, to: writer)
        writer.endElement()
        return try ArchiveWriter.validated(writer)
    }

    /// What an existing series document records: its sources and how many rows it has, by
    /// verdict, read without validating it (it was validated when written). `nil` when it is
    /// not a series document of this tool and vocabulary version.
    /// - Complexity: O(n) in the size of the document.
    public static func recorded(in data: Data) -> (sources: [Source], summary: (rows: Int, verdicts: [Verdict: Int]))? {
        guard let root = try? XMLDocument(data: data).takeRootElement(), root.name == "series",
            root.attributeValue(named: "tool-version") == Provenance.toolVersion,
            root.attributeValue(named: "version") == ArchiveVocabulary.version
        else { return nil }
        var sources: [Source] = []
        var rows = 0
        var verdicts: [Verdict: Int] = [:]
        for element in root.elements {
            if element.name == "source" {
                guard let year = element.attributeValue(named: "year").flatMap(Int.init),
                    let byteCount = element.attributeValue(named: "bytes").flatMap(Int.init),
                    let sha256 = element.attributeValue(named: "sha256")
                else { return nil }
                sources.append(Source(year: year, input: Provenance.Input(
                    name: element.attributeValue(named: "name") ?? "", byteCount: byteCount, sha256: sha256,
                    encoding: element.attributeValue(named: "encoding") ?? "", format: element.attributeValue(named: "format"))))
            } else if element.name == "scorecard" {
                for row in element.elements {
                    rows += 1
                    if let verdict = row.attributeValue(named: "verdict").flatMap(Verdict.init) { verdicts[verdict, default: 0] += 1 }
                }
            }
        }
        return (sources, (rows, verdicts))
    }

    /// The rows as the `targets` command's CSV.
    /// - Complexity: O(n) in the number of rows.
    public func csv() -> Data { Data(scorecard.csv().utf8) }
}
