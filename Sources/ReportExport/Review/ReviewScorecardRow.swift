/// One line of the targets-and-outcomes scorecard as the reviewer page shows it: words ready to
/// print, and the sentences to link each cell to.
///
/// Kept to strings so that any scorecard model maps onto it in one place; the target sentence
/// is in the old report, the outcome and the next target are in the new one.
public struct ReviewScorecardRow: Sendable, Hashable {
    public var indicator: String
    public var year: String
    public var target: String
    public var outcome: String
    /// `met`, `missed`, `not-reported`, `not-comparable`, or empty when there is none.
    public var verdict: String
    public var nextTarget: String
    /// `unchanged`, `raised`, `lowered`, `qualifier-changed`, `new`, `dropped`, `not-comparable`, or empty.
    public var change: String
    /// Why the verdict or change is what it is, when the scorecard says.
    public var reason: String
    /// The old report's sentence stating the target.
    public var targetSentence: String?
    /// The new report's sentence stating the outcome.
    public var outcomeSentence: String?
    /// The new report's sentence stating the next year's target.
    public var nextTargetSentence: String?

    public init(
        indicator: String, year: String, target: String, outcome: String, verdict: String, nextTarget: String,
        change: String, reason: String = "", targetSentence: String? = nil, outcomeSentence: String? = nil,
        nextTargetSentence: String? = nil
    ) {
        self.indicator = indicator
        self.year = year
        self.target = target
        self.outcome = outcome
        self.verdict = verdict
        self.nextTarget = nextTarget
        self.change = change
        self.reason = reason
        self.targetSentence = targetSentence
        self.outcomeSentence = outcomeSentence
        self.nextTargetSentence = nextTargetSentence
    }
}
