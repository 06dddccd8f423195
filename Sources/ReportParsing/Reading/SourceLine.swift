import ReportText

/// One line of decoded text with its 1-based line number, line terminator removed.
struct SourceLine: Sendable, Hashable {
    var number: Int
    var text: Substring
    /// The 1-based column where `text` starts: 1 for a whole line, further on for a segment of
    /// a line that holds many paragraphs.
    var startColumn = 1

    /// Splits at LF, CRLF and CR.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var start = text.startIndex
        var index = text.startIndex
        var number = 1
        while index < text.endIndex {
            let character = text[index]
            if character == "\n" || character == "\r\n" || character == "\r" {
                result.append(SourceLine(number: number, text: text[start..<index]))
                number += 1
                index = text.index(after: index)
                start = index
            } else {
                index = text.index(after: index)
            }
        }
        if start < text.endIndex { result.append(SourceLine(number: number, text: text[start...])) }
        return result
    }

    /// The line without leading and trailing white space (ideographic space included).
    var trimmed: Substring {
        let isBlank: (Character) -> Bool = { $0.isWhitespace }
        guard let first = text.firstIndex(where: { !isBlank($0) }),
            let last = text.lastIndex(where: { !isBlank($0) })
        else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// The 1-based column of the first non-blank character.
    var contentColumn: Int {
        startColumn + text.prefix(while: \.isWhitespace).count
    }

    /// The column just after the line's last character.
    var endColumn: Int { startColumn + text.count }

    /// Paragraph indents: a run of two or more ideographic spaces.
    private static let indent: Character = "\u{3000}"

    /// Splits a line that holds a whole report — paragraphs marked only by `\u{3000}\u{3000}`
    /// indents, as newspaper archives publish it — into one segment per paragraph; other lines
    /// stay whole. Segments keep their line number and know their columns.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func segmented(_ lines: [SourceLine]) -> [SourceLine] {
        lines.flatMap { line -> [SourceLine] in
            guard line.text.count > 400 else { return [line] }
            var cuts: [Substring.Index] = []
            var index = line.text.startIndex
            var previous: Character?
            while index < line.text.endIndex {
                let character = line.text[index]
                let next = line.text.index(after: index)
                if character == indent, previous != indent, next < line.text.endIndex, line.text[next] == indent {
                    cuts.append(index)
                }
                previous = character
                index = next
            }
            guard cuts.count >= 3 else { return [line] }
            var result: [SourceLine] = []
            var start = line.text.startIndex
            var column = line.startColumn
            for cut in cuts + [line.text.endIndex] where cut > start {
                let piece = line.text[start..<cut]
                result.append(SourceLine(number: line.number, text: piece, startColumn: column))
                column += piece.count
                start = cut
            }
            return result
        }
    }

    var isBlank: Bool { trimmed.isEmpty }
}

/// Both tests compare the character's one scalar: no other scalar is canonically equivalent to
/// these marks, and a mark with a combining accent (two scalars) was never equal to one.
extension Character {
    /// Ends a sentence: `。！？；`, and `!` and `?` (a `.` needs context to tell it from a
    /// decimal point or an abbreviation).
    var isSentenceEnd: Bool {
        switch singleScalar {
        case "。", "！", "？", "；", "!", "?": true
        default: false
        }
    }

    /// Closes a quotation or a bracket: it stays with the sentence end before it.
    var isClosing: Bool {
        switch singleScalar {
        case "”", "’", "」", "』", "）", ")", "\"": true
        default: false
        }
    }
}
