import ReportText

extension Quantity {
    /// How a fall (a negative growth) is worded.
    public enum FallWording: Sendable {
        /// `下降3%`, `down 3%`: a fall said as one, never `-3%`.
        case said
        /// `3%`: the indicator's name already says it falls (`单位国内生产总值能耗下降`).
        case implied
        /// `-3%`: a level or a rate below zero is a value, not a fall.
        case signed
    }

    /// The quantity as a reader of the report's language says it: `超过3%`, `约1.5万亿元`,
    /// `5%左右`, `下降3%左右`; `over 3%`, `around 5.5%`, `down 3%`.
    /// - Complexity: O(1).
    public func naturalText(chinese: Bool, fall: FallWording = .said) -> String {
        var plain = self
        let isFall = fall != .signed && value < 0 && (upperValue ?? value) <= 0
        if isFall {
            plain.value = -value
            plain.upperValue = upperValue.map { -$0 }
            // `下降2%到3%`: the smaller fall first, as the range was written.
            if let upper = plain.upperValue, upper < plain.value { (plain.value, plain.upperValue) = (upper, plain.value) }
        }
        let number = plain.numberAndUnit
        let hedged: String
        if let qualifier {
            if chinese {
                hedged = Self.chinesePrefixQualifiers.contains(qualifier) ? qualifier.rawValue + number : number + qualifier.rawValue
            } else {
                hedged = (Self.englishQualifiers[qualifier] ?? qualifier.rawValue) + " " + number
            }
        } else {
            hedged = number
        }
        return isFall && fall == .said ? (chinese ? "下降" : "down ") + hedged : hedged
    }

    /// Hedges written before the number in Chinese (`超过3%`); the rest follow it (`3%左右`).
    private static let chinesePrefixQualifiers: Set<Qualifier> = [
        .notLessThan, .notMoreThan, .over, .breakthrough, .nearly, .about,
    ]

    private static let englishQualifiers: [Qualifier: String] = [
        .atLeast: "at least", .below: "below", .around: "around", .within: "within", .notLessThan: "no less than",
        .notMoreThan: "no more than", .over: "over", .breakthrough: "over", .nearly: "nearly", .about: "about",
        .more: "over",
    ]
}

extension Fact {
    /// Whether the fact was read from a Chinese sentence.
    public var isChinese: Bool { sentence.containsHan }

    /// The fact's number as its report would say it (see `Quantity.naturalText(chinese:)`).
    public var naturalValue: String { quantity.naturalText(chinese: isChinese) }
}

extension IndicatorLexicon {
    /// The indicator's name in a reader's language (`城镇调查失业率`, `Surveyed urban unemployment
    /// rate`), or `nil` for an id outside the lexicon.
    /// - Complexity: O(m) in the number of entries.
    public func name(of id: String, chinese: Bool) -> String? {
        entry(id: id).map { chinese ? $0.zh : $0.en }
    }
}
