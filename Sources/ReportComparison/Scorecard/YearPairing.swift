import ReportModel

/// The facts that meet in the rows of one year: its targets, the outcomes reported for it, and
/// the targets of the year after.
struct YearPairing: Sendable {
    /// The year targets and outcomes speak of (the last of `period`).
    var year: Int { period.last }
    /// The years targets and outcomes speak of: one year, or a five-year plan's.
    var period: Period
    /// Years between the two reports that no report was given for (`no report for 2023`).
    var missingYears: [Int] = []
    /// The year of the report holding the outcomes and next targets.
    var laterReportYear: Int
    /// `nil` when no report of `year` was given (a single report): changes then run from the
    /// outcome to the next target, and no verdict is given.
    var targets: [Fact]?
    var outcomes: [Fact]
    var nextTargets: [Fact]

    /// What a row is matched on: the indicator, else the subject as written, where the deeds of
    /// making read as one (`打造精品示范村` planned is `建成精品示范村` done; bare `精品示范村`, all
    /// of them, is another row). The row is named as its first fact names it.
    struct Key: Hashable {
        let name: String
        private let matched: String

        init(_ fact: Fact) {
            name = fact.indicator ?? fact.subject
            let deed = Fact.makingDeeds.first(where: fact.subject.hasPrefix)
            matched = fact.indicator.map { "indicator " + $0 }
                ?? "subject " + (deed.map { "+" + fact.subject.dropFirst($0.count) } ?? fact.subject)
        }

        static func == (lhs: Key, rhs: Key) -> Bool { lhs.matched == rhs.matched }
        func hash(into hasher: inout Hasher) { hasher.combine(matched) }
    }

    struct Slot: Hashable {
        var key: Key
        var measure: Measure
    }

    /// The facts of a row before judging.
    private struct Draft {
        var measure: Measure
        var target: Fact?
        var outcome: Fact?
        var nextTarget: Fact?
    }

    /// One row per indicator and measure that has a target of `year` or of the year after, in
    /// the order they first appear; outcomes join the row of their indicator and measure.
    ///
    /// When an indicator states several facts of one role and measure, the first in document
    /// order counts (the one in the list of main targets). A row left without a partner of its
    /// measure takes one of another measure of the same indicator, judged not comparable
    /// (an outcome given as a level against a growth target).
    /// - Complexity: O(n · m) for n facts and m measures (three).
    func rows(judge: TargetJudge) -> [ScorecardRow] {
        let targetsBySlot = Self.firsts(targets ?? [], lexicon: judge.lexicon)
        let outcomesBySlot = Self.firsts(outcomes, lexicon: judge.lexicon)
        let nextBySlot = Self.firsts(nextTargets, lexicon: judge.lexicon)
        let slots = Self.unique(targetsBySlot.order + nextBySlot.order)
        let measuresByKey = Dictionary(grouping: slots, by: \.key).mapValues { $0.map(\.measure) }
        let outcomeSlotsByKey = Dictionary(grouping: outcomesBySlot.order, by: \.key)
        var rows: [ScorecardRow] = []
        for key in Self.unique(slots.map(\.key)) {
            let measures = measuresByKey[key] ?? []
            var drafts = measures.map { measure in
                let slot = Slot(key: key, measure: measure)
                return Draft(
                    measure: measure, target: targetsBySlot.first[slot], outcome: outcomesBySlot.first[slot],
                    nextTarget: nextBySlot.first[slot]
                )
            }
            if targets != nil, let lone = drafts.firstIndex(where: { $0.target != nil && $0.nextTarget == nil }),
                let orphan = drafts.firstIndex(where: { $0.target == nil && $0.nextTarget != nil })
            {
                drafts[lone].nextTarget = drafts[orphan].nextTarget
                drafts[lone].outcome = drafts[lone].outcome ?? drafts[orphan].outcome
                drafts.remove(at: orphan)
            }
            let spare = outcomeSlotsByKey[key]?.first { !measures.contains($0.measure) }
            if let spare, let index = drafts.firstIndex(where: { $0.outcome == nil && ($0.target != nil || targets == nil) }) {
                drafts[index].outcome = outcomesBySlot.first[spare]
            }
            rows += drafts.map { finished($0, key: key, judge: judge) }
        }
        return rows
    }

    /// The row of a draft with its verdict, change and reasons.
    /// - Complexity: O(1).
    private func finished(_ draft: Draft, key: Key, judge: TargetJudge) -> ScorecardRow {
        var row = ScorecardRow(
            indicator: key.name, measure: draft.measure, year: year, target: draft.target, outcome: draft.outcome,
            nextTarget: draft.nextTarget, period: period
        )
        var reasons: [String] = []
        let chinese = row.isChinese
        if let target = draft.target {
            if let outcome = draft.outcome {
                let judgement = judge.verdict(of: target, by: outcome)
                row.verdict = judgement.verdict
                reasons += [judgement.reason].compactMap { $0 }
            } else {
                row.verdict = .notReported
                let missing = missingYears.map(String.init)
                switch (missingYears.isEmpty, chinese) {
                case (true, true): reasons.append("\(laterReportYear)年报告未报告\(period.chineseText)的完成情况")
                case (true, false): reasons.append("the \(laterReportYear) report states no outcome for \(period)")
                case (false, true): reasons.append("缺" + missing.map { $0 + "年" }.joined(separator: "、") + "报告")
                case (false, false): reasons.append("no report for \(missing.joined(separator: ", "))")
                }
            }
        }
        let baseline = targets == nil ? draft.outcome : draft.target
        switch (baseline, draft.nextTarget) {
        case (let previous?, let next?):
            let judgement = judge.change(from: previous, to: next)
            row.change = judgement.change
            reasons += [judgement.reason].compactMap { $0 }
        case (_?, nil) where targets != nil && period.isYear:
            row.change = .dropped
        case (nil, _?) where targets != nil:
            row.change = .new
        default:
            row.change = nil
        }
        row.reason = reasons.isEmpty ? nil : reasons.joined(separator: chinese ? "；" : "; ")
        return row
    }

    /// The first fact of each slot, those of the list of main targets before all others, and the
    /// slots in order of first appearance. A subject that is no noun phrase makes no slot, nor
    /// does the change of a level or rate stated beside it (`赤字率按4%左右安排，比上年提高1个
    /// 百分点`): the change follows from two years' levels and is no indicator of its own.
    /// - Complexity: O(n).
    private static func firsts(_ facts: [Fact], lexicon: IndicatorLexicon) -> (first: [Slot: Fact], order: [Slot]) {
        var first: [Slot: Fact] = [:]
        var order: [Slot] = []
        let levels = Set(
            facts.compactMap { fact -> String? in
                guard let id = fact.indicator, let entry = lexicon.entry(id: id), entry.measure != .growth,
                    fact.measure == entry.measure
                else { return nil }
                return fact.sentenceID + " " + id
            }
        )
        for fact in facts.filter(\.isHeadline) + facts.filter({ !$0.isHeadline }) {
            guard fact.indicator != nil || SubjectShape.isNounPhrase(fact.subject) else { continue }
            if let id = fact.indicator, fact.measure == .growth, levels.contains(fact.sentenceID + " " + id) { continue }
            let slot = Slot(key: Key(fact), measure: fact.measure)
            if first[slot] == nil {
                first[slot] = fact
                order.append(slot)
            }
        }
        return (first, order)
    }

    /// The elements without repeats, first occurrences kept in order.
    /// - Complexity: O(n).
    private static func unique<Element: Hashable>(_ elements: [Element]) -> [Element] {
        var seen: Set<Element> = []
        return elements.filter { seen.insert($0).inserted }
    }
}

extension Period {
    /// `2024年`, `2021—2025年`: the years as a Chinese note writes them.
    fileprivate var chineseText: String { isYear ? "\(first)年" : "\(first)—\(last)年" }
}
