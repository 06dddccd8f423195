import ReportModel

/// One indicator, measure and year: the target set for the year, the outcome reported for it,
/// the verdict, and the target set for the year after with how it moved.
public struct ScorecardRow: Sendable, Hashable {
    /// The canonical indicator id (`gdp`), else the subject as written (`精品示范村`).
    public var indicator: String
    public var measure: Measure
    /// The year the target and outcome speak of (the last year of a period row).
    public var year: Int
    /// The years the row speaks of: `year` alone, or a five-year plan's span for a period row
    /// (`十三五` targets judged by the review of 2016–2020).
    public var period: Period
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
        verdict: Verdict? = nil, reason: String? = nil, nextTarget: Fact? = nil, change: TargetChange? = nil,
        period: Period? = nil
    ) {
        self.indicator = indicator
        self.measure = measure
        self.year = year
        self.period = period ?? Period(year: year)
        self.target = target
        self.outcome = outcome
        self.verdict = verdict
        self.reason = reason
        self.nextTarget = nextTarget
        self.change = change
    }

    /// Whether the target or the next target comes from a list of main targets.
    public var isHeadline: Bool {
        target?.isHeadline == true || nextTarget?.isHeadline == true
    }

    /// Whether the indicator is one of the lexicon's (its id), not a subject as written.
    public var isLexicon: Bool {
        [target, outcome, nextTarget].contains { $0?.indicator != nil }
    }

    /// Whether the row's facts were read from Chinese sentences: its notes and the names and
    /// values shown for it then speak Chinese.
    public var isChinese: Bool { [target, outcome, nextTarget].contains { $0?.isChinese == true } }
}
