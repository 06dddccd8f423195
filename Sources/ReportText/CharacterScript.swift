/// The one character table: every stage that asks “is this Han?”, “is this CJK?” or “how wide
/// is this?” asks here, so reading, facts, alignment, diffing, the page and the terminal never
/// disagree about a character. Switches, not range lists: the tokenizer and the alignment
/// vectors ask once per character.
extension Unicode.Scalar {
    /// A Han ideograph: extension A, the unified block, the compatibility block, and the
    /// supplementary ideographic planes (extensions B to H and their compatibility supplement).
    @inlinable
    public var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: true
        default: false
        }
    }

    /// `a`–`z`, `A`–`Z`.
    @inlinable
    public var isASCIILetter: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// A Han ideograph, or a kana or Hangul syllable: like Han, each is a token of its own.
    public var isCJK: Bool {
        switch value {
        case 0x3040...0x30FF, 0xAC00...0xD7AF: true
        default: isHan
        }
    }

    /// Of a script written without spaces between words (Han, kana, CJK radicals, symbols and
    /// punctuation, halfwidth and fullwidth forms; not Hangul): a space beside it is layout.
    public var isWrittenWithoutSpaces: Bool {
        switch value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// East Asian Wide or Fullwidth: two terminal columns (Han, kana, Hangul, fullwidth forms,
    /// CJK punctuation).
    @inlinable
    public var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}

extension Character {
    /// Starts with a Han ideograph: the characters whose count the outline must preserve.
    public var isHan: Bool { unicodeScalars.first?.isHan ?? false }

    /// Starts with a Han ideograph, or a kana or Hangul syllable: each is one token of a diff.
    public var isCJK: Bool { unicodeScalars.first?.isCJK ?? false }

    /// `a`–`z`, `A`–`Z`.
    public var isASCIILetter: Bool { isASCII && isLetter }
}

extension StringProtocol {
    /// Whether the text holds any Han character.
    public var containsHan: Bool { contains(where: \.isHan) }
}
