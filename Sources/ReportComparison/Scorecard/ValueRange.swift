import Foundation

/// A set of values on the number line, each end open, closed or absent (unbounded): what a
/// target accepts, or what an outcome stated as a bound (`超过3%`) may be.
struct ValueRange: Sendable, Hashable {
    struct Bound: Sendable, Hashable {
        var value: Decimal
        var isInclusive: Bool
    }

    var lower: Bound?
    var upper: Bound?

    static func point(_ value: Decimal) -> ValueRange {
        ValueRange(lower: Bound(value: value, isInclusive: true), upper: Bound(value: value, isInclusive: true))
    }

    static func atLeast(_ value: Decimal, inclusive: Bool = true) -> ValueRange {
        ValueRange(lower: Bound(value: value, isInclusive: inclusive), upper: nil)
    }

    static func atMost(_ value: Decimal, inclusive: Bool = true) -> ValueRange {
        ValueRange(lower: nil, upper: Bound(value: value, isInclusive: inclusive))
    }

    static func between(_ first: Decimal, _ second: Decimal) -> ValueRange {
        ValueRange(
            lower: Bound(value: min(first, second), isInclusive: true),
            upper: Bound(value: max(first, second), isInclusive: true)
        )
    }

    /// Whether every value of `self` lies in `other`.
    /// - Complexity: O(1).
    func isSubset(of other: ValueRange) -> Bool {
        if let bound = other.lower {
            guard let mine = lower else { return false }
            if mine.value < bound.value || (mine.value == bound.value && mine.isInclusive && !bound.isInclusive) {
                return false
            }
        }
        if let bound = other.upper {
            guard let mine = upper else { return false }
            if mine.value > bound.value || (mine.value == bound.value && mine.isInclusive && !bound.isInclusive) {
                return false
            }
        }
        return true
    }

    /// Whether no value lies in both.
    /// - Complexity: O(1).
    func isDisjoint(with other: ValueRange) -> Bool {
        Self.separates(upper, other.lower) || Self.separates(other.upper, lower)
    }

    /// Whether everything up to `upper` stays below everything from `lower`.
    private static func separates(_ upper: Bound?, _ lower: Bound?) -> Bool {
        guard let upper, let lower else { return false }
        return upper.value < lower.value || (upper.value == lower.value && !(upper.isInclusive && lower.isInclusive))
    }
}
