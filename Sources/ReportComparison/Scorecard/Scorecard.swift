import ReportModel

/// Promises kept: each year's targets beside the outcomes the next report gives for that year,
/// with a verdict, and the next year's targets with how they moved.
///
/// One report pairs the outcomes of its review part (the year before) with the targets of its
/// plan part; several reports, given in year order, make one table over all consecutive pairs.
public struct Scorecard: Sendable, Hashable {
    /// Ordered by indicator (as it first appears), then year; one row per indicator, measure and year.
    public var rows: [ScorecardRow]

    public init(rows: [ScorecardRow]) {
        self.rows = rows
    }

    /// The scorecard of `reports` with the facts the caller read from them, taken in the order
    /// given (see `validate(_:)`). A report whose year cannot be told pairs with nothing.
    /// - Complexity: O(f) in the number of facts, plus O(r log r) to order r rows.
    public init(reports: [ReportWithFacts], lexicon: IndicatorLexicon = .shipped) {
        let years = reports.map { Self.year(of: $0.report) }
        let facts = reports.map(\.facts)
        var pairings: [YearPairing] = []
        if reports.count == 1, let year = years[0] {
            pairings.append(
                YearPairing(
                    period: Period(year: year - 1), laterReportYear: year, targets: nil,
                    outcomes: Self.select(facts[0], .outcome, Period(year: year - 1)),
                    nextTargets: Self.select(facts[0], .target, Period(year: year))
                )
            )
        }
        for index in reports.indices.dropLast() {
            guard let year = years[index] ?? years[index + 1].map({ $0 - 1 }) else { continue }
            let laterYear = years[index + 1] ?? year + 1
            let missing = laterYear > year + 1 ? Array((year + 1)..<laterYear) : []
            pairings.append(
                YearPairing(
                    period: Period(year: year), missingYears: missing, laterReportYear: laterYear,
                    targets: Self.select(facts[index], .target, Period(year: year)),
                    outcomes: missing.isEmpty ? Self.select(facts[index + 1], .outcome, Period(year: year)) : [],
                    nextTargets: Self.select(facts[index + 1], .target, Period(year: laterYear))
                )
            )
        }
        pairings += Self.periodPairings(years: years, facts: facts)
        let judge = TargetJudge(lexicon: lexicon)
        self.init(rows: Self.ordered(pairings.flatMap { $0.rows(judge: judge) }))
    }

    /// Five-year targets (`“十三五”时期…`) against the review of the same years in a later report
    /// (`“十三五”时期…`, `过去五年…`): one pairing per period that both cover.
    /// - Complexity: O(f) in the number of facts.
    private static func periodPairings(years: [Int?], facts: [[Fact]]) -> [YearPairing] {
        var pairings: [YearPairing] = []
        var judged: Set<Period> = []
        for later in facts.indices {
            let outcomes = facts[later].filter { $0.role == .outcome && $0.period.map { !$0.isYear } == true }
            for period in Set(outcomes.compactMap(\.period)).sorted() where !judged.contains(period) {
                guard
                    let earlier = facts.indices.first(where: { index in
                        index < later && facts[index].contains { $0.role == .target && $0.period == period }
                    })
                else { continue }
                judged.insert(period)
                pairings.append(
                    YearPairing(
                        period: period, laterReportYear: years[later] ?? period.last + 1,
                        targets: select(facts[earlier], .target, period), outcomes: select(outcomes, .outcome, period),
                        nextTargets: []
                    )
                )
            }
        }
        return pairings
    }

    /// Checks that `reports` make one series: each with a year, years increasing, one issuer.
    /// Only issuers read from the texts are compared: one taken from a folder name or not found
    /// at all is no reason to refuse (see `issuerWarnings(_:)`).
    /// - Throws: `ScorecardError` naming the first problem found.
    /// - Complexity: O(n) in the number of reports.
    public static func validate(_ reports: [Report]) throws(ScorecardError) {
        let issuers = reports.filter { !issuerIsUnread($0) }.compactMap(\.metadata.issuer)
        if let first = issuers.first, let other = issuers.first(where: { !sameIssuer($0, first) }) {
            throw .differentIssuers(first, other)
        }
        var previous: Int?
        for (index, report) in reports.enumerated() {
            guard let year = year(of: report) else { throw .missingYear(position: index + 1) }
            if let previous {
                if year == previous { throw .sameYear(year) }
                if year < previous { throw .yearsOutOfOrder(earlier: year, later: previous) }
            }
            previous = year
        }
    }

    /// Whether two issuers read from titles are one: the same name, or one named with the place it
    /// lies in (`呼伦贝尔市海拉尔区人民政府`, `海拉尔区人民政府`).
    static func sameIssuer(_ first: String, _ second: String) -> Bool {
        let (shorter, longer) = first.count <= second.count ? (first, second) : (second, first)
        return shorter == longer || longer.hasSuffix(shorter) && shorter.count > "人民政府".count + 1 && shorter.hasSuffix("人民政府")
    }

    /// One line per report whose issuer the text does not state, saying it is taken to be of the
    /// same issuer as the others.
    /// - Complexity: O(n · d) for n reports of d diagnostics.
    public static func issuerWarnings(_ reports: [Report]) -> [String] {
        reports.enumerated().compactMap { index, report in
            guard issuerIsUnread(report) else { return nil }
            let shown = report.metadata.issuer.map { " (“\($0)” from the file's place)" } ?? ""
            return "warning: report \(index + 1) names no issuer\(shown); taken to be of the same issuer as the others"
        }
    }

    private static func issuerIsUnread(_ report: Report) -> Bool {
        report.diagnostics.contains { $0.code == "issuer-unknown" || $0.code == "issuer-from-folder" }
    }

    /// The year a report is delivered in: from its metadata, else its plan part, else the year
    /// after its review part.
    /// - Complexity: O(p) in the number of top-level sections.
    static func year(of report: Report) -> Int? {
        if let year = report.metadata.year { return year }
        let parts = report.root.children.filter { $0.kind == .part }
        if let plan = parts.first(where: { $0.role == .plan })?.year { return plan }
        return parts.first(where: { $0.role == .review })?.year.map { $0 + 1 }
    }

    /// The facts of one role and period, in document order: annual rows take one-year facts only.
    /// - Complexity: O(n).
    private static func select(_ facts: [Fact], _ role: FactRole, _ period: Period) -> [Fact] {
        facts.filter { $0.role == role && $0.period == period }
    }

    /// Annual rows before period rows; among them headline indicators first, then the
    /// lexicon's, then the rest, each group by indicator in order of first appearance, then by
    /// year. The first row of an indicator, measure and period wins.
    /// - Complexity: O(r log r) for r rows.
    private static func ordered(_ rows: [ScorecardRow]) -> [ScorecardRow] {
        var rank: [String: Int] = [:]
        var tier: [String: Int] = [:]
        for row in rows {
            rank[row.indicator] = rank[row.indicator] ?? rank.count
            let rowTier = row.isHeadline ? 0 : row.isLexicon ? 1 : 2
            tier[row.indicator] = min(tier[row.indicator] ?? rowTier, rowTier)
        }
        var seen: Set<RowKey> = []
        var kept: [(key: [Int], row: ScorecardRow)] = []
        for (index, row) in rows.enumerated() {
            guard seen.insert(RowKey(indicator: row.indicator, measure: row.measure, period: row.period)).inserted else {
                continue
            }
            let isPeriod = row.period.isYear ? 0 : 1
            let key = [isPeriod, tier[row.indicator] ?? 2, rank[row.indicator] ?? 0, row.period.first, row.period.last, index]
            kept.append((key, row))
        }
        return kept.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.row)
    }

    private struct RowKey: Hashable {
        var indicator: String
        var measure: Measure
        var period: Period
    }
}
