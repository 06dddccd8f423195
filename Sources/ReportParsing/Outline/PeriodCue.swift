import ReportModel
import ReportText

/// Words that name the years a piece of a report speaks of: a five-year plan (`“十四五”`,
/// `13th Five-Year Plan`), the five years before or after the report (`过去五年`, `五年来`,
/// `今后五年`), a horizon (`到2030年`).
enum PeriodCue {
    /// The years of the n-th five-year plan: the third ran 1966–1970 and they follow on
    /// without gaps since (十三五 = 2016–2020, 十五五 = 2026–2030).
    static func fiveYearPlan(_ ordinal: Int) -> Period? {
        guard ordinal >= 3 else { return nil }
        let first = 1966 + 5 * (ordinal - 3)
        return Period(first: first, last: first + 4)
    }

    /// `十三五` … `十九五` at `index`: the plan's ordinal (13 … 19).
    static func chineseFiveYearPlanOrdinal(at index: Int, in characters: [Character]) -> Int? {
        guard index + 2 < characters.count, characters[index] == "十", let digit = characters[index + 1].chineseDigit,
            digit > 0, characters[index + 2] == "五"
        else { return nil }
        return 10 + digit
    }

    /// `第十五个五年规划` at `index`, the plan named in full: its ordinal and length (15, 7).
    static func spelledFiveYearPlan(at index: Int, in characters: [Character]) -> (ordinal: Int, length: Int)? {
        guard index + 6 < characters.count, characters[index] == "第", characters[index + 1] == "十" else { return nil }
        let digit = characters[index + 2].chineseDigit ?? 0
        let cursor = index + (digit > 0 ? 3 : 2)
        guard cursor + 3 < characters.count, characters[cursor...].starts(with: ["个", "五", "年", "规"]) else { return nil }
        return (10 + digit, cursor + 3 - index)
    }

    /// Every five-year plan the text names: `十四五` in quotes or before `时期`/`规划`/`期间`,
    /// `第十四个五年规划`, or `14th Five-Year Plan`.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func fiveYearPlans(in text: some StringProtocol) -> [Period] {
        // Either form needs a `五` or the `v` of `five`: most texts name no plan.
        guard text.unicodeScalars.contains(where: { $0 == "五" || $0 == "v" || $0 == "V" }) else { return [] }
        var result: [Period] = []
        let characters = Array(text)
        var index = 0
        while index + 2 < characters.count {
            defer { index += 1 }
            if let spelled = spelledFiveYearPlan(at: index, in: characters), let period = fiveYearPlan(spelled.ordinal) {
                result.append(period)
                continue
            }
            guard let ordinal = chineseFiveYearPlanOrdinal(at: index, in: characters) else { continue }
            let before = index > 0 ? characters[index - 1] : " "
            let after = String(characters[(index + 3)..<min(characters.count, index + 5)])
            guard before == "“" || before == "\"" || ["时期", "规划", "期间"].contains(where: after.hasPrefix)
            else { continue }
            if let period = fiveYearPlan(ordinal) { result.append(period) }
        }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "-" })
        for (position, word) in words.enumerated() where position + 2 < words.count {
            guard words[position + 1].lowercased() == "five", words[position + 2].lowercased().hasPrefix("year"),
                let ordinal = Int(word.prefix(while: \.isNumber)), word.count > String(ordinal).count
            else { continue }
            if let period = fiveYearPlan(ordinal) { result.append(period) }
        }
        return result
    }

    /// The five years before the report (`过去五年`, `五年来`, `past five years`) or from the
    /// report's year on (`今后五年`, `未来五年`, `next five years`).
    static func relativePeriod(in text: some StringProtocol, reportYear: Int) -> Period? {
        let lowered = text.lowercased()
        if ["过去五年", "过去的五年", "五年来", "past five years"].contains(where: lowered.containsLiterally) {
            return Period(first: reportYear - 5, last: reportYear - 1)
        }
        if ["今后五年", "未来五年", "next five years", "coming five years"].contains(where: lowered.containsLiterally) {
            return Period(first: reportYear, last: reportYear + 4)
        }
        return nil
    }

    /// The one year a part's title names relative to the report: `过去一年`, `去年` (the year before),
    /// `今年` (the report's year).
    static func relativeYear(in title: some StringProtocol, reportYear: Int) -> Int? {
        if ["过去一年", "过去的一年", "去年", "past year", "last year"].contains(where: title.containsLiterally) { return reportYear - 1 }
        if ["今年", "this year"].contains(where: title.containsLiterally) { return reportYear }
        return nil
    }

    /// The period a paragraph opens with (`五年来，…`, `“十四五”时期，…`, `到2030年，…`); cues later
    /// in a paragraph speak of something else as often as of the paragraph.
    /// A paragraph that opens with a year (`2025年是“十四五”规划收官之年。`) speaks of that year,
    /// as its section does, whatever period it goes on to name.
    static func opening(of text: some StringProtocol, reportYear: Int?) -> Period? {
        let head = String(text.prefix(12))
        let digits = head.prefix(while: { $0.isASCII && $0.isNumber })
        if digits.count == 4, head.dropFirst(4).first == "年" { return nil }
        if let reportYear, let relative = relativePeriod(in: head, reportYear: reportYear) { return relative }
        if let plan = fiveYearPlans(in: head).first { return plan }
        if let reportYear, head.hasPrefix("到"), let horizon = OutlineBuilder.year(in: Substring(head)), horizon > reportYear {
            return Period(first: reportYear, last: horizon)
        }
        return nil
    }

    /// The smallest period that holds them all.
    static func union(_ periods: [Period]) -> Period? {
        guard let first = periods.map(\.first).min(), let last = periods.map(\.last).max() else { return nil }
        return Period(first: first, last: last)
    }
}
