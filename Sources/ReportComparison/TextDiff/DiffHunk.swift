/// A stretch of an edit script in token positions: equal tokens, or a change replacing the
/// `old` tokens by the `new` ones (either side may be empty).
///
/// A change covers contiguous ranges on both sides, so absorbing an equal stretch into its
/// neighbours only widens ranges.
struct DiffHunk: Sendable, Hashable {
    var isEqual: Bool
    var old: Range<Int>
    var new: Range<Int>

    /// Hunks from an edit script: equal edits stay apart, runs of deletions and insertions merge.
    ///
    /// - Complexity: O(e) in the number of edits.
    static func hunks(from edits: [Edit]) -> [DiffHunk] {
        var hunks: [DiffHunk] = []
        var oldIndex = 0, newIndex = 0
        for edit in edits {
            let oldCount = edit.kind == .insert ? 0 : edit.count
            let newCount = edit.kind == .delete ? 0 : edit.count
            let hunk = DiffHunk(
                isEqual: edit.kind == .equal,
                old: oldIndex..<(oldIndex + oldCount),
                new: newIndex..<(newIndex + newCount)
            )
            oldIndex += oldCount
            newIndex += newCount
            if let last = hunks.last, !last.isEqual, !hunk.isEqual {
                hunks[hunks.count - 1] = last.merged(with: hunk)
            } else {
                hunks.append(hunk)
            }
        }
        return hunks
    }

    /// One change spanning this hunk and a later adjacent one.
    func merged(with later: DiffHunk) -> DiffHunk {
        DiffHunk(isEqual: false, old: old.lowerBound..<later.old.upperBound, new: new.lowerBound..<later.new.upperBound)
    }
}
