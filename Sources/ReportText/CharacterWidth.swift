extension Character {
    /// Takes two terminal columns (see `Unicode.Scalar.isWide`).
    public var isWide: Bool { unicodeScalars.first?.isWide ?? false }

    /// Takes a full em in Chinese typesetting: the wide characters, and the dashes, quotes and
    /// ellipsis that terminals draw narrow but a newspaper column sets wide.
    public var isWideInPrint: Bool {
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
    public var printWidth: Int { reduce(0) { $0 + ($1.isWideInPrint ? 2 : 1) } }
}
