/// Whether a year's target was met by the outcome the next report gives for that year.
public enum Verdict: String, Sendable, Hashable, CaseIterable {
    case met
    case missed
    /// The next report states no outcome for the target: said so, never guessed.
    case notReported = "not-reported"
    /// Target and outcome measure different things (a growth rate and a level, other units),
    /// or the outcome is only a bound that does not decide.
    case notComparable = "not-comparable"
}

/// How a target moved from one year to the next.
public enum TargetChange: String, Sendable, Hashable, CaseIterable {
    case unchanged
    /// A larger magnitude as written: `降低2.5%` → `降低3%` is raised.
    case raised
    case lowered
    /// The same number with another hedge: `5.5%左右` → `5.5%以内`.
    case qualifierChanged = "qualifier-changed"
    /// A target of the later year with none the year before.
    case new
    /// A target of the earlier year that the later report no longer sets.
    case dropped
    /// Different measures or units: the two numbers cannot be ordered.
    case notComparable = "not-comparable"
}
