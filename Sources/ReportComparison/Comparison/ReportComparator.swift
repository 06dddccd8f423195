import ReportModel

/// Compares two reports: aligns their structure, diffs the text of aligned sentences, counts
/// key phrases, and links the old report's targets to the new one's outcomes. The facts come
/// with the reports, read once by the caller.
public struct ReportComparator: Sendable {
    public var aligner: StructureAligner
    public var differ: TextDiffer
    public var phrases: PhraseCounter
    /// Names the indicators and gives their polarity to the scorecard.
    public var lexicon: IndicatorLexicon
    /// How many phrase changes to keep; `nil` keeps every notable one.
    public var phraseLimit: Int?

    public init(
        aligner: StructureAligner = StructureAligner(), differ: TextDiffer = TextDiffer(),
        phrases: PhraseCounter = PhraseCounter(), lexicon: IndicatorLexicon = .shipped, phraseLimit: Int? = nil
    ) {
        self.aligner = aligner
        self.differ = differ
        self.phrases = phrases
        self.lexicon = lexicon
        self.phraseLimit = phraseLimit
    }

    /// - Complexity: the aligner's, plus a bounded diff per aligned sentence pair (O(n·D) with D
    ///   capped by `differ.maxEditDistance`), plus near-linear phrase counting and finding.
    public func compare(_ oldRead: ReportWithFacts, with newRead: ReportWithFacts) async -> Comparison {
        let text = await compareText(oldRead.report, with: newRead.report)
        return comparison(of: text, old: oldRead, new: newRead, scorecard: scorecard(oldRead, newRead))
    }

    /// What the two reports' text alone gives: the alignment, the sentence edits and the phrase
    /// changes. None of it needs the facts, so a caller may read them meanwhile, on another core.
    ///
    /// - Complexity: as `compare(_:with:)`.
    public func compareText(_ old: Report, with new: Report) async -> TextComparison {
        // Phrases in a child task, on a second core, while this task aligns and diffs.
        async let phraseChanges = self.phraseChanges(old, new)
        let alignment = aligner.align(old, with: new)
        var edits: [SentenceEdit] = []
        // A sentence row names each side by its id and full text.
        for row in alignment.rows(at: .sentence) {
            guard let old = row.old, let new = row.new, old.title != new.title else { continue }
            edits.append(SentenceEdit(oldID: old.id, newID: new.id, diff: differ.diff(old: old.title, new: new.title)))
        }
        return TextComparison(alignment: alignment, sentenceEdits: edits, phraseChanges: await phraseChanges)
    }

    /// The old report's targets beside the new report's outcomes: the facts alone make it, so a
    /// caller may make it while `compareText` still runs.
    public func scorecard(_ oldRead: ReportWithFacts, _ newRead: ReportWithFacts) -> Scorecard {
        Scorecard(reports: [oldRead, newRead], lexicon: lexicon)
    }

    /// The comparison of the reports whose text `text` compared, with their facts and scorecard.
    public func comparison(
        of text: TextComparison, old oldRead: ReportWithFacts, new newRead: ReportWithFacts, scorecard: Scorecard
    ) -> Comparison {
        Comparison(
            old: oldRead.report, new: newRead.report, alignment: text.alignment, sentenceEdits: text.sentenceEdits,
            phraseChanges: text.phraseChanges, oldFacts: oldRead.facts, newFacts: newRead.facts, scorecard: scorecard)
    }

    /// The part of a comparison that the reports' text gives, without their facts.
    public struct TextComparison: Sendable {
        public var alignment: Alignment
        public var sentenceEdits: [SentenceEdit]
        public var phraseChanges: [PhraseChange]
    }

    /// The notable phrase changes, each with where it stands on both sides.
    private func phraseChanges(_ old: Report, _ new: Report) -> [PhraseChange] {
        let counted = phrases.changes(from: Self.texts(of: old), to: Self.texts(of: new), limit: phraseLimit)
        let phrases = counted.map(\.phrase)
        let oldPlaces = PhraseOccurrences(old).ids(of: phrases), newPlaces = PhraseOccurrences(new).ids(of: phrases)
        return counted.indices.map { index in
            var linked = counted[index]
            linked.oldOccurrences = oldPlaces[index]
            linked.newOccurrences = newPlaces[index]
            return linked
        }
    }

    /// Headings and paragraphs: every piece of the report's own text.
    private static func texts(of report: Report) -> [String] {
        report.allSections.map(\.title) + report.allParagraphs.map(\.paragraph.text)
    }
}
