import Foundation
import ReportComparison
import ReportModel
import ReportParsing

/// The page's plain answer to "what changed", in the report's language: the headline targets
/// and how they moved, last year's verdicts, how much text changed, how the structure changed
/// and the new phrases. Also names indicators and writes values as a reader says them.
struct ReviewSummary {
    let comparison: Comparison
    /// `zh-CN` or `en`: the reports' language.
    let language: String
    private var isChinese: Bool { language.hasPrefix("zh") }

    /// At most this many targets are named in the summary; the scorecard lists the rest.
    static let summaryTargets = 6
    /// Rows the headline scorecard shows when the reports mark no target as headline.
    static let fallbackHeadlineRows = 8

    // MARK: Indicators and values

    /// `国内生产总值` / `GDP` for a lexicon id; a subject as written stays as written.
    func indicatorName(_ id: String) -> String {
        IndicatorLexicon.shipped.name(of: id, chinese: isChinese) ?? id
    }

    /// `国内生产总值增长` / `GDP growth`, `单位国内生产总值能耗下降`: an indicator with what its
    /// number measures; a fall when its targets are falls, so the values read without a sign.
    func indicatorPhrase(_ row: ScorecardRow) -> String {
        let name = indicatorName(row.indicator)
        // `居民消费价格涨幅`, `CPI increase`: the name already says it is a change.
        let namesChange = ["涨幅", "增速", "增幅", "降幅", "increase", "growth"].contains { name.hasSuffix($0) }
        guard row.measure == .growth, !namesChange else { return name }
        if Self.falls(row) { return isChinese ? name + "下降" : name + " decline" }
        return isChinese ? name + "增长" : name + " growth"
    }

    /// Whether a growth row's targets (else its outcome) are falls: `降低3%左右`.
    static func falls(_ row: ScorecardRow) -> Bool {
        guard row.measure == .growth, let fact = row.target ?? row.nextTarget ?? row.outcome else { return false }
        return fact.quantity.value < 0
    }

    /// A row's value as its table cell and the summary write it.
    /// `超过3%`, `下降3%左右`; a growth row whose phrase says `下降` gives its falls without it,
    /// and a level or rate below zero keeps its sign.
    func valueText(_ fact: Fact, in row: ScorecardRow) -> String {
        let fall: Quantity.FallWording = row.measure != .growth ? .signed : Self.falls(row) ? .implied : .said
        return fact.quantity.naturalText(chinese: isChinese, fall: fall)
    }

    // MARK: Headline rows

    /// The rows whose facts a report states as its headline targets, else the first rows of
    /// known indicators.
    var headlineRows: [ScorecardRow] {
        let rows = comparison.scorecard.rows
        let headline = rows.filter { row in [row.target, row.outcome, row.nextTarget].contains { $0?.isHeadline ?? false } }
        if !headline.isEmpty { return headline }
        let known = rows.filter { IndicatorLexicon.shipped.entry(id: $0.indicator) != nil }
        return Array((known.isEmpty ? rows : known).prefix(Self.fallbackHeadlineRows))
    }

    // MARK: The summary

    /// The summary as clauses; the page joins them with `；` or `; `.
    var clauses: [String] {
        var clauses: [String] = []
        for row in headlineRows.prefix(Self.summaryTargets) {
            if let clause = targetClause(row) { clauses.append(clause) }
        }
        if let verdicts = verdictClause { clauses.append(verdicts) }
        if let text = textClause { clauses.append(text) }
        if let structure = structureClause { clauses.append(structure) }
        if let phrases = phraseClause { clauses.append(phrases) }
        return clauses
    }

    var text: String {
        let clauses = clauses
        guard !clauses.isEmpty else { return isChinese ? "两份报告内容相同。" : "The two reports are the same." }
        return clauses.joined(separator: isChinese ? "；" : "; ") + (isChinese ? "。" : ".")
    }

    private func targetClause(_ row: ScorecardRow) -> String? {
        let what = indicatorPhrase(row)
        let target = row.target.map { valueText($0, in: row) }
        let next = row.nextTarget.map { valueText($0, in: row) }
        switch (row.change, target, next) {
        case (.unchanged?, _, let next?):
            return isChinese ? "\(what)目标\(next)，未变" : "\(what) target \(next), unchanged"
        case (.raised?, let target?, let next?), (.lowered?, let target?, let next?), (.qualifierChanged?, let target?, let next?):
            var verb: String
            switch row.change {
            case .raised?: verb = isChinese ? "升至" : "raised to"
            case .lowered?: verb = isChinese ? "降至" : "lowered to"
            default: verb = isChinese ? "改为" : "changed to"
            }
            // A more ambitious fall is a raised target with a larger number: say only that it changed.
            if Self.falls(row) { verb = isChinese ? "改为" : "changed to" }
            return isChinese ? "\(what)目标由\(target)\(verb)\(next)" : "\(what) target \(verb) \(next) from \(target)"
        case (.dropped?, let target?, _):
            return isChinese ? "不再设\(what)目标（原为\(target)）" : "no \(what) target (was \(target))"
        case (_, _, let next?):
            return isChinese ? "\(what)目标\(next)" : "\(what) target \(next)"
        default:
            return nil
        }
    }

    private var verdictClause: String? {
        let rows = comparison.scorecard.rows
        let met = rows.filter { $0.verdict == .met }.count, missed = rows.filter { $0.verdict == .missed }.count
        guard met + missed > 0 else { return nil }
        return isChinese ? "上年目标完成\(met)项、未完成\(missed)项" : "last year's targets: \(met) met, \(missed) missed"
    }

    private var textClause: String? {
        let rows = comparison.alignment.rows.filter { $0.level == .sentence }
        let edited = comparison.sentenceEdits.count
        let added = rows.filter { $0.relation == .added }.count, removed = rows.filter { $0.relation == .removed }.count
        guard edited + added + removed > 0 else { return nil }
        return isChinese
            ? "\(edited)句改写，\(added)句新增，\(removed)句删除"
            : "\(edited) sentences rewritten, \(added) added, \(removed) removed"
    }

    private var structureClause: String? {
        var parts: [String] = []
        for level in [AlignmentLevel.part, .section] {
            let rows = comparison.alignment.rows.filter { $0.level == level }
            let counts: [(Int, String, String)] = [
                (rows.filter { $0.relation == .moved }.count, "移动", "moved"),
                (rows.filter { $0.relation == .split }.count, "拆分", "split"),
                (rows.filter { $0.relation == .merged }.count, "合并", "merged"),
                (rows.filter(\.titleChanged).count, "标题改写", "renamed"),
                (rows.filter { $0.relation == .added }.count, "新增", "added"),
                (rows.filter { $0.relation == .removed }.count, "删除", "removed"),
            ]
            for (count, zh, en) in counts where count > 0 {
                if isChinese {
                    parts.append("\(count)\(level == .part ? "个部分" : "节")\(zh)")
                } else {
                    parts.append("\(count) \(level == .part ? (count == 1 ? "part" : "parts") : (count == 1 ? "section" : "sections")) \(en)")
                }
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: isChinese ? "，" : ", ")
    }

    /// The new phrases said most often in the new report.
    private var phraseClause: String? {
        let introduced = comparison.phraseChanges.filter { $0.kind == .introduced }
            .sorted { ($0.newCount, $1.phrase) > ($1.newCount, $0.phrase) }
            .prefix(5).map(\.phrase)
        guard !introduced.isEmpty else { return nil }
        return isChinese ? "新提法：" + introduced.joined(separator: "、") : "new phrases: " + introduced.joined(separator: ", ")
    }
}
