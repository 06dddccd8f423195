import ReportText

/// One line of decoded text with its 1-based line number, line terminator removed.
struct SourceLine: Sendable, Hashable {
    var number: Int
    var text: Substring
    /// The 1-based column where `text` starts: 1 for a whole line, further on for a segment of
    /// a line that holds many paragraphs.
    var startColumn = 1

    /// Splits at LF, CRLF and CR, found as UTF-8 bytes: each is a Character of its own (CRLF
    /// one), so every cut falls between Characters.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        var number = 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else {
                bytes.formIndex(after: &index)
                continue
            }
            result.append(SourceLine(number: number, text: text[start..<index]))
            number += 1
            bytes.formIndex(after: &index)
            if byte == UInt8(ascii: "\r"), index < bytes.endIndex, bytes[index] == UInt8(ascii: "\n") {
                bytes.formIndex(after: &index)
            }
            start = index
        }
        if start < text.endIndex { result.append(SourceLine(number: number, text: text[start...])) }
        return result
    }

    /// The line without leading and trailing white space (ideographic space included).
    ///
    /// Searched as scalars: where the first and last kept scalars stand alone (see
    /// `Unicode.Scalar.standsAlone`) they are whole Characters and the cut is the one Characters
    /// give; otherwise Characters are read.
    var trimmed: Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }), let last = scalars.lastIndex(where: { !$0.isWhitespace })
        else { return text[text.endIndex...] }
        if scalars[first].standsAlone, scalars[last].standsAlone { return text[first..<scalars.index(after: last)] }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// The 1-based column of the first non-blank character.
    var contentColumn: Int { startColumn + text[..<trimmed.startIndex].characterCount }

    /// The column just after the line's last character.
    var endColumn: Int { startColumn + text.characterCount }

    /// Paragraph indents: a run of two or more ideographic spaces.
    private static let indent: Unicode.Scalar = "\u{3000}"

    /// Splits a line that holds a whole report — paragraphs marked only by `\u{3000}\u{3000}`
    /// indents, as newspaper archives publish it — into one segment per paragraph; other lines
    /// stay whole. Segments keep their line number and know their columns.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func segmented(_ lines: [SourceLine]) -> [SourceLine] {
        lines.flatMap { line -> [SourceLine] in
            // A line's bytes are at least its characters: most lines need no count.
            guard line.text.utf8.count > 400, !line.text.hasCharacters(atMost: 400),
                line.text.containsLiterally("\u{3000}\u{3000}")
            else { return [line] }
            let characters = CharacterScalars(line.text)
            let scalars = characters.scalars
            func isIndent(_ offset: Int) -> Bool { scalars[offset] == indent && characters.isSingleScalar(at: offset) }
            var cuts: [Int] = []
            for offset in scalars.indices
            where isIndent(offset) && (offset == 0 || !isIndent(offset - 1)) && offset + 1 < scalars.count && isIndent(offset + 1) {
                cuts.append(offset)
            }
            guard cuts.count >= 3 else { return [line] }
            var result: [SourceLine] = []
            var start = 0
            for cut in cuts + [scalars.count] where cut > start {
                result.append(SourceLine(number: line.number, text: characters[start..<cut], startColumn: line.startColumn + start))
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
    /// Ends a sentence (see `Unicode.Scalar.isSentenceEnd`).
    var isSentenceEnd: Bool { singleScalar?.isSentenceEnd ?? false }

    /// Closes a quotation or a bracket (see `Unicode.Scalar.isClosing`).
    var isClosing: Bool { singleScalar?.isClosing ?? false }
}

extension Unicode.Scalar {
    /// Ends a sentence: `。！？；`, and `!` and `?` (a `.` needs context to tell it from a
    /// decimal point or an abbreviation).
    var isSentenceEnd: Bool {
        switch self {
        case "。", "！", "？", "；", "!", "?": true
        default: false
        }
    }

    /// Closes a quotation or a bracket: it stays with the sentence end before it.
    var isClosing: Bool {
        switch self {
        case "”", "’", "」", "』", "）", ")", "\"": true
        default: false
        }
    }
}
