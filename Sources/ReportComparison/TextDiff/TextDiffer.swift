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
        let oldTokens = tokenizer.tokens(in: old)
        let newTokens = tokenizer.tokens(in: new)
        var ids: [String: Int] = [:]
        func intern(_ token: TextToken) -> Int {
            if let id = ids[token.text] { return id }
            let id = ids.count
            ids[token.text] = id
            return id
        }
        let oldIDs = oldTokens.map(intern)
        let newIDs = newTokens.map(intern)
        let edits = MyersDiff(old: oldIDs, new: newIDs, maxEditDistance: max(0, maxEditDistance)).edits()
        let cleanup = DiffCleanup(oldTokens: oldTokens, newTokens: newTokens, oldIDs: oldIDs, newIDs: newIDs)
        var runs: [TextDiff.Run] = []
        for hunk in cleanup.cleaned(DiffHunk.hunks(from: edits)) {
            let oldText = oldTokens[hunk.old].map(\.text).joined()
            if hunk.isEqual {
                runs.append(.equal(oldText))
                continue
            }
            if !oldText.isEmpty { runs.append(.delete(oldText)) }
            let newText = newTokens[hunk.new].map(\.text).joined()
            if !newText.isEmpty { runs.append(.insert(newText)) }
        }
        return TextDiff(runs: runs)
    }
}
