import Foundation
import ReportModel

/// A number in its base unit, magnitudes multiplied out, so that `13908亿斤` and `1.3908万亿斤`
/// compare equal.
struct Amount: Sendable, Hashable {
    var value: Decimal
    var upperValue: Decimal?
    /// The unit without its magnitude: `斤`, `人`, `%`, `dollars`; empty for a bare `万`.
    var baseUnit: String

    /// Magnitude words a unit may start with, longest first so that `万亿` wins over `万`.
    /// `千` and `百` alone stay part of the unit (`千瓦`, `百分点`).
    private static let magnitudes: [(prefix: String, factor: Decimal)] = [
        ("万亿", Decimal(sign: .plus, exponent: 12, significand: 1)),
        ("千亿", Decimal(sign: .plus, exponent: 11, significand: 1)),
        ("百亿", Decimal(sign: .plus, exponent: 10, significand: 1)),
        ("千万", Decimal(sign: .plus, exponent: 7, significand: 1)),
        ("百万", Decimal(sign: .plus, exponent: 6, significand: 1)),
        ("trillion", Decimal(sign: .plus, exponent: 12, significand: 1)),
        ("billion", Decimal(sign: .plus, exponent: 9, significand: 1)),
        ("million", Decimal(sign: .plus, exponent: 6, significand: 1)),
        ("thousand", Decimal(sign: .plus, exponent: 3, significand: 1)),
        ("亿", Decimal(sign: .plus, exponent: 8, significand: 1)),
        ("万", Decimal(sign: .plus, exponent: 4, significand: 1)),
    ]

    /// - Complexity: O(1): a fixed list of magnitudes is tried against the unit.
    init(_ quantity: Quantity) {
        var unit = quantity.unit
        var factor = Decimal(1)
        if let magnitude = Self.magnitudes.first(where: { unit.hasPrefix($0.prefix) }) {
            unit.removeFirst(magnitude.prefix.count)
            factor = magnitude.factor
        }
        value = quantity.value * factor
        upperValue = quantity.upperValue.map { $0 * factor }
        baseUnit = unit.trimmingCharacters(in: .whitespaces)
    }

    /// The middle of an interval, else the value: what a change of target is measured on.
    var middle: Decimal {
        guard let upperValue else { return value }
        return (value + upperValue) / 2
    }
}
