/// The difference between two texts as runs: kept, deleted from the old text, inserted in the
/// new one. Equal and deleted runs rebuild the old text; equal and inserted runs the new one.
public struct TextDiff: Sendable, Hashable {
    public enum Run: Sendable, Hashable {
        case equal(String)
        case insert(String)
        case delete(String)

        public var text: String {
            switch self {
            case .equal(let text), .insert(let text), .delete(let text):
                return text
            }
        }
    }

    public let runs: [Run]
    /// The numbers changed inside the runs, worked out once: every export reads them.
    public let numericChanges: [NumericChange]

    public init(runs: [Run]) {
        let tokenizer = Tokenizer()
        self.init(runs: runs, numbers: runs.map { run in
            if case .equal = run { return [] }
            return Self.numbers(in: tokenizer.spans(in: run.text))
        })
    }

    /// - Parameter numbers: by run, the number tokens of a changed run (`numbers(in:_:)`); the
    ///   differ reads them from the tokens it already has.
    init(runs: [Run], numbers: [[NumericChange.Number]]) {
        self.runs = runs
        numericChanges = Self.numericChanges(in: runs, numbers: numbers)
    }

    /// The old text: equal and deleted runs in order.
    public var oldText: String {
        runs.reduce(into: "") { text, run in
            switch run {
            case .equal(let part), .delete(let part): text += part
            case .insert: break
            }
        }
    }

    /// The new text: equal and inserted runs in order.
    public var newText: String {
        runs.reduce(into: "") { text, run in
            switch run {
            case .equal(let part), .insert(let part): text += part
            case .delete: break
            }
        }
    }

    /// Whether nothing was inserted or deleted.
    public var isIdentical: Bool {
        runs.allSatisfy { if case .equal = $0 { true } else { false } }
    }

    /// How much the two texts share, from 0 (nothing) to 1 (identical): twice the kept
    /// characters over the characters of both texts. Two empty texts are identical.
    ///
    /// - Complexity: O(n) in the characters of both texts.
    public var similarity: Double {
        var equal = 0, old = 0, new = 0
        for run in runs {
            let count = run.text.count
            switch run {
            case .equal:
                equal += count
                old += count
                new += count
            case .delete:
                old += count
            case .insert:
                new += count
            }
        }
        guard old + new > 0 else { return 1 }
        return Double(2 * equal) / Double(old + new)
    }

    /// Numbers replaced by other numbers: each deleted number token paired with the inserted
    /// number token that took its place within the same change, such as `3%左右 → 2%左右`.
    ///
    /// Within one change, numbers written the same on both sides (moved, not changed) are set
    /// aside first; the rest pair in order when both sides hold as many and each pair measures
    /// the same thing (`NumberMeasure`, and the indicator named before it when both name one),
    /// otherwise each deleted number pairs with the next inserted one that measures the same.
    /// Numbers without a partner are left out: a deletion and an insertion, not a change.
    ///
    /// - Complexity: O(n) in the characters of the changed runs, plus O(d · i) for the numbers
    ///   deleted and inserted within one change.
    private static func numericChanges(in runs: [Run], numbers: [[NumericChange.Number]]) -> [NumericChange] {
        var changes: [NumericChange] = []
        var deleted: [NumericChange.Number] = [], inserted: [NumericChange.Number] = []
        func flush() {
            changes += NumericChange.pairs(deleted: deleted, inserted: inserted)
            deleted = []
            inserted = []
        }
        for (run, numbers) in zip(runs, numbers) {
            switch run {
            case .equal:
                flush()
            case .delete:
                deleted += numbers
            case .insert:
                inserted += numbers
            }
        }
        flush()
        return changes
    }

    /// The number tokens among `range` of a changed run's tokens (all of them by default),
    /// each with the Han characters right before it inside the range.
    ///
    /// - Complexity: O(n) in the characters of the run.
    static func numbers(in tokens: TokenSpans, _ range: Range<Int>? = nil) -> [NumericChange.Number] {
        let range = range ?? 0..<tokens.count
        var numbers: [NumericChange.Number] = []
        // Han tokens are one character each, so the lead is the Han tokens just before.
        var hanStart = range.lowerBound
        for token in range {
            switch tokens.kinds[token] {
            case .number:
                let lead = tokens.text(of: max(hanStart, token - leadLength)..<token)
                numbers.append(NumericChange.Number(text: tokens.text(of: token..<(token + 1)), lead: lead))
                hanStart = token + 1
            case .han:
                break
            case .word, .whitespace, .punctuation:
                hanStart = token + 1
            }
        }
        return numbers
    }

    /// How many Han characters before a number name its indicator (`增长`, `国内生产总值`).
    private static let leadLength = 4
}
