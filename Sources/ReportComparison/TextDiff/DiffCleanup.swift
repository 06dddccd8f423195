/// Makes a minimal token diff readable for Han text.
///
/// Myers finds a shortest edit script, which for a rewritten Chinese sentence keeps every
/// coincidental shared character (的, 和, a comma) and shreds the sentence into confetti. The
/// clean-up absorbs such short equal stretches into the surrounding change, then slides each
/// pure insertion or deletion to sit on punctuation or number boundaries.
struct DiffCleanup {
    let oldTokens: TokenSpans
    let newTokens: TokenSpans
    let oldIDs: [Int]
    let newIDs: [Int]
    /// Characters before each token, for measuring stretches.
    private let oldOffsets: [Int]
    private let newOffsets: [Int]

    init(oldTokens: TokenSpans, newTokens: TokenSpans, oldIDs: [Int], newIDs: [Int]) {
        self.oldTokens = oldTokens
        self.newTokens = newTokens
        self.oldIDs = oldIDs
        self.newIDs = newIDs
        oldOffsets = oldTokens.characterOffsets()
        newOffsets = newTokens.characterOffsets()
    }

    /// - Complexity: O(h + n) in hunks and tokens: each absorption removes hunks for good, and
    ///   each slide moves over tokens of its two neighbours only.
    func cleaned(_ hunks: [DiffHunk]) -> [DiffHunk] {
        normalized(shifted(absorbed(hunks)))
    }

    // MARK: Absorbing short equal stretches

    /// Merges change, equal, change into one change when the equal stretch is short, and
    /// re-checks the equal stretch before, since the merged change is now larger.
    private func absorbed(_ hunks: [DiffHunk]) -> [DiffHunk] {
        var output: [DiffHunk] = []
        for hunk in hunks {
            guard !hunk.isEqual, output.count >= 2, shouldAbsorb(output[output.count - 1], between: output[output.count - 2], and: hunk) else {
                output.append(hunk)
                continue
            }
            output.removeLast()
            var merged = output.removeLast().merged(with: hunk)
            while output.count >= 2, shouldAbsorb(output[output.count - 1], between: output[output.count - 2], and: merged) {
                output.removeLast()
                merged = output.removeLast().merged(with: merged)
            }
            output.append(merged)
        }
        return output
    }

    /// A short equal stretch between two changes is noise: at most two Han characters or
    /// punctuation marks, or no longer than the larger side of either neighbouring change.
    private func shouldAbsorb(_ equal: DiffHunk, between before: DiffHunk, and after: DiffHunk) -> Bool {
        guard equal.isEqual, !before.isEqual, !after.isEqual else { return false }
        let kinds = oldTokens.kinds[equal.old]
        let isShort = kinds.count <= 2 && kinds.allSatisfy { $0 != .word && $0 != .number }
        if isShort { return true }
        let length = characterCount(equal.old, oldOffsets)
        return length <= max(characterCount(before.old, oldOffsets), characterCount(before.new, newOffsets))
            && length <= max(characterCount(after.old, oldOffsets), characterCount(after.new, newOffsets))
    }

    private func characterCount(_ tokens: Range<Int>, _ offsets: [Int]) -> Int {
        offsets[tokens.upperBound] - offsets[tokens.lowerBound]
    }

    // MARK: Sliding pure insertions and deletions

    private func shifted(_ hunks: [DiffHunk]) -> [DiffHunk] {
        var hunks = hunks
        for index in hunks.indices.dropFirst().dropLast() {
            guard hunks[index - 1].isEqual, hunks[index + 1].isEqual, !hunks[index].isEqual else { continue }
            let change = hunks[index]
            let offset: Int
            if change.old.isEmpty {
                offset = bestOffset(of: change.new, after: hunks[index - 1].new, before: hunks[index + 1].new, ids: newIDs, tokens: newTokens)
            } else if change.new.isEmpty {
                offset = bestOffset(of: change.old, after: hunks[index - 1].old, before: hunks[index + 1].old, ids: oldIDs, tokens: oldTokens)
            } else {
                continue
            }
            guard offset != 0 else { continue }
            hunks[index - 1].old = hunks[index - 1].old.lowerBound..<(hunks[index - 1].old.upperBound + offset)
            hunks[index - 1].new = hunks[index - 1].new.lowerBound..<(hunks[index - 1].new.upperBound + offset)
            hunks[index].old = (change.old.lowerBound + offset)..<(change.old.upperBound + offset)
            hunks[index].new = (change.new.lowerBound + offset)..<(change.new.upperBound + offset)
            hunks[index + 1].old = (hunks[index + 1].old.lowerBound + offset)..<hunks[index + 1].old.upperBound
            hunks[index + 1].new = (hunks[index + 1].new.lowerBound + offset)..<hunks[index + 1].new.upperBound
        }
        return hunks
    }

    /// How far to slide `range` (negative: left) between its equal neighbours so that both of
    /// its edges fall on the best boundaries; the leftmost of equally good positions wins.
    ///
    /// - Complexity: O(p) in the number of positions the range can slide over.
    private func bestOffset(of range: Range<Int>, after previous: Range<Int>, before next: Range<Int>, ids: [Int], tokens: TokenSpans) -> Int {
        var start = range.lowerBound, end = range.upperBound
        while start > previous.lowerBound, ids[start - 1] == ids[end - 1] {
            start -= 1
            end -= 1
        }
        var best = (score: boundaryScore(at: start, in: tokens) + boundaryScore(at: end, in: tokens), start: start)
        while end < next.upperBound, ids[start] == ids[end] {
            start += 1
            end += 1
            let score = boundaryScore(at: start, in: tokens) + boundaryScore(at: end, in: tokens)
            if score > best.score { best = (score, start) }
        }
        return best.start - range.lowerBound
    }

    /// How good a place the gap before `index` is for an edit to begin or end: best after
    /// clause punctuation, then at whitespace, then beside a number or other mark.
    private func boundaryScore(at index: Int, in tokens: TokenSpans) -> Int {
        guard index > 0, index < tokens.count else { return 4 }
        let before = tokens.kinds[index - 1], after = tokens.kinds[index]
        if before == .punctuation, Self.isClausePunctuation(index - 1, in: tokens) { return 3 }
        if before == .whitespace || after == .whitespace { return 2 }
        if before == .number || after == .number || before == .punctuation || after == .punctuation { return 1 }
        return 0
    }

    /// Whether a punctuation token ends a clause; a scalar that stands alone is equal as a
    /// string to none of these but itself.
    private static func isClausePunctuation(_ token: Int, in tokens: TokenSpans) -> Bool {
        let scalars = tokens.scalars(of: token)
        guard tokens.standsAlone else { return clausePunctuation.contains(tokens.text(of: token..<(token + 1))) }
        return scalars.count == 1 && scalars.first.map { clauseScalars.contains($0) } == true
    }

    private static let clausePunctuation: Set<String> = ["，", "。", "；", "：", "、", "！", "？", ",", ".", ";", ":", "!", "?"]
    private static let clauseScalars = clausePunctuation.compactMap(\.unicodeScalars.first)

    // MARK: Normal form

    /// Drops empty hunks and merges neighbours of the same kind, so hunks alternate.
    private func normalized(_ hunks: [DiffHunk]) -> [DiffHunk] {
        var output: [DiffHunk] = []
        for hunk in hunks where !(hunk.old.isEmpty && hunk.new.isEmpty) {
            if let last = output.last, last.isEqual == hunk.isEqual {
                output[output.count - 1] = DiffHunk(
                    isEqual: hunk.isEqual,
                    old: last.old.lowerBound..<hunk.old.upperBound,
                    new: last.new.lowerBound..<hunk.new.upperBound
                )
            } else {
                output.append(hunk)
            }
        }
        return output
    }
}
