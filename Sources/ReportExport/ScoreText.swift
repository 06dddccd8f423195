import Foundation

/// Scores and similarities as text with three decimals: enough to rank, and stable across
/// machines. The digits are `String(format: "%.3f", value)`'s — the exact binary value rounded
/// half to even — worked out without Foundation's formatter, which costs some 9,000
/// instructions a call (its variadic arguments are cast at run time), and the archive and the
/// page write one for every alignment row and every edit.
enum ScoreText {
    /// - Complexity: O(1).
    static func threeDecimals(_ value: Double) -> String {
        // Negative, non-finite and huge values are rare here: the formatter takes them.
        guard value.sign == .plus, value < 0x1p40 else { return String(format: "%.3f", value) }
        let scaled = value * 1000
        // What the product lost to rounding, exactly (a fused multiply-add rounds only once).
        let lost = (-scaled).addingProduct(value, 1000)
        let whole = scaled.rounded(.down)
        // Exact: `whole` is within a factor of two of `scaled`, or zero.
        let fraction = scaled - whole
        var thousandths = UInt64(whole)
        // `fraction` and one half are multiples of `scaled`'s unit in the last place, and `lost` is
        // at most half of it, so only a fraction of exactly one half needs `lost` to decide.
        if fraction > 0.5 || (fraction == 0.5 && (lost > 0 || (lost == 0 && thousandths % 2 == 1))) {
            thousandths += 1
        }
        let decimals = thousandths % 1000
        let padding = decimals < 10 ? "00" : decimals < 100 ? "0" : ""
        return "\(thousandths / 1000).\(padding)\(decimals)"
    }
}
