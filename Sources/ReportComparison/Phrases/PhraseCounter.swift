/// Finds the key phrases (提法) whose use changed between two reports: the new vocabulary of
/// the year (`新质生产力`, `十五五`, `提振消费`), and what fell out of use.
///
/// A phrase is a run of 3…8 Han characters, or of 2…4 English words (lowercased), inside one
/// stretch of text between punctuation and numbers; no dictionary is needed. A phrase counts
/// when it recurs (appears at least `minimumOccurrences` times in one of the reports), does not
/// begin or end with a function word (的, 和, 是; the, of, and), and is not a fragment: a phrase
/// mostly found inside one longer phrase (`质生产力` inside `新质生产力`) or cutting through
/// words (`业增加值` out of `服务业增加值`) gives way to the longer one, and a phrase
/// whose change a longer notable phrase mostly accounts for (`城镇化` beside `新型城镇化`) is
/// left out.
public struct PhraseCounter: Sendable, Hashable {
    /// Lengths of Han phrases in characters, within 1…8.
    public var hanLengths: ClosedRange<Int>
    /// Lengths of English phrases in words, within 1…8.
    public var wordLengths: ClosedRange<Int>
    /// How often a phrase must appear in at least one report to count as a phrase.
    public var minimumOccurrences: Int

    public init(hanLengths: ClosedRange<Int> = 3...8, wordLengths: ClosedRange<Int> = 2...4, minimumOccurrences: Int = 2) {
        self.hanLengths = hanLengths
        self.wordLengths = wordLengths
        self.minimumOccurrences = minimumOccurrences
    }

    /// The phrases whose counts changed notably between the two reports' full texts.
    public func changes(from old: String, to new: String, limit: Int? = nil) -> [PhraseChange] {
        changes(from: [old], to: [new], limit: limit)
    }

    /// The phrases whose counts changed notably between two reports given as pieces
    /// (paragraphs or sentences); phrases never span two pieces.
    ///
    /// Notable means: present in one report only, at least doubled or halved, or changed by at
    /// least two and by at least half the smaller count. Sorted by the size of the change,
    /// largest first, then by phrase; at most `limit` of them.
    ///
    /// - Complexity: O(n · L) time and space for n characters and words in all and L the
    ///   longest phrase length (at most 8), plus O(c log c) to sort the c notable changes.
    public func changes(from old: [String], to new: [String], limit: Int? = nil) -> [PhraseChange] {
        var table = PhraseTable(hanLengths: Self.clamped(hanLengths), wordLengths: Self.clamped(wordLengths))
        for text in old { table.count(text, isOld: true) }
        for text in new { table.count(text, isOld: false) }
        let changes = table.notableChanges(minimumOccurrences: max(1, minimumOccurrences), isNotable: Self.isNotable)
            .sorted { lhs, rhs in
                if abs(lhs.change) != abs(rhs.change) { return abs(lhs.change) > abs(rhs.change) }
                return lhs.phrase < rhs.phrase
            }
        guard let limit else { return changes }
        return Array(changes.prefix(max(0, limit)))
    }

    private static func isNotable(oldCount: Int, newCount: Int) -> Bool {
        let smaller = min(oldCount, newCount), larger = max(oldCount, newCount)
        guard larger > smaller else { return false }
        if larger >= 2 * smaller { return true }
        let change = larger - smaller
        return change >= 2 && 2 * change >= smaller
    }

    private static func clamped(_ lengths: ClosedRange<Int>) -> ClosedRange<Int> {
        let upper = min(max(lengths.upperBound, 1), PhraseTable.longestPhrase)
        return min(max(lengths.lowerBound, 1), upper)...upper
    }
}
