import ReportModel
import ReportText

/// A paragraph's text as re-flowed from one or more source lines, remembering where each run
/// of its characters came from so sentences can be given source ranges.
struct RawParagraph: Sendable, Hashable {
    /// Where a run of characters starts: its character offset in `text` and its source position.
    struct Anchor: Sendable, Hashable {
        var offset: Int
        var position: SourcePosition
    }

    private(set) var text = ""
    private(set) var count = 0
    private(set) var anchors: [Anchor] = []
    private(set) var end = SourcePosition(line: 1, column: 1)

    var start: SourcePosition { anchors.first?.position ?? end }
    var range: SourceRange { SourceRange(start: start, end: end) }

    /// Appends a run of source text that starts at `position`.
    mutating func append(_ run: Substring, at position: SourcePosition) {
        guard !run.isEmpty else { return }
        let length = run.characterCount
        anchors.append(Anchor(offset: count, position: position))
        text += run
        count += length
        end = SourcePosition(line: position.line, column: position.column + length)
    }

    /// Appends text that is not in the source (the space that joins two wrapped English lines).
    mutating func appendJoiner(_ joiner: String) {
        text += joiner
        count += joiner.characterCount
    }

    /// The paragraph cut before each of `offsets` (ascending character offsets inside it), each
    /// piece keeping the source positions of its characters.
    func cut(at offsets: [Int]) -> [RawParagraph] {
        let characters = Array(text)
        let bounds = [0] + offsets + [count]
        return zip(bounds, bounds.dropFirst()).map { start, end in
            var piece = RawParagraph()
            for (index, anchor) in anchors.enumerated() {
                let runStart = max(start, anchor.offset)
                let runEnd = min(end, index + 1 < anchors.count ? anchors[index + 1].offset : count)
                guard runStart < runEnd else { continue }
                piece.append(Substring(String(characters[runStart..<runEnd])), at: position(at: runStart))
            }
            return piece
        }
    }

    /// The source position of the character at `offset`.
    ///
    /// - Complexity: O(log a) in the number of anchors.
    func position(at offset: Int) -> SourcePosition {
        var low = 0, high = anchors.count - 1
        guard high >= 0 else { return end }
        while low < high {
            let middle = (low + high + 1) / 2
            if anchors[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        let anchor = anchors[low]
        return SourcePosition(line: anchor.position.line, column: anchor.position.column + max(0, offset - anchor.offset))
    }
}
