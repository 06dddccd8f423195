import ReportModel

extension Report {
    /// The report with its facts, read once here for every stage that needs them.
    /// - Complexity: the extractor's, O(n) in the length of the report.
    public func withFacts(_ extractor: FactExtractor = FactExtractor()) -> ReportWithFacts {
        ReportWithFacts(report: self, facts: extractor.facts(in: self))
    }
}
