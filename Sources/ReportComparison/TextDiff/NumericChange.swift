/// One number replaced by another, each written whole with its unit and qualifier:
/// `1.3万亿斤以上 → 1.4万亿斤左右`.
public struct NumericChange: Sendable, Hashable, CustomStringConvertible {
    public var old: String
    public var new: String

    public init(old: String, new: String) {
        self.old = old
        self.new = new
    }

    public var description: String { "\(old) → \(new)" }

    /// Pairs the numbers deleted and inserted by one change; see `TextDiff.numericChanges`.
    ///
    /// - Complexity: O(d · i) for d deleted and i inserted numbers.
    static func pairs(deleted: [String], inserted: [String]) -> [NumericChange] {
        var inserted = inserted
        let deleted = deleted.filter { number in
            guard let index = inserted.firstIndex(of: number) else { return true }
            inserted.remove(at: index)
            return false
        }
        if deleted.count == inserted.count {
            return zip(deleted, inserted).map { NumericChange(old: $0, new: $1) }
        }
        var pairs: [NumericChange] = []
        var next = 0
        for old in deleted {
            let unit = unitSignature(of: old)
            guard let match = inserted[next...].firstIndex(where: { unitSignature(of: $0) == unit }) else { continue }
            pairs.append(NumericChange(old: old, new: inserted[match]))
            next = match + 1
        }
        return pairs
    }

    /// The number with its digits and separators removed: `5.5%左右` → `%左右`.
    private static func unitSignature(of number: String) -> String {
        String(number.filter { !$0.isDecimalDigit && $0 != "." && $0 != "．" && $0 != "," })
    }
}
