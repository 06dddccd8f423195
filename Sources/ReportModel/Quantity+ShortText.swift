import ReportText

extension Quantity {
    /// The quantity in one short token as the scorecard prints it: the signed number, its unit as
    /// written and its qualifier: `5%左右`, `1256万人`, `-2.5%左右`, `-3%超过`, `6—6.5%`,
    /// `1.3 trillion dollars`.
    public var shortText: String {
        numberAndUnit + (qualifier?.rawValue ?? "")
    }

    /// `6—6.5%`, `1256万人`, `2 trillion dollars`: a Latin unit stands a space apart.
    public var numberAndUnit: String {
        let isLatin = unit.first?.isASCIILetter ?? false
        return valueText + (isLatin ? " " : "") + unit
    }

    /// `6—6.5` for an interval, else the plain decimal.
    public var valueText: String {
        guard let upperValue else { return "\(value)" }
        return "\(value)—\(upperValue)"
    }
}
