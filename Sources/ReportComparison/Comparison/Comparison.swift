import ReportModel

/// Everything report-diff finds between two reports, and the reports themselves: the one model
/// that the archive XML, the reviewer page and the terminal summary are all rendered from.
public struct Comparison: Sendable, Hashable {
    public var old: Report
    public var new: Report
    public var alignment: Alignment
    /// The text edits of every aligned sentence pair whose text differs, in alignment order.
    public var sentenceEdits: [SentenceEdit]
    /// Key phrases (提法) whose use changed notably, biggest change first.
    public var phraseChanges: [PhraseChange]
    public var oldFacts: [Fact]
    public var newFacts: [Fact]
    /// The old report's targets beside the new report's outcomes and targets.
    public var scorecard: Scorecard

    public init(
        old: Report, new: Report, alignment: Alignment, sentenceEdits: [SentenceEdit],
        phraseChanges: [PhraseChange], oldFacts: [Fact], newFacts: [Fact], scorecard: Scorecard = Scorecard(rows: [])
    ) {
        self.old = old
        self.new = new
        self.alignment = alignment
        self.sentenceEdits = sentenceEdits
        self.phraseChanges = phraseChanges
        self.oldFacts = oldFacts
        self.newFacts = newFacts
        self.scorecard = scorecard
    }

    /// Every numeric change inside aligned sentences, in alignment order.
    public var numericChanges: [(edit: SentenceEdit, change: NumericChange)] {
        sentenceEdits.flatMap { edit in edit.diff.numericChanges.map { (edit, $0) } }
    }
}

/// How one aligned sentence was rewritten.
public struct SentenceEdit: Sendable, Hashable {
    public var oldID: String
    public var newID: String
    public var diff: TextDiff

    public init(oldID: String, newID: String, diff: TextDiff) {
        self.oldID = oldID
        self.newID = newID
        self.diff = diff
    }
}
