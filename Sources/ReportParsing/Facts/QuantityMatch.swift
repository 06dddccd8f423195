import ReportModel

/// A quantity found in a sentence, with where it stands and which way it moves.
public struct QuantityMatch: Sendable, Hashable {
    /// Which way a direction word says the number moves.
    public enum Direction: String, Sendable, Hashable {
        /// `增长`, `提高`, `上涨`, `涨幅`, `grew`: a rise.
        case rise
        /// `下降`, `降低`, `降幅`, `fell`: a fall; the value is negated.
        case fall
        /// `达到`, `提高到`, `上升至`: a level reached, not a change.
        case reach
    }

    /// Signed (`降低2.5%` is −2.5), unit with magnitude, qualifier.
    public var quantity: Quantity
    /// Character offsets in the sentence, from the direction word or prefix qualifier to the end
    /// of the suffix qualifier.
    public var span: Range<Int>
    /// Character offsets of the number and its unit alone.
    public var numberSpan: Range<Int>
    public var direction: Direction?
    /// The direction word as written (`涨幅`, `降低`), if any.
    public var directionWord: String?
    /// Whether the number was English (`5.2 percent`, `$1.9 trillion`).
    public var isEnglish: Bool

    public init(
        quantity: Quantity, span: Range<Int>, numberSpan: Range<Int>, direction: Direction? = nil,
        directionWord: String? = nil, isEnglish: Bool = false
    ) {
        self.quantity = quantity
        self.span = span
        self.numberSpan = numberSpan
        self.direction = direction
        self.directionWord = directionWord
        self.isEnglish = isEnglish
    }

    /// Whether the unit is a percentage or a change in percentage points.
    public var isPercentage: Bool {
        ["%", "个百分点", "百分点", "percentage points"].contains(quantity.unit)
    }

    /// A share of a whole: a percentage or tenths (`八成以上`).
    public var isShare: Bool { isPercentage || quantity.unit == "成" }
}
