import ReportComparison
import ReportText

/// How the page shows one edited sentence, at the reader's choice of detail: the whole sentence,
/// the phrases (clauses between punctuation) that changed, or the characters that changed.
///
/// The character view keeps every run of `sharedRunThreshold` or more characters that both
/// versions share as unchanged text, even where the differ struck it on one side and inserted
/// it on the other, so kept wording never reads as rewritten and a numbers-only edit shows
/// only its numbers.
enum ReviewDiff {
    enum Granularity: String, CaseIterable {
        case sentence, phrase, character
    }

    /// Unchanged text, or a change: what the old version had there and what the new one has;
    /// or wording that moved within the sentence, where it left and where it arrived.
    enum Segment: Equatable {
        case same(String)
        case changed(old: String, new: String)
        case movedOut(String)
        case movedIn(String)
    }

    /// The shortest shared run kept as unchanged text. Measured on the sample pairs (see the
    /// README's review-page section): at 4 characters and more a shared run is a word or a
    /// phrase; below that it is mostly a particle or a digit that splits a rewrite into noise.
    static let sharedRunThreshold = 4

    /// The most character pairs one search for a shared run compares (a sentence of 1,000
    /// characters against one of 1,000); longer stretches are shown as the differ left them, so
    /// a pathological input costs linear time, not quadratic.
    static let searchBudget = 1_000_000

    /// Changes in one sentence searched pairwise for reordered wording; a sentence with more
    /// is shown as the differ left it.
    static let moveSearchChanges = 24

    /// The segments of `runs` at `granularity`, comparing characters by `codes`.
    ///
    /// - Complexity: O(n·m) in the lengths of each changed stretch (a sentence at most).
    static func segments(_ runs: [TextDiff.Run], granularity: Granularity, codes: inout CharacterCodes) -> [Segment] {
        regrouped(moves(refined(merged(runs), codes: &codes), codes: &codes), as: granularity)
    }

    /// The segments at `character` granularity regrouped at `granularity`, so that a page
    /// segments each edit once for all its views.
    ///
    /// - Complexity: O(n) in the length of the sentence.
    static func regrouped(_ character: [Segment], as granularity: Granularity) -> [Segment] {
        switch granularity {
        case .character: return character
        case .phrase:
            // A phrase that changed shows whole, moved wording in it too.
            var plain: [Segment] = []
            for segment in character {
                switch segment {
                case .movedOut(let text): append(.changed(old: text, new: ""), to: &plain)
                case .movedIn(let text): append(.changed(old: "", new: text), to: &plain)
                default: append(segment, to: &plain)
                }
            }
            return phrases(plain)
        case .sentence:
            guard character.contains(where: { if case .same = $0 { false } else { true } }) else { return character }
            var old = "", new = ""
            for segment in character {
                switch segment {
                case .same(let text):
                    old += text
                    new += text
                case .changed(let deleted, let inserted):
                    old += deleted
                    new += inserted
                case .movedOut(let text): old += text
                case .movedIn(let text): new += text
                }
            }
            return [.changed(old: old, new: new)]
        }
    }

    /// Runs as segments, each stretch of deletions and insertions between equal runs one change.
    static func merged(_ runs: [TextDiff.Run]) -> [Segment] {
        var result: [Segment] = []
        for run in runs {
            switch run {
            case .equal(let text):
                guard !text.isEmpty else { continue }
                if case .same(let previous) = result.last {
                    result[result.count - 1] = .same(previous + text)
                } else {
                    result.append(.same(text))
                }
            case .delete(let text), .insert(let text):
                guard !text.isEmpty else { continue }
                var old = "", new = ""
                if case .changed(let previousOld, let previousNew) = result.last {
                    old = previousOld
                    new = previousNew
                    result.removeLast()
                }
                if case .delete = run { old += text } else { new += text }
                result.append(.changed(old: old, new: new))
            }
        }
        return result
    }

    /// Splits every change around the longest run both sides share, while that run is long
    /// enough, so the shared run shows as unchanged text.
    static func refined(_ segments: [Segment], codes: inout CharacterCodes) -> [Segment] {
        var result: [Segment] = []
        for segment in segments {
            guard case .changed(let old, let new) = segment else {
                append(segment, to: &result)
                continue
            }
            for piece in split(CodedText(old, codes: &codes), CodedText(new, codes: &codes)) { append(piece, to: &result) }
        }
        return result
    }

    private static func split(_ old: CodedText, _ new: CodedText) -> [Segment] {
        guard !old.isEmpty, !new.isEmpty, let shared = longestSharedRun(old, new) else {
            return old.isEmpty && new.isEmpty ? [] : [.changed(old: old.text(), new: new.text())]
        }
        let (oldStart, newStart, length) = shared
        return split(old[..<oldStart], new[..<newStart])
            + [.same(old.text(oldStart..<oldStart + length))]
            + split(old[(oldStart + length)...], new[(newStart + length)...])
    }

    /// The longest run of characters both share, trimmed so it neither starts nor ends inside
    /// a word or a number, when it is at least `sharedRunThreshold` long.
    ///
    /// - Complexity: O(n·m) time, O(m) space, for stretches of up to `denseSearchLimit` pairs;
    ///   beyond, O(m log m + n + r) for r pairs of equal characters.
    static func longestSharedRun(_ old: CodedText, _ new: CodedText) -> (Int, Int, Int)? {
        guard old.count >= sharedRunThreshold, new.count >= sharedRunThreshold, old.count * new.count <= searchBudget else { return nil }
        let best = old.count * new.count <= denseSearchLimit
            ? longestRunByAllPairs(old.codes, new.codes) : longestRunByEqualPairs(old.codes, new.codes)
        var (oldStart, newStart, length) = best
        // A shared run may not cut a word or number: `1244` against `1256` shares no `12`.
        func cuts(_ text: CodedText, _ index: Int) -> Bool {
            index > 0 && index < text.count && isWordCharacter(text.character(index - 1)) && isWordCharacter(text.character(index))
        }
        while length > 0, cuts(old, oldStart) || cuts(new, newStart) {
            oldStart += 1
            newStart += 1
            length -= 1
        }
        while length > 0, cuts(old, oldStart + length) || cuts(new, newStart + length) { length -= 1 }
        let meaningful = (oldStart..<oldStart + length).contains { !old.character($0).isWhitespace && !old.character($0).isPunctuation }
        return length >= sharedRunThreshold && meaningful ? (oldStart, newStart, length) : nil
    }

    /// The most character pairs searched by comparing every pair; a longer search visits only
    /// the pairs of equal characters, which in a long English sentence are some fifteenth of all,
    /// and in Han text far fewer: pairwise, the page of the 16-fold distinct text spent 3 of its
    /// 9 billion instructions here.
    static let denseSearchLimit = 10_000

    /// The longest run both code sequences share, as (start in `old`, start in `new`, length):
    /// of the longest, the one that ends first in `old`, then first in `new`; (0, 0, 0) if none.
    ///
    /// - Complexity: O(n·m) time, O(m) space.
    static func longestRunByAllPairs(_ oldCodes: [Int32], _ newCodes: [Int32]) -> (Int, Int, Int) {
        let width = newCodes.count + 1
        var best = (0, 0, 0)
        // The previous and the current row of run lengths, in one buffer read through a pointer:
        // the inner step runs n·m times, and through arrays it checked each write for a copy.
        var lengths = [Int](repeating: 0, count: 2 * width)
        lengths.withUnsafeMutableBufferPointer { lengths in
            newCodes.withUnsafeBufferPointer { newCodes in
                var previous = 0, current = width
                for i in oldCodes.indices {
                    let code = oldCodes[i]
                    for j in 1..<width {
                        if code == newCodes[j - 1] {
                            let length = lengths[previous + j - 1] + 1
                            lengths[current + j] = length
                            if length > best.2 { best = (i + 1 - length, j - length, length) }
                        } else {
                            lengths[current + j] = 0
                        }
                    }
                    swap(&previous, &current)
                }
            }
        }
        return best
    }

    /// The same run as `longestRunByAllPairs`, visiting only the pairs of equal codes: each old
    /// code's positions in `new`, last first, so the run ending one position before is still
    /// the previous old position's.
    ///
    /// - Complexity: O(m log m + n + r) time for r pairs of equal codes, O(m) space.
    static func longestRunByEqualPairs(_ oldCodes: [Int32], _ newCodes: [Int32]) -> (Int, Int, Int) {
        // The new positions ordered by code, then position; each code's range of them.
        let order = newCodes.indices.sorted { newCodes[$0] != newCodes[$1] ? newCodes[$0] < newCodes[$1] : $0 < $1 }
        var positions: [Int32: Range<Int>] = [:]
        var groupStart = 0
        for index in order.indices.dropFirst() where newCodes[order[index]] != newCodes[order[groupStart]] {
            positions[newCodes[order[groupStart]]] = groupStart..<index
            groupStart = index
        }
        if !order.isEmpty { positions[newCodes[order[groupStart]]] = groupStart..<order.count }
        // The length of the run that ends at new position j (1-based), and the old position it
        // ends at: a run ending elsewhere is no run here (-2: none yet, as -1 is the position
        // before the first).
        var lengths = [Int](repeating: 0, count: newCodes.count + 1)
        var endsAt = [Int](repeating: -2, count: newCodes.count + 1)
        var best = (0, 0, 0)
        for (i, code) in oldCodes.enumerated() {
            guard let group = positions[code] else { continue }
            var rowLength = 0, rowEnd = 0
            for index in group.reversed() {
                let j = order[index] + 1
                let length = (endsAt[j - 1] == i - 1 ? lengths[j - 1] : 0) + 1
                lengths[j] = length
                endsAt[j] = i
                if length >= rowLength { (rowLength, rowEnd) = (length, j) }
            }
            if rowLength > best.2 { best = (i + 1 - rowLength, rowEnd - rowLength, rowLength) }
        }
        return best
    }

    /// Letters of alphabetic scripts, digits and a decimal point: characters that join into a
    /// word or number. A Han character is a word of its own.
    static func isWordCharacter(_ character: Character) -> Bool {
        if character.isNumber || character == "." || character == "%" { return true }
        guard character.isLetter, let scalar = character.unicodeScalars.first else { return false }
        return !scalar.isHan
    }

    /// Marks wording deleted in one change and inserted in another — reordered within the
    /// sentence — as moved, longest first, while it is at least `sharedRunThreshold` long.
    ///
    /// - Complexity: O(k²·n·m) for k changes of lengths n and m; a sentence has few.
    static func moves(_ segments: [Segment], codes: inout CharacterCodes) -> [Segment] {
        var segments = segments
        guard segments.count(where: { if case .changed = $0 { true } else { false } }) <= moveSearchChanges else { return segments }
        while true {
            // Each change's two sides as characters and codes once, not once per pair.
            let sides = segments.map { segment -> (old: CodedText, new: CodedText)? in
                guard case .changed(let old, let new) = segment else { return nil }
                return (CodedText(old, codes: &codes), CodedText(new, codes: &codes))
            }
            var best: (from: Int, to: Int, oldStart: Int, newStart: Int, length: Int)?
            for (from, source) in sides.enumerated() {
                guard let old = source?.old, !old.isEmpty else { continue }
                for (to, target) in sides.enumerated() where to != from {
                    guard let new = target?.new, !new.isEmpty,
                        let run = longestSharedRun(old, new), run.2 > (best?.length ?? 0)
                    else { continue }
                    best = (from, to, run.0, run.1, run.2)
                }
            }
            guard let best, case .changed(_, let fromNew) = segments[best.from], case .changed(let toOld, _) = segments[best.to],
                let old = sides[best.from]?.old, let new = sides[best.to]?.new
            else { return segments }
            let oldEnd = best.oldStart + best.length, newEnd = best.newStart + best.length
            let source: [Segment] = [
                .changed(old: old.text(0..<best.oldStart), new: fromNew), .movedOut(old.text(best.oldStart..<oldEnd)),
                .changed(old: old.text(oldEnd..<old.count), new: ""),
            ]
            let target: [Segment] = [
                .changed(old: toOld, new: new.text(0..<best.newStart)), .movedIn(new.text(best.newStart..<newEnd)),
                .changed(old: "", new: new.text(newEnd..<new.count)),
            ]
            // Replace the later one first so the earlier index stays right.
            for (index, pieces) in [(best.from, source), (best.to, target)].sorted(by: { $0.0 > $1.0 }) {
                segments.replaceSubrange(index...index, with: pieces.filter { $0 != .changed(old: "", new: "") })
            }
        }
    }

    /// Widens every change to the clauses around it: up to the punctuation before and after.
    static func phrases(_ segments: [Segment]) -> [Segment] {
        var result: [Segment] = []
        for (index, segment) in segments.enumerated() {
            guard case .same(let text) = segment else {
                append(segment, to: &result)
                continue
            }
            let changeBefore = index > 0, changeAfter = index + 1 < segments.count
            guard let first = text.firstIndex(where: isClauseEnd), let last = text.lastIndex(where: isClauseEnd) else {
                append(changeBefore || changeAfter ? .changed(old: text, new: text) : segment, to: &result)
                continue
            }
            let head = changeBefore ? first : text.startIndex, tail = changeAfter ? text.index(after: last) : text.endIndex
            if head > text.startIndex {
                let lead = String(text[..<head])
                append(.changed(old: lead, new: lead), to: &result)
            }
            append(.same(String(text[head..<tail])), to: &result)
            if tail < text.endIndex {
                let rest = String(text[tail...])
                append(.changed(old: rest, new: rest), to: &result)
            }
        }
        return result
    }

    private static func isClauseEnd(_ character: Character) -> Bool {
        // A character that is one ASCII scalar or one unified Han ideograph has no other canonical
        // form, so it is a mark only when its scalar is the mark's: that test spares comparing it
        // with each mark (4 % of all exports' time).
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            if scalar.isASCII { return ",;:!?".unicodeScalars.contains(scalar) }
            if (0x4E00...0x9FFF).contains(scalar.value) { return false }
        }
        return "，。；：、！？,;:!?".contains(character)
    }

    /// Appends a segment, joining it to the last one when both are the same kind.
    private static func append(_ segment: Segment, to result: inout [Segment]) {
        switch (result.last, segment) {
        case (.same(let previous)?, .same(let text)):
            result[result.count - 1] = .same(previous + text)
        case (.changed(let previousOld, let previousNew)?, .changed(let old, let new)):
            result[result.count - 1] = .changed(old: previousOld + old, new: previousNew + new)
        default:
            if case .same(let text) = segment, text.isEmpty { return }
            result.append(segment)
        }
    }
}
