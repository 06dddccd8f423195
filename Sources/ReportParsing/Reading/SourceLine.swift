/// One line of decoded text with its 1-based line number, line terminator removed.
struct SourceLine: Sendable, Hashable {
    var number: Int
    var text: Substring

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
        text.prefix(while: \.isWhitespace).count + 1
    }

    var isBlank: Bool { trimmed.isEmpty }
}

extension Character {
    /// Han ideographs, the characters whose count the outline must preserve.
    var isHan: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2EBEF, 0xF900...0xFAFF: return true
        default: return false
        }
    }

    /// Characters that take two columns in Chinese typesetting: Han, kana, fullwidth forms, CJK punctuation.
    var isWide: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x2FFFD:
            return true
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026:
            return true
        default:
            return false
        }
    }

    /// Ends a sentence: `。！？；` and their ASCII cousins.
    var isSentenceEnd: Bool {
        switch self {
        case "。", "！", "？", "；", "!", "?": true
        default: false
        }
    }
}

extension StringProtocol {
    /// Display width in half-width columns: wide characters count two.
    var displayWidth: Int { reduce(0) { $0 + ($1.isWide ? 2 : 1) } }

    /// Whether the text holds any Han character.
    var containsHan: Bool { contains(where: \.isHan) }
}
