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

    /// A number token of a change with what it measures and the words just before it.
    struct Number {
        var text: String
        var measure: NumberMeasure
        /// The Han characters right before the number inside the same changed run (`增长` in
        /// `增长5%`), which name the indicator when the change rewrote it; empty when the number
        /// starts the run, where both sides share the text before it.
        var lead: String

        init(text: String, lead: String) {
            self.text = text
            self.lead = lead
            measure = NumberMeasure(token: text)
        }

        /// Whether the two numbers measure the same thing: the same kind of unit and, when both
        /// name their indicator, indicators sharing a character.
        func measuresSame(as other: Number) -> Bool {
            guard measure == other.measure else { return false }
            guard !lead.isEmpty, !other.lead.isEmpty else { return true }
            return lead.contains { other.lead.contains($0) }
        }
    }

    /// Pairs the numbers deleted and inserted by one change; see `TextDiff.numericChanges`.
    ///
    /// - Complexity: O(d · i) for d deleted and i inserted numbers.
    static func pairs(deleted: [Number], inserted: [Number]) -> [NumericChange] {
        var inserted = inserted
        let deleted = deleted.filter { number in
            guard let index = inserted.firstIndex(where: { $0.text == number.text }) else { return true }
            inserted.remove(at: index)
            return false
        }
        if deleted.count == inserted.count, zip(deleted, inserted).allSatisfy({ $0.measuresSame(as: $1) }) {
            return zip(deleted, inserted).map { NumericChange(old: $0.text, new: $1.text) }
        }
        var pairs: [NumericChange] = []
        var next = 0
        for old in deleted {
            guard let match = inserted[next...].firstIndex(where: old.measuresSame) else { continue }
            pairs.append(NumericChange(old: old.text, new: inserted[match].text))
            next = match + 1
        }
        return pairs
    }
}
