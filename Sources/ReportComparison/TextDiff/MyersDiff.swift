/// One step of an edit script over token ids: keep, delete or insert `count` tokens.
struct Edit: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case equal, delete, insert
    }

    var kind: Kind
    var count: Int
}

/// Myers' O(ND) difference algorithm over integer token ids, in linear space.
///
/// Common prefix and suffix are stripped first; then the middle snake of the remaining range is
/// found by searching forward and backward at once, and both halves are solved recursively.
/// The search at the top level stops once the edit distance is known to exceed
/// `maxEditDistance`; the remaining middle is then reported as one deletion and one insertion,
/// which is still a correct (if coarse) edit script.
///
/// - Complexity: O((N + M) · min(D, B, W / (N + M))) time and O(N + M) space, where N and M are
///   the token counts, D the edit distance, B the bound and W `workBudget`.
struct MyersDiff {
    let old: [Int]
    let new: [Int]
    let maxEditDistance: Int

    /// Token steps the bounded search may take before it gives up (a sentence of a few hundred
    /// tokens, or a 20,000-character passage with a few hundred edits, never comes near it).
    static let workBudget = 50_000_000

    /// The shortest edit script turning `old` into `new`, or a coarse one past the bound.
    func edits() -> [Edit] {
        var script: [Edit] = []
        solve(oldRange: 0..<old.count, newRange: 0..<new.count, bounded: true, into: &script)
        return script
    }

    private func solve(oldRange: Range<Int>, newRange: Range<Int>, bounded: Bool, into script: inout [Edit]) {
        var oldLower = oldRange.lowerBound, oldUpper = oldRange.upperBound
        var newLower = newRange.lowerBound, newUpper = newRange.upperBound
        var prefix = 0
        while oldLower < oldUpper, newLower < newUpper, old[oldLower] == new[newLower] {
            oldLower += 1
            newLower += 1
            prefix += 1
        }
        var suffix = 0
        while oldLower < oldUpper, newLower < newUpper, old[oldUpper - 1] == new[newUpper - 1] {
            oldUpper -= 1
            newUpper -= 1
            suffix += 1
        }
        Self.append(.equal, prefix, to: &script)
        if oldLower == oldUpper || newLower == newUpper {
            Self.append(.delete, oldUpper - oldLower, to: &script)
            Self.append(.insert, newUpper - newLower, to: &script)
        } else if let (x, y) = middle(oldRange: oldLower..<oldUpper, newRange: newLower..<newUpper, bounded: bounded),
                  x + y > oldLower + newLower, x + y < oldUpper + newUpper {
            solve(oldRange: oldLower..<x, newRange: newLower..<y, bounded: false, into: &script)
            solve(oldRange: x..<oldUpper, newRange: y..<newUpper, bounded: false, into: &script)
        } else {
            Self.append(.delete, oldUpper - oldLower, to: &script)
            Self.append(.insert, newUpper - newLower, to: &script)
        }
        Self.append(.equal, suffix, to: &script)
    }

    /// A point on an optimal path where the forward and backward searches meet, splitting the
    /// problem in two; `nil` when the bound is exceeded. Both ranges must be non-empty and
    /// differ at both ends; the caller recurses only on a split strictly inside the ranges.
    ///
    /// - Complexity: O((N + M) · D) time, O(N + M) space.
    private func middle(oldRange: Range<Int>, newRange: Range<Int>, bounded: Bool) -> (Int, Int)? {
        let n = oldRange.count, m = newRange.count
        let oldBase = oldRange.lowerBound, newBase = newRange.lowerBound
        let oldEnd = oldRange.upperBound - 1, newEnd = newRange.upperBound - 1
        let maxD = (n + m + 1) / 2
        // Each round may follow snakes over the whole range: the rounds are capped by the work
        // budget too, so two long unrelated texts cost O(budget), not O((N + M) · B).
        let limit = bounded ? min(maxD, (maxEditDistance + 1) / 2 + 1, max(1, Self.workBudget / (n + m))) : maxD
        let offset = maxD
        let delta = n - m
        let deltaIsOdd = delta % 2 != 0
        var forward = [Int](repeating: -1, count: 2 * maxD + 2)
        var backward = forward
        forward[offset + 1] = 0
        backward[offset + 1] = 0
        // Through buffers, as this is the hot loop of the differ; the arithmetic is unchanged.
        return old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in
                forward.withUnsafeMutableBufferPointer { forward in
                    backward.withUnsafeMutableBufferPointer { backward in
                        // Diagonals whose paths left the grid are trimmed from the next round.
                        var forwardStart = 0, forwardEnd = 0, backwardStart = 0, backwardEnd = 0
                        for d in 0..<limit {
                            var k = -d + forwardStart
                            let forwardLast = d - forwardEnd
                            while k <= forwardLast {
                                let index = offset + k
                                var x = (k == -d || (k != d && forward[index - 1] < forward[index + 1]))
                                    ? forward[index + 1] : forward[index - 1] + 1
                                var y = x - k
                                while x < n, y < m, old[oldBase + x] == new[newBase + y] {
                                    x += 1
                                    y += 1
                                }
                                forward[index] = x
                                if x > n {
                                    forwardEnd += 2
                                } else if y > m {
                                    forwardStart += 2
                                } else if deltaIsOdd {
                                    let other = offset + delta - k
                                    if other >= 0, other < backward.count, backward[other] != -1, x >= n - backward[other] {
                                        return (oldBase + x, newBase + y)
                                    }
                                }
                                k += 2
                            }
                            k = -d + backwardStart
                            let backwardLast = d - backwardEnd
                            while k <= backwardLast {
                                let index = offset + k
                                var x = (k == -d || (k != d && backward[index - 1] < backward[index + 1]))
                                    ? backward[index + 1] : backward[index - 1] + 1
                                var y = x - k
                                while x < n, y < m, old[oldEnd - x] == new[newEnd - y] {
                                    x += 1
                                    y += 1
                                }
                                backward[index] = x
                                if x > n {
                                    backwardEnd += 2
                                } else if y > m {
                                    backwardStart += 2
                                } else if !deltaIsOdd {
                                    let other = offset + delta - k
                                    if other >= 0, other < forward.count, forward[other] != -1 {
                                        let forwardX = forward[other]
                                        let forwardY = forwardX - (other - offset)
                                        if forwardX >= n - x {
                                            return (oldBase + forwardX, newBase + forwardY)
                                        }
                                    }
                                }
                                k += 2
                            }
                        }
                        return nil
                    }
                }
            }
        }
    }

    private static func append(_ kind: Edit.Kind, _ count: Int, to script: inout [Edit]) {
        guard count > 0 else { return }
        if let last = script.last, last.kind == kind {
            script[script.count - 1].count += count
        } else {
            script.append(Edit(kind: kind, count: count))
        }
    }
}
