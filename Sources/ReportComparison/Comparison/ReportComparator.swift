import ReportModel
import ReportParsing

/// Compares two reports: aligns their structure, diffs the text of aligned sentences, counts
/// key phrases, reads the facts of each and links the old report's targets to the new one's
/// outcomes.
public struct ReportComparator: Sendable {
    public var aligner: StructureAligner
    public var differ: TextDiffer
    public var phrases: PhraseCounter
    public var extractor: FactExtractor
    /// How many phrase changes to keep; `nil` keeps every notable one.
    public var phraseLimit: Int?

    public init(
        aligner: StructureAligner = StructureAligner(), differ: TextDiffer = TextDiffer(),
        phrases: PhraseCounter = PhraseCounter(), extractor: FactExtractor = FactExtractor(), phraseLimit: Int? = nil
    ) {
        self.aligner = aligner
        self.differ = differ
        self.phrases = phrases
        self.extractor = extractor
        self.phraseLimit = phraseLimit
    }

    /// - Complexity: the aligner's, plus a bounded diff per aligned sentence pair (O(n·D) with D
    ///   capped by `differ.maxEditDistance`), plus near-linear phrase counting and finding.
    public func compare(_ old: Report, with new: Report) -> Comparison {
        // Phrases and facts on a second core while this one aligns and diffs.
        let comparator = self
        let (readings, matched) = Parallel.both({ () -> Readings in
            Readings(
                phraseChanges: comparator.phraseChanges(old, new), oldFacts: comparator.extractor.facts(in: old),
                newFacts: comparator.extractor.facts(in: new))
        }, { () -> (Alignment, [SentenceEdit]) in
            let alignment = aligner.align(old, with: new)
            var edits: [SentenceEdit] = []
            // A sentence row names each side by its id and full text.
            for row in alignment.rows(at: .sentence) {
                guard let old = row.old, let new = row.new, old.title != new.title else { continue }
                edits.append(SentenceEdit(oldID: old.id, newID: new.id, diff: differ.diff(old: old.title, new: new.title)))
            }
            return (alignment, edits)
        })
        let (alignment, edits) = matched
        let phraseChanges = readings.phraseChanges, oldFacts = readings.oldFacts, newFacts = readings.newFacts
        return Comparison(
            old: old, new: new, alignment: alignment, sentenceEdits: edits, phraseChanges: phraseChanges,
            oldFacts: oldFacts, newFacts: newFacts,
            scorecard: Scorecard(reports: [old, new], facts: [oldFacts, newFacts], lexicon: extractor.lexicon))
    }

    /// What is read from each report's own text, apart from its alignment with the other.
    private struct Readings: Sendable {
        var phraseChanges: [PhraseChange]
        var oldFacts: [Fact]
        var newFacts: [Fact]
    }

    /// The notable phrase changes, each with where it stands on both sides.
    private func phraseChanges(_ old: Report, _ new: Report) -> [PhraseChange] {
        let counted = phrases.changes(from: Self.texts(of: old), to: Self.texts(of: new), limit: phraseLimit)
        let oldPlaces = PhraseOccurrences(old).ids(of: counted.map(\.phrase))
        let newPlaces = PhraseOccurrences(new).ids(of: counted.map(\.phrase))
        return counted.map { change in
            var linked = change
            linked.oldOccurrences = oldPlaces[change.phrase] ?? []
            linked.newOccurrences = newPlaces[change.phrase] ?? []
            return linked
        }
    }

    /// Headings and paragraphs: every piece of the report's own text.
    private static func texts(of report: Report) -> [String] {
        report.allSections.map(\.title) + report.allParagraphs.map(\.paragraph.text)
    }
}
