import Foundation
import LibXML
import ReportComparison

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
        let writer = XMLWriter()
        writer.startElement("series")
        writer.attribute("xmlns", value: ArchiveVocabulary.namespace)
        writer.attribute("version", value: ArchiveVocabulary.version)
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
            writer.endElement()
        }
        ComparisonArchive.write(scorecard, to: writer)
        writer.endElement()
        let data: Data
        do {
            data = try writer.finish()
        } catch {
            throw .invalid(error)
        }
        try ArchiveSchema.validate(data)
        return data
    }

    /// The rows as the `targets` command's CSV.
    /// - Complexity: O(n) in the number of rows.
    public func csv() -> Data { Data(scorecard.csv().utf8) }
}
