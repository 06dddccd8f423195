/// Diffs two texts over tokens (Han characters, words, whole numbers), then cleans the result
/// up for reading.
///
/// Meant for aligned pieces (sentences, paragraphs), not whole documents: align first, then
/// diff inside aligned pairs.
public struct TextDiffer: Sendable, Hashable {
    /// Past this many inserted plus deleted tokens the differ stops searching and reports the
    /// differing middle as one deletion and one insertion.
    public var maxEditDistance: Int

    public init(maxEditDistance: Int = 2_000) {
        self.maxEditDistance = maxEditDistance
    }

    /// The runs turning `old` into `new`.
    ///
    /// - Complexity: O(n) to tokenize and strip the common prefix and suffix, then
    ///   O((N + M) · min(D, B)) time and O(N + M) space for the middle (N, M its token counts,
    ///   D the edit distance, B = `maxEditDistance`), then O(n) for the clean-up.
    public func diff(old: String, new: String) -> TextDiff {
        let tokenizer = Tokenizer()
        let oldTokens = tokenizer.spans(in: old)
        let newTokens = tokenizer.spans(in: new)
        let (oldIDs, newIDs) = Self.ids(oldTokens, newTokens)
        let edits = MyersDiff(old: oldIDs, new: newIDs, maxEditDistance: max(0, maxEditDistance)).edits()
        let cleanup = DiffCleanup(oldTokens: oldTokens, newTokens: newTokens, oldIDs: oldIDs, newIDs: newIDs)
        var runs: [TextDiff.Run] = [], numbers: [[NumericChange.Number]] = []
        // A changed run's numbers, from its side's tokens where they are the run's own: where
        // every scalar stands alone, a run cut at token bounds tokenizes as those tokens.
        func changed(_ tokens: TokenSpans, _ range: Range<Int>, _ run: TextDiff.Run) {
            runs.append(run)
            numbers.append(TextDiff.numbers(in: tokens.standsAlone ? tokens : tokenizer.spans(in: run.text), tokens.standsAlone ? range : nil))
        }
        for hunk in cleanup.cleaned(DiffHunk.hunks(from: edits)) {
            let oldText = oldTokens.text(of: hunk.old)
            if hunk.isEqual {
                runs.append(.equal(oldText))
                numbers.append([])
                continue
            }
            if !oldText.isEmpty { changed(oldTokens, hunk.old, .delete(oldText)) }
            let newText = newTokens.text(of: hunk.new)
            if !newText.isEmpty { changed(newTokens, hunk.new, .insert(newText)) }
        }
        return TextDiff(runs: runs, numbers: numbers)
    }

    /// Token ids shared by both texts: equal ids for tokens equal as strings.
    ///
    /// Where every scalar stands alone, a one-scalar token is its scalar's equality key and a
    /// longer one an id above every scalar; otherwise tokens are compared as strings.
    /// - Complexity: O(n) in the scalars of both texts.
    private static func ids(_ old: TokenSpans, _ new: TokenSpans) -> (old: [Int], new: [Int]) {
        guard old.standsAlone, new.standsAlone else {
            var ids: [String: Int] = [:]
            func intern(_ spans: TokenSpans) -> [Int] {
                (0..<spans.count).map { token in
                    let text = spans.text(of: token..<(token + 1))
                    if let id = ids[text] { return id }
                    let id = ids.count
                    ids[text] = id
                    return id
                }
            }
            return (intern(old), intern(new))
        }
        var longer = ScalarSequenceTable()
        var key: [UInt32] = []
        func intern(_ spans: TokenSpans) -> [Int] {
            (0..<spans.count).map { token in
                let scalars = spans.scalars(of: token)
                if scalars.count == 1, let scalar = scalars.first { return Int(scalar.equalityKey) }
                key.removeAll(keepingCapacity: true)
                for scalar in scalars { key.append(scalar.equalityKey) }
                return Self.firstLongerTokenID + longer.id(for: key[...]).id
            }
        }
        return (intern(old), intern(new))
    }

    /// Above every Unicode scalar.
    private static let firstLongerTokenID = 0x11_0000
}
