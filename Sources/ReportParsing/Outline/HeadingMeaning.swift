import ReportModel

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
        let text = String(title)
        for (role, words) in Self.cues {
            for word in words {
                guard let found = text.range(of: word) else { continue }
                if best.map({ found.lowerBound < $0.1 }) ?? true { best = (role, found.lowerBound) }
            }
        }
        role = best?.0 ?? .other
        year = isChinese ? OutlineBuilder.year(in: Substring(text)) : Self.englishYear(in: text)
        period = PeriodCue.union(PeriodCue.fiveYearPlans(in: text)) ?? year.map(Period.init(year:))
    }

    /// A four-digit year standing as a word: `in 2014`, `2018 in Review`, `in 2019:`.
    static func englishYear(in text: String) -> Int? {
        for word in text.split(whereSeparator: { !$0.isNumber }) where word.count == 4 {
            if let year = Int(word), (1900...2099).contains(year) { return year }
        }
        return nil
    }
}
