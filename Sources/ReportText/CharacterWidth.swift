extension Character {
    /// Takes two terminal columns (see `Unicode.Scalar.isWide`).
    public var isWide: Bool { unicodeScalars.first?.isWide ?? false }

    /// Takes a full em in Chinese typesetting: the wide characters, and the dashes, quotes and
    /// ellipsis that terminals draw narrow but a newspaper column sets wide.
    public var isWideInPrint: Bool {
        let scalars = unicodeScalars
        guard let first = scalars.first else { return false }
        // A mark is set wide only as itself: with a combining accent it is another character.
        return first.isWide || (scalars.count == 1 && first.isWideInPrint)
    }
}

extension Unicode.Scalar {
    /// Takes a full em in Chinese typesetting, as a Character of this one scalar does.
    @inlinable
    public var isWideInPrint: Bool {
        switch value {
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026: true  // — ‘ ’ “ ” …
        default: isWide
        }
    }
}

extension StringProtocol {
    /// Width in terminal columns: wide characters count two.
    ///
    /// - Complexity: O(n).
    public var terminalWidth: Int { reduce(0) { $0 + ($1.isWide ? 2 : 1) } }

    /// Width in half-em columns as a Chinese newspaper sets it: how full a wrapped line is.
    /// Counted on scalars while each is a Character (nearly always), else on Characters.
    ///
    /// - Complexity: O(n).
    @inlinable
    public var printWidth: Int { sumOverCharacters({ $0.isWideInPrint ? 2 : 1 }, else: { $0.isWideInPrint ? 2 : 1 }) }
}
