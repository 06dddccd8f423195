import Foundation
import ReportModel

/// Decides whether an outcome meets a target, and how a target moved from one year to the next.
///
/// Numbers are compared in their base unit after multiplying out magnitudes
/// (`13908亿斤` = `1.3908万亿斤`); a different measure or base unit makes them not comparable.
///
/// What a target accepts follows its qualifier first:
/// - `以上`, `不低于`: at least the number; `超过`, `突破`, `多`: strictly more.
/// - `以内`, `不超过`, `以下`: at most the number.
/// - For a fall (`下降3%以上`, stored as −3) these speak of its size, so the range is mirrored.
/// - `左右`, `约`, `近` or no qualifier: one-sided, on the side the indicator's polarity cares
///   about. Higher is better: at least the number less the tolerance; lower is better or a
///   ceiling: at most the number plus the tolerance. An indicator outside the lexicon is read by
///   the sign of its target: a rise higher-is-better, a fall lower-is-better.
///
/// The tolerance for `左右`, `约` and `近` is ±0.5 percentage points for percentages (growth and
/// rates) and ±5 % of the target for everything else (levels, growth in amounts); an unhedged
/// target gets none. Boundaries are inclusive: `5%左右` is met by 4.5% and missed by 4.4%.
///
/// An outcome stated as a bound (`超过3%`) meets the target only if every value it allows does,
/// misses it only if none does, and is not comparable otherwise.
public struct TargetJudge: Sendable, Hashable {
    public var lexicon: IndicatorLexicon

    /// Absolute tolerance for `左右` on a percentage, in percentage points.
    public static let percentageTolerance = Decimal(string: "0.5") ?? 0
    /// Relative tolerance for `左右` on any other number, as a fraction of the target.
    public static let relativeTolerance = Decimal(string: "0.05") ?? 0

    public init(lexicon: IndicatorLexicon = .shipped) {
        self.lexicon = lexicon
    }

    /// Whether `outcome` meets `target`, with the reason when it cannot be decided.
    /// - Complexity: O(1) beyond one lexicon lookup by id.
    public func verdict(of target: Fact, by outcome: Fact) -> (verdict: Verdict, reason: String?) {
        if let reason = incomparability(target, "target", outcome, "outcome") { return (.notComparable, reason) }
        let accepted = acceptedRange(of: target)
        let stated = statedRange(of: outcome.quantity)
        if stated.isSubset(of: accepted) { return (.met, nil) }
        if stated.isDisjoint(with: accepted) { return (.missed, nil) }
        if target.isChinese {
            return (.notComparable, "结果\(outcome.naturalValue)无法判定是否达到目标\(target.naturalValue)")
        }
        return (
            .notComparable,
            "outcome \(outcome.quantity.shortText) neither meets nor misses \(target.quantity.shortText)"
        )
    }

    /// How `next` moved from `previous`: magnitudes as written (`降低2.5%` → `降低3%` is raised),
    /// then the qualifier when the numbers agree. With an outcome as `previous` (a single report)
    /// only the numbers count, since an outcome's hedge says nothing of ambition.
    /// - Complexity: O(1).
    public func change(from previous: Fact, to next: Fact) -> (change: TargetChange, reason: String?) {
        let previousName = previous.role == .outcome ? "outcome" : "target"
        if let reason = incomparability(previous, previousName, next, "next target") {
            return (.notComparable, reason)
        }
        let before = Amount(previous.quantity).middle
        let after = Amount(next.quantity).middle
        let sameSign = (before >= 0 && after >= 0) || (before <= 0 && after <= 0)
        let (old, new) = sameSign ? (abs(before), abs(after)) : (before, after)
        if new > old { return (.raised, nil) }
        if new < old { return (.lowered, nil) }
        let hedgeChanged = Hedge(previous.quantity.qualifier) != Hedge(next.quantity.qualifier)
            || Amount(previous.quantity).upperValue != Amount(next.quantity).upperValue
        return (previous.role == .target && hedgeChanged ? .qualifierChanged : .unchanged, nil)
    }

    // MARK: Comparability

    /// Why two facts cannot be compared, or `nil` when they can, in the language of the first.
    private func incomparability(_ first: Fact, _ firstName: String, _ second: Fact, _ secondName: String) -> String? {
        if first.isChinese {
            let names = ["target": "目标", "outcome": "结果", "next target": "下年目标"]
            let (one, other) = (names[firstName] ?? firstName, names[secondName] ?? secondName)
            if first.measure != second.measure {
                return "\(one)为\(Self.chineseDescription(first.measure))（\(first.naturalValue)），"
                    + "\(other)为\(Self.chineseDescription(second.measure))（\(second.naturalValue)）"
            }
            if Amount(first.quantity).baseUnit != Amount(second.quantity).baseUnit {
                return "单位不同：\(one)为\(first.quantity.unit)，\(other)为\(second.quantity.unit)"
            }
            return nil
        }
        if first.measure != second.measure {
            return "\(firstName) is \(Self.describe(first.measure)) (\(first.quantity.shortText)), "
                + "\(secondName) \(Self.describe(second.measure)) (\(second.quantity.shortText))"
        }
        let firstUnit = Amount(first.quantity).baseUnit
        let secondUnit = Amount(second.quantity).baseUnit
        if firstUnit != secondUnit {
            return "units differ: \(first.quantity.unit) (\(firstName)) and \(second.quantity.unit) (\(secondName))"
        }
        return nil
    }

    private static func chineseDescription(_ measure: Measure) -> String {
        switch measure {
        case .growth: "增速"
        case .level: "总量"
        case .rate: "比率"
        }
    }

    private static func describe(_ measure: Measure) -> String {
        switch measure {
        case .growth: "a growth rate"
        case .level: "a level"
        case .rate: "a rate"
        }
    }

    // MARK: Ranges

    /// The values that meet a target.
    /// - Complexity: O(1) beyond one lexicon lookup by id.
    func acceptedRange(of target: Fact) -> ValueRange {
        let amount = Amount(target.quantity)
        let low = min(amount.value, amount.upperValue ?? amount.value)
        let high = max(amount.value, amount.upperValue ?? amount.value)
        let isFall = high < 0 || (high == 0 && low < 0)
        switch Hedge(target.quantity.qualifier) {
        case .atLeast(let inclusive):
            return isFall ? .atMost(high, inclusive: inclusive) : .atLeast(low, inclusive: inclusive)
        case .atMost:
            return isFall ? .atLeast(low) : .atMost(high)
        case .approximate, .exact:
            let tolerance = Hedge(target.quantity.qualifier) == .exact ? 0 : Self.tolerance(for: amount)
            switch polarity(of: target, isFall: isFall) {
            case .higherIsBetter: return .atLeast(low - tolerance)
            case .lowerIsBetter, .ceiling: return .atMost(high + tolerance)
            }
        }
    }

    /// The values an outcome allows: its number, or everything beyond a stated bound.
    /// - Complexity: O(1).
    func statedRange(of quantity: Quantity) -> ValueRange {
        let amount = Amount(quantity)
        if let upper = amount.upperValue { return .between(amount.value, upper) }
        let value = amount.value
        switch Hedge(quantity.qualifier) {
        case .atLeast(let inclusive):
            return value < 0 ? .atMost(value, inclusive: inclusive) : .atLeast(value, inclusive: inclusive)
        case .atMost:
            return value < 0 ? .atLeast(value) : .atMost(value)
        case .approximate, .exact:
            return .point(value)
        }
    }

    /// The indicator's polarity; outside the lexicon, the direction the target points.
    private func polarity(of fact: Fact, isFall: Bool) -> Polarity {
        if let id = fact.indicator, let entry = lexicon.entry(id: id) { return entry.polarity }
        return isFall ? .lowerIsBetter : .higherIsBetter
    }

    /// How far a `左右` target may be missed and still be met (see the type's comment).
    private static func tolerance(for amount: Amount) -> Decimal {
        if amount.baseUnit == "%" || amount.baseUnit.hasSuffix("百分点") || amount.baseUnit.hasPrefix("percent") {
            return percentageTolerance
        }
        return abs(amount.middle) * relativeTolerance
    }
}

/// What a qualifier says of the number it hedges; synonyms (`以上`, `不低于`) share one sense.
enum Hedge: Hashable {
    /// At least the number, or strictly more when not inclusive (`超过`).
    case atLeast(inclusive: Bool)
    case atMost
    case approximate
    case exact

    init(_ qualifier: Qualifier?) {
        switch qualifier {
        case .atLeast?, .notLessThan?: self = .atLeast(inclusive: true)
        case .over?, .breakthrough?, .more?: self = .atLeast(inclusive: false)
        case .within?, .notMoreThan?, .below?: self = .atMost
        case .around?, .about?, .nearly?: self = .approximate
        case nil: self = .exact
        }
    }
}
