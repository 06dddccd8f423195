import Foundation
import LibXML
import ReportComparison
import ReportModel
import ReportParsing

/// One comparison as an archive: provenance, both reports whole, the alignment, the text edits,
/// the facts, the scorecard and the phrase changes — everything needed to read the comparison
/// without the source files or this tool.
public struct ComparisonArchive: Sendable, Hashable {
    public var provenance: Provenance
    public var comparison: Comparison

    public init(provenance: Provenance, comparison: Comparison) {
        self.provenance = provenance
        self.comparison = comparison
    }

    /// Compares two report files as `compare` does, recording where they came from, reading
    /// each report's facts with `extractor`.
    ///
    /// The alignment, text diff and phrases need no facts, so the facts are read beside them.
    /// Each piece is a child task, queued longest first (the larger file's facts, the smaller
    /// one's, then the text's comparison, which queues its phrases): a free core takes the next,
    /// so neither core waits for the other's facts before aligning begins.
    ///
    /// - Parameters:
    ///   - old: the older file's name as given (kept as is: no absolute paths in archives),
    ///     its bytes and the report read from them.
    public init(
        old: (name: String, data: Data, report: Report), new: (name: String, data: Data, report: Report),
        extractor: FactExtractor = FactExtractor(), comparator: ReportComparator = ReportComparator(),
        generatedAt: String? = nil
    ) async {
        let oldReport = old.report, newReport = new.report
        let newFirst = new.data.count > old.data.count
        async let first = (newFirst ? newReport : oldReport).withFacts(extractor)
        async let second = (newFirst ? oldReport : newReport).withFacts(extractor)
        async let text = comparator.compareText(oldReport, with: newReport)
        // The inputs' hashes and formats (a decoding of each), and the page's
        // Content-Security-Policy (its script filled in and hashed, once a process), which
        // would otherwise be made when the page is put together, after both export lanes.
        async let provenance = { () -> Provenance in
            _ = ReviewPage.contentSecurityPolicy
            return Provenance(
                old: .init(name: old.name, data: old.data, encoding: oldReport.encoding),
                new: .init(name: new.name, data: new.data, encoding: newReport.encoding),
                generatedAt: generatedAt)
        }()
        let (oldRead, newRead) = newFirst ? (await second, await first) : (await first, await second)
        // Before the text's comparison is awaited: on a core that the facts freed, beside it.
        let scorecard = comparator.scorecard(oldRead, newRead)
        let comparison = comparator.comparison(of: await text, old: oldRead, new: newRead, scorecard: scorecard)
        await self.init(provenance: provenance, comparison: comparison)
    }

    /// The files `compare` writes for this comparison, by file name: the archive, and the
    /// review page keyed to the archive's bytes. The page is rendered from the archive read
    /// back, as `render` reads it: what XML cannot hold (C0 controls, U+FFFE) is gone from both,
    /// so `render` of the archive makes the same page.
    ///
    /// The archive is written twice: into libxml2's tree, which is validated, serialised and
    /// hashed, and into the same tree as Swift values (`XMLElementBuilder`), which is read back
    /// and rendered as the page's rows. Up to `concurrentExportRows` the two run at once, on two
    /// cores when two are free. Nothing is returned unless the archive is valid.
    public func exportFiles() async throws(ArchiveError) -> [(name: String, data: Data)] {
        let written: Result<(data: Data, sha256: String), ArchiveError>
        let readBack: Result<(archive: ComparisonArchive, rows: ReviewRows.Result), ArchiveError>
        if comparison.alignment.rows.count <= Self.concurrentExportRows {
            let archive = self
            async let writing = archive.writtenAndHashed()
            readBack = readBackWithRows()
            written = await writing
        } else {
            written = writtenAndHashed()
            readBack = readBackWithRows()
        }
        let (data, sha256) = try written.get()
        let (pageArchive, rows) = try readBack.get()
        let page = ReviewPage(archive: pageArchive, archiveSHA256: sha256).html(rows: rows)
        return [("comparison.xml", data), ("review.html", Data(page.utf8))]
    }

    /// The most alignment rows (about five times the national pair's) whose archive is written
    /// beside its page. Above it the two run in turn: libxml2's tree of a large archive is some
    /// eight times its bytes, and standing beside the page's tree and model it raised the peak
    /// memory of a 16-fold input from 139 MB to 167 MB.
    static let concurrentExportRows = 4_000

    /// The archive's bytes once its tree is found valid, and their SHA-256.
    private func writtenAndHashed() -> Result<(data: Data, sha256: String), ArchiveError> {
        Result { () throws(ArchiveError) in
            let data = try ArchiveWriter.validated(writtenTree())
            return (data, SHA256.hex(data))
        }
    }

    /// The archive as `render` reads it from its bytes, and the page's rows rendered from it.
    private func readBackWithRows() -> Result<(archive: ComparisonArchive, rows: ReviewRows.Result), ArchiveError> {
        Result { () throws(ArchiveError) in
            let readBack = try ArchiveReader.archive(from: builtTree())
            return (readBack, ReviewPage.rows(of: readBack.comparison))
        }
    }

    /// The archive as XML, its tree validated against the package's schema before it is
    /// serialised (see `ArchiveWriter`).
    ///
    /// - Throws: `ArchiveError.invalid` if the document breaks the schema (a bug: nothing
    ///   should be written).
    /// - Complexity: O(n) in the size of the comparison.
    public func xml() throws(ArchiveError) -> Data {
        try ArchiveWriter.validated(writtenTree())
    }

    /// The archive written into a writer's tree, not yet validated or serialised.
    private func writtenTree() -> XMLWriter {
        let writer = XMLWriter()
        write(to: writer)
        return writer
    }

    /// The archive's tree as Swift values, as `writtenTree()` would give it taken out of libxml2;
    /// only as good as `writtenTree()` is valid.
    func builtTree() -> XMLElement {
        let builder = XMLElementBuilder()
        write(to: builder)
        guard let root = builder.root else { preconditionFailure("write(to:) closes the root element") }
        return root
    }

    private func write(to writer: some XMLOutput) {
        ArchiveWriter.openRoot("comparison", in: writer)
        writeProvenance(to: writer)
        ReportXML(report: comparison.old).write(to: writer, role: "old")
        ReportXML(report: comparison.new).write(to: writer, role: "new")
        writeAlignment(to: writer)
        writeEdits(to: writer)
        writeFacts(comparison.oldFacts, report: "old", to: writer)
        writeFacts(comparison.newFacts, report: "new", to: writer)
        Self.write(comparison.scorecard, to: writer)
        writePhrases(to: writer)
        writer.endElement()
    }

    private func writeProvenance(to writer: some XMLOutput) {
        writer.startElement("provenance")
        writer.attribute("tool", value: provenance.tool)
        writer.attribute("version", value: provenance.version)
        if let generatedAt = provenance.generatedAt { writer.attribute("generated-at", value: generatedAt) }
        for (role, input) in [("old", provenance.old), ("new", provenance.new)] {
            writer.startElement("input")
            writer.attribute("role", value: role)
            writer.attribute("name", value: input.name)
            writer.attribute("bytes", value: String(input.byteCount))
            writer.attribute("sha256", value: input.sha256)
            writer.attribute("encoding", value: input.encoding)
            if let format = input.format { writer.attribute("format", value: format) }
            writer.endElement()
        }
        for option in provenance.options {
            writer.startElement("option")
            writer.attribute("name", value: option.name)
            writer.attribute("value", value: option.value)
            writer.endElement()
        }
        writer.endElement()
    }

    private func writeAlignment(to writer: some XMLOutput) {
        writer.startElement("alignment")
        for row in comparison.alignment.rows {
            writer.startElement("row")
            writer.attribute("level", value: row.level.rawValue)
            writer.attribute("relation", value: row.relation.rawValue)
            writer.attribute("score", value: ScoreText.threeDecimals(row.score))
            if let old = row.old { writer.attribute("old", value: old.id) }
            if let new = row.new { writer.attribute("new", value: new.id) }
            if row.titleChanged { writer.attribute("title-changed", value: "true") }
            writer.endElement()
        }
        writer.endElement()
    }

    private func writeEdits(to writer: some XMLOutput) {
        writer.startElement("edits")
        for edit in comparison.sentenceEdits {
            writer.startElement("edit")
            writer.attribute("old", value: edit.oldID)
            writer.attribute("new", value: edit.newID)
            writer.attribute("similarity", value: ScoreText.threeDecimals(edit.diff.similarity))
            for run in edit.diff.runs {
                switch run {
                case .equal(let text): writer.startElement("eq"); writer.text(text)
                case .delete(let text): writer.startElement("del"); writer.text(text)
                case .insert(let text): writer.startElement("ins"); writer.text(text)
                }
                writer.endElement()
            }
            for change in edit.diff.numericChanges {
                writer.startElement("number-change")
                writer.attribute("old", value: change.old)
                writer.attribute("new", value: change.new)
                writer.endElement()
            }
            writer.endElement()
        }
        writer.endElement()
    }

    private func writeFacts(_ facts: [Fact], report: String, to writer: some XMLOutput) {
        writer.startElement("facts")
        writer.attribute("report", value: report)
        for fact in facts { FactFormatter.write(fact, to: writer) }
        writer.endElement()
    }

    /// One `row` per indicator and year with the same words as the `targets` CSV; the facts
    /// are named by id (the target from the old report, outcome and next target from the new).
    static func write(_ scorecard: Scorecard, to writer: some XMLOutput) {
        writer.startElement("scorecard")
        for row in scorecard.rows {
            writer.startElement("row")
            writer.attribute("indicator", value: row.indicator)
            writer.attribute("measure", value: row.measure.rawValue)
            writer.attribute("year", value: String(row.year))
            if !row.period.isYear { writer.attribute("period", value: row.period.description) }
            if row.isHeadline { writer.attribute("headline", value: "yes") }
            if let verdict = row.verdict { writer.attribute("verdict", value: verdict.rawValue) }
            if let change = row.change { writer.attribute("change", value: change.rawValue) }
            let facts = [("target", row.target), ("outcome", row.outcome), ("next-target", row.nextTarget)]
            for case let (name, fact?) in facts { writer.attribute(name, value: fact.quantity.shortText) }
            for case let (name, fact?) in facts { writer.attribute("\(name)-fact", value: fact.id) }
            if let reason = row.reason { writer.attribute("reason", value: reason) }
            writer.endElement()
        }
        writer.endElement()
    }

    private func writePhrases(to writer: some XMLOutput) {
        writer.startElement("phrases")
        for change in comparison.phraseChanges {
            writer.startElement("phrase")
            writer.attribute("text", value: change.phrase)
            writer.attribute("old", value: String(change.oldCount))
            writer.attribute("new", value: String(change.newCount))
            writer.attribute("kind", value: change.kind.rawValue)
            if !change.oldOccurrences.isEmpty {
                writer.attribute("old-sentences", value: change.oldOccurrences.joined(separator: " "))
            }
            if !change.newOccurrences.isEmpty {
                writer.attribute("new-sentences", value: change.newOccurrences.joined(separator: " "))
            }
            writer.endElement()
        }
        writer.endElement()
    }
}

/// Why an archive could not be written or read.
public enum ArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The document is not well-formed or breaks the schema.
    case invalid([Problem])
    /// The document is well-formed and valid, but says something this reader cannot follow.
    case unreadable(String)

    /// One complaint of libxml2's, with its place in the document.
    public struct Problem: Sendable, Hashable {
        public var line: Int
        public var column: Int
        public var message: String

        init(_ error: XMLError) {
            line = error.line
            column = error.column
            message = error.message
        }
    }

    static func invalid(_ error: XMLError) -> ArchiveError { .invalid([Problem(error)]) }

    public var description: String {
        switch self {
        case .invalid(let errors):
            let first = errors.first.map { "line \($0.line):\($0.column): \($0.message)" } ?? "unknown error"
            return errors.count > 1 ? "\(first) (and \(errors.count - 1) more)" : first
        case .unreadable(let message):
            return message
        }
    }
}
