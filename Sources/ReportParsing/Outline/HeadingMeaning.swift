import ReportModel
import ReportText

/// What a part's heading says about the part: its role, the one year it names and the years it
/// speaks of.
///
/// The role comes from the heading's words, the earliest cue winning when there are two
/// (`“十四五”时期发展成就和“十五五”时期主要目标任务` is a review first). Years are variables:
/// `2024年工作回顾` plays the same role as `2023年工作回顾`.
struct HeadingMeaning: Sendable, Hashable {
    var role: PartRole
    var year: Int?
    /// Absolute periods only (years, five-year plans); relative ones (`过去五年`) need the
    /// report's year and are resolved once the outline is built.
    var period: Period?

    private static let cues: [(PartRole, [String])] = [
        (.review, ["回顾", "成就", "成绩", "总结", "Review", "review"]),
        (.requirements, ["总体要求", "政策取向", "Overall Requirements", "Policy Direction"]),
        (.government, ["政府自身建设", "自身建设", "Improving Government", "Government Self"]),
        (.appendix, ["附件", "名词解释", "民生实事", "Appendix", "Annex", "Glossary"]),
        (.plan, ["任务", "安排", "重点工作", "部署", "建议", "计划", "主要目标", "举措", "Tasks", "Plan", "Work for", "Priorities"]),
    ]

    init(title: some StringProtocol, isChinese: Bool) {
        var best: (PartRole, String.Index)?
        // English cues are words in any case — `Review` in a written heading, `a review of` in a
        // spoken one — and start a word: `plan` is no cue in `explain`.
        let text = isChinese ? String(title) : String(title).lowercased()
        for (role, words) in Self.cues {
            for word in words {
                let cue = isChinese ? word : word.lowercased()
                var from = text.startIndex
                while let found = text.literalRange(of: cue, from: from) {
                    if isChinese || found.lowerBound == text.startIndex || !text[text.index(before: found.lowerBound)].isLetter {
                        if best.map({ found.lowerBound < $0.1 }) ?? true { best = (role, found.lowerBound) }
                        break
                    }
                    from = found.upperBound
                }
            }
        }
        role = best?.0 ?? .other
        // `努力建设让人民满意的法治型服务型政府`, `深入推进政府治理创新`: a part about the government
        // itself, named by its head noun rather than by `自身建设`.
        if role == .other, isChinese, text.hasSuffix("政府") || ["政府建设", "政府治理"].contains(where: text.containsLiterally) {
            role = .government
        }
        // `2026年主要工作`, `今年政府工作`: work named with no word of looking back is work to do.
        if role == .other, isChinese, text.hasSuffix("工作") { role = .plan }
        let range = isChinese ? nil : Self.englishYearRange(in: text)
        year = isChinese ? OutlineBuilder.year(in: Substring(text)) : range == nil ? Self.englishYear(in: text) : nil
        period = PeriodCue.union(PeriodCue.fiveYearPlans(in: text) + (range.map { [$0] } ?? [])) ?? year.map(Period.init(year:))
        // `全力推动“十五五”开好局、起好步`: the start of a plan is its first year.
        if year == nil, let plan = period, !plan.isYear, ["开好局", "开局之年", "起好步"].contains(where: text.containsLiterally) {
            year = plan.first
            period = Period(year: plan.first)
        }
    }

    /// A four-digit year standing as a word: `in 2014`, `2018 in Review`, `in 2019:`.
    static func englishYear(in text: String) -> Int? {
        for word in text.split(whereSeparator: { !$0.isNumber }) where word.count == 4 {
            if let year = Int(word), (1900...2099).contains(year) { return year }
        }
        return nil
    }

    /// `from 2016 through 2020`, `2016–2020`: the years of a period, not one year.
    static func englishYearRange(in text: String) -> Period? {
        guard let match = text.firstMatch(of: /\b((?:19|20)\d\d) ?(?:through|to|until|-|–|—) ?((?:19|20)\d\d)\b/),
            let first = Int(match.1), let last = Int(match.2), first < last
        else { return nil }
        return Period(first: first, last: last)
    }
}
