import ReportModel

/// One indicator, measure and year: the target set for the year, the outcome reported for it,
/// the verdict, and the target set for the year after with how it moved.
public struct ScorecardRow: Sendable, Hashable {
    /// The canonical indicator id (`gdp`), else the subject as written (`精品示范村`).
    public var indicator: String
    public var measure: Measure
    /// The year the target and outcome speak of.
    public var year: Int
    /// The target for `year`, from the report of `year`; `nil` when that report sets none or
    /// was not given.
    public var target: Fact?
    /// The outcome for `year`, from the report after.
    public var outcome: Fact?
    /// `nil` when there is no target for `year`.
    public var verdict: Verdict?
    /// Why the verdict or change is not-comparable or not-reported, for a reader.
    public var reason: String?
    /// The target for the year after `year`.
    public var nextTarget: Fact?
    /// How `nextTarget` moved from `target` (from `outcome` with a single report); `nil` when
    /// there is nothing to compare.
    public var change: TargetChange?

    public init(
        indicator: String, measure: Measure, year: Int, target: Fact? = nil, outcome: Fact? = nil,
        verdict: Verdict? = nil, reason: String? = nil, nextTarget: Fact? = nil, change: TargetChange? = nil
    ) {
        self.indicator = indicator
        self.measure = measure
        self.year = year
        self.target = target
        self.outcome = outcome
        self.verdict = verdict
        self.reason = reason
        self.nextTarget = nextTarget
        self.change = change
    }
}
