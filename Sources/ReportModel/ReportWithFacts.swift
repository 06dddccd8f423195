/// A report with the facts read from it. The caller reads the facts once (ReportParsing's
/// `Report.withFacts(_:)`) and hands the pair to every stage that needs both — comparison,
/// scorecard, archive — so no stage reads them again and comparison needs no parser.
public struct ReportWithFacts: Sendable, Hashable {
    public var report: Report
    /// In document order.
    public var facts: [Fact]

    public init(report: Report, facts: [Fact]) {
        self.report = report
        self.facts = facts
    }
}
