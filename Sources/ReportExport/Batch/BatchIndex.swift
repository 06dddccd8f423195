import Foundation
import LibXML
import ReportComparison
import ReportModel

/// What a batch run holds for a corpus: every issuer with its reports, its pairs and its
/// scorecard summary. Rendered as `index.xml` (the `index` document of the archive
/// vocabulary) and as `index.html`, a self-contained page for a reader.
///
/// It records the state of the outputs, not what one run did, so a run that changes nothing
/// writes the same bytes.
public struct BatchIndex: Sendable, Hashable {
    /// One report file of an issuer.
    public struct Source: Sendable, Hashable {
        public var year: Int
        public var name: String
        /// Why the file could not be read; `nil` when it was.
        public var failure: String?

        public init(year: Int, name: String, failure: String? = nil) {
            self.year = year
            self.name = name
            self.failure = failure
        }
    }

    /// One comparison of consecutive years.
    public struct Pair: Sendable, Hashable {
        public var oldYear: Int
        public var newYear: Int
        /// The pair's folder relative to the index: `cn-national/2024-2025`.
        public var folder: String
        /// The files in `folder`, by name; empty when the pair failed.
        public var files: [String]
        public var failure: String?

        public init(oldYear: Int, newYear: Int, folder: String, files: [String], failure: String? = nil) {
            self.oldYear = oldYear
            self.newYear = newYear
            self.folder = folder
            self.files = files
            self.failure = failure
        }
    }

    /// The counts a reader scans first, and where the whole scorecard is.
    public struct ScorecardSummary: Sendable, Hashable {
        public var rows: Int
        /// By verdict; rows without a target have none.
        public var verdicts: [Verdict: Int]
        /// Paths relative to the index.
        public var xml: String
        public var csv: String

        /// - Complexity: O(r) in the number of rows.
        public init(_ scorecard: Scorecard, xml: String, csv: String) {
            var verdicts: [Verdict: Int] = [:]
            for case let verdict? in scorecard.rows.map(\.verdict) { verdicts[verdict, default: 0] += 1 }
            self.init(rows: scorecard.rows.count, verdicts: verdicts, xml: xml, csv: csv)
        }

        public init(rows: Int, verdicts: [Verdict: Int], xml: String, csv: String) {
            self.rows = rows
            self.verdicts = verdicts
            self.xml = xml
            self.csv = csv
        }
    }

    public struct Issuer: Sendable, Hashable {
        public var name: String
        public var sources: [Source]
        public var pairs: [Pair]
        public var scorecard: ScorecardSummary?

        public init(name: String, sources: [Source], pairs: [Pair], scorecard: ScorecardSummary?) {
            self.name = name
            self.sources = sources
            self.pairs = pairs
            self.scorecard = scorecard
        }
    }

    public var issuers: [Issuer]

    public init(issuers: [Issuer]) {
        self.issuers = issuers
    }

    /// The index as XML, validated before it is returned.
    /// - Throws: `ArchiveError.invalid` if the document breaks the schema (a bug).
    /// - Complexity: O(n) in the number of entries.
    public func xml() throws(ArchiveError) -> Data {
        let writer = ArchiveWriter.start("index")
        writer.attribute("tool", value: Provenance.toolName)
        writer.attribute("tool-version", value: Provenance.toolVersion)
        for issuer in issuers {
            writer.startElement("issuer")
            writer.attribute("name", value: issuer.name)
            for source in issuer.sources {
                writer.startElement("source")
                writer.attribute("year", value: String(source.year))
                writer.attribute("name", value: source.name)
                if let failure = source.failure { writer.attribute("failure", value: failure) }
                writer.endElement()
            }
            for pair in issuer.pairs {
                writer.startElement("pair")
                writer.attribute("old-year", value: String(pair.oldYear))
                writer.attribute("new-year", value: String(pair.newYear))
                writer.attribute("folder", value: pair.folder)
                if let failure = pair.failure { writer.attribute("failure", value: failure) }
                for file in pair.files {
                    writer.startElement("file")
                    writer.attribute("href", value: Self.relativeURL("\(pair.folder)/\(file)"))
                    writer.endElement()
                }
                writer.endElement()
            }
            if let scorecard = issuer.scorecard {
                writer.startElement("scorecard-summary")
                writer.attribute("rows", value: String(scorecard.rows))
                for verdict in Verdict.allCases {
                    writer.attribute(verdict.rawValue, value: String(scorecard.verdicts[verdict] ?? 0))
                }
                writer.attribute("xml", value: scorecard.xml)
                writer.attribute("csv", value: scorecard.csv)
                writer.endElement()
            }
            writer.endElement()
        }
        writer.endElement()
        return try ArchiveWriter.validated(writer)
    }

    /// A page with one table per issuer; no scripts, no outside resources, every text escaped.
    /// - Complexity: O(n) in the number of entries.
    public func html() -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>report-diff corpus index</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; max-width: 60em; }
            table { border-collapse: collapse; margin-bottom: 1em; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; }
            .failure { color: #a00; }
            </style>
            </head>
            <body>
            <h1>Corpus index</h1>

            """
        let pairCount = issuers.reduce(0) { $0 + $1.pairs.count }
        page += "<p>\(issuers.count) issuers, \(pairCount) pairs.</p>\n"
        for issuer in issuers {
            page += "<h2>\(Self.escaped(issuer.name))</h2>\n"
            let reports = issuer.sources.map { source in
                source.failure.map { "<span class=\"failure\">\(source.year) (\(Self.escaped($0)))</span>" } ?? String(source.year)
            }
            page += "<p>Reports: \(reports.joined(separator: ", "))</p>\n"
            if !issuer.pairs.isEmpty {
                page += "<table>\n<tr><th>Pair</th><th>Files</th></tr>\n"
                for pair in issuer.pairs {
                    let files = pair.failure.map { "<span class=\"failure\">\(Self.escaped($0))</span>" }
                        ?? pair.files.map { Self.link("\(pair.folder)/\($0)", $0) }.joined(separator: " ")
                    page += "<tr><td>\(pair.oldYear) → \(pair.newYear)</td><td>\(files)</td></tr>\n"
                }
                page += "</table>\n"
            }
            if let scorecard = issuer.scorecard {
                let counts = Verdict.allCases.map { "\(scorecard.verdicts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
                page += "<p>Scorecard: \(scorecard.rows) rows; \(counts). "
                page += "\(Self.link(scorecard.xml, "XML")) \(Self.link(scorecard.csv, "CSV"))</p>\n"
            }
        }
        return page + "</body>\n</html>\n"
    }

    /// A link to a relative path: each segment percent-encoded (`#`, `?`, `:` and spaces in an
    /// issuer's name stay part of the path) and the whole led by `./`, so no name can make it
    /// a URL with a scheme (`javascript:`) or a host.
    static func link(_ path: String, _ text: String) -> String {
        "<a href=\"\(escaped(relativeURL(path)))\">\(escaped(text))</a>"
    }

    /// `./` and `path`'s segments percent-encoded, all but ASCII letters, digits and `-._~`.
    /// - Complexity: O(n) in the length of the path.
    public static func relativeURL(_ path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            String(segment).addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
        }
        return "./" + segments.joined(separator: "/")
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// Text safe in HTML content and in quoted attribute values.
    /// - Complexity: O(n) in the length of the text.
    static func escaped(_ text: String) -> String {
        var result = ""
        HTMLBuffer.escape(text, into: &result)
        return result
    }
}
