extension Character {
    /// Takes two terminal columns: East Asian Wide and Fullwidth characters (Han, kana, Hangul,
    /// fullwidth forms, CJK punctuation).
    public var isWide: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// Takes a full em in Chinese typesetting: the wide characters, and the dashes, quotes and
    /// ellipsis that terminals draw narrow but a newspaper column sets wide.
    var isWideInPrint: Bool {
        isWide || "—‘’“”…".contains(self)
    }
}

extension StringProtocol {
    /// Width in terminal columns: wide characters count two.
    ///
    /// - Complexity: O(n).
    public var terminalWidth: Int { reduce(0) { $0 + ($1.isWide ? 2 : 1) } }

    /// Width in half-em columns as a Chinese newspaper sets it: how full a wrapped line is.
    ///
    /// - Complexity: O(n).
    var printWidth: Int { reduce(0) { $0 + ($1.isWideInPrint ? 2 : 1) } }
}
