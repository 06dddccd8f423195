import ReportModel
import ReportText

/// A word in a sentence that decides whether the numbers after it are targets or outcomes and
/// which year they speak of: `2024年`, `去年`, `今年`, `力争`, `by 2030`.
struct Cue: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// The numbers after it speak of this year.
        case year(Int)
        /// The numbers after it are aimed for (`目标`, `力争`, `确保`).
        case target
        /// The numbers after it speak of several years (`五年来`, `“十四五”时期`, `今明两年`, `到2025年`).
        case period(Period)
        /// The numbers after it are yearly averages or sums over a span (`年均`, `累计`) whose years
        /// the context tells.
        case span
    }

    /// Character offset of the cue in its sentence.
    var offset: Int
    var kind: Kind
    /// A period up to a deadline (`到2035年`): a point aimed at, not a span the text goes on about.
    var isDeadline = false
    /// An English span counted from the report's year (`over the last two years`): a speech with no
    /// review part names it for one claim, so there it holds for its own sentence only.
    var isRelativeSpan = false

    /// Words that make the numbers after them targets.
    static let targetWords = ["目标", "力争", "确保", "预期", "计划", "争取", "力求", "拟"]

    /// English words of aim and plan, whole words only (`will`, not `William`).
    static let englishTargetWords = [
        "goal", "target", "aim to", "aims to", "will", "plan to", "plans to", "going to", "should", "expected to",
        "projected to", "projected at", "projected targets",
        // `Eligible parents can expect up to $9,000`: what people can expect from a measure is to come;
        // a bare `we expect` may estimate the year now closing.
        "can expect",
        // `the portion … in excess of $3 million would be taxed at 6%`: a proposed rule stated conditionally.
        "would be",
        // `I want to cap the cost of insulin at $35`, `It's time to raise …`, `I've proposed a minimum
        // tax of 25%`, `Pass my plan for $12 Billion`: a speaker's proposals are aims of the year ahead.
        "want to", "it's time to", "it’s time to", "propose", "proposed", "proposing", "my plan",
        // `let's cap the cost of insulin at $35`, `I'm asking Congress to provide an additional $50 million`.
        "let's", "let’s", "i'm asking", "i’m asking", "i am asking", "calling on",
    ]

    private static let allTargetWords = targetWords + englishTargetWords

    /// Words relating a year to the report's year, with the offset they add.
    static let relativeYears: [(String, Int)] = [
        ("过去一年", -1), ("过去的一年", -1), ("一年来", -1), ("去年", -1), ("上年", -1), ("今年", 0), ("本年", 0), ("明年", 1),
        ("last year", -1), ("this year", 0), ("next year", 1), ("the year just passed", -1), ("the past year", -1),
        // `From next month, individuals can apply`: a budget delivered early in its year starts a measure
        // next month in that year.
        ("next month", 0),
    ]

    /// Words naming a span relative to the report's year: first and last year as offsets.
    static let relativePeriods: [(String, Int, Int)] = [
        ("过去五年", -5, -1), ("过去的五年", -5, -1), ("这五年", -5, -1), ("过去5年", -5, -1), ("五年来", -5, -1), ("5年来", -5, -1), ("近五年", -5, -1),
        ("今明两年", 0, 1), ("今后五年", 0, 4), ("未来五年", 0, 4),
        ("近三年", -3, -1), ("三年来", -3, -1), ("过去三年", -3, -1), ("今后三年", 0, 2), ("未来三年", 0, 2),
        ("过去十年", -10, -1), ("十年来", -10, -1), ("近十年", -10, -1),
    ]

    /// Words marking a yearly average or a running total over a span.
    static let spanWords = ["年均", "average annual", "annual average", "on average"]

    /// The first characters of the cue words, lowercased.
    private static let initials = Set(
        (allTargetWords + relativeYears.map(\.0) + relativePeriods.map(\.0) + spanWords + ["十", "到", "by", "during", "past", "in"])
            .compactMap { $0.first?.lowercased() }
    )
    /// The initials that are one ASCII byte or one unified Han ideograph, for the test every
    /// character of a sentence takes.
    private static let asciiInitials = Set(initials.compactMap { $0.utf8.count == 1 ? $0.utf8.first : nil })
    private static let hanInitials = Set(initials.compactMap { initial -> UInt32? in
        guard let character = initial.first, case .unifiedHan(let value) = Folding(character) else { return nil }
        return value
    })

    /// The cue words as characters, matched without counting or decoding a `String` each time, and
    /// grouped by their first character.
    private static let relativeYearWords = ByInitial(relativeYears.map { (Array($0.0), $0.1) }) { $0.0 }
    private static let relativePeriodWords = ByInitial(relativePeriods.map { (Array($0.0), $0.1, $0.2) }) { $0.0 }
    private static let spanWordCharacters = ByInitial(spanWords.map { Array($0) }) { $0 }
    private static let targetWordCharacters = ByInitial(allTargetWords.map { Array($0) }) { $0 }

    /// Characters before a year that make it a baseline (`比2020年`, `较上年`), not the year spoken of.
    static let baselineMarkers: Set<Character> = ["比", "较", "与", "同", "自", "从", "由"]

    /// The cues of a sentence, in order.
    /// - Complexity: O(n) in the length of the sentence.
    static func scan(_ text: [Character], reportYear: Int?) -> [Cue] {
        var cues: [Cue] = []
        let english = !text.contains(where: \.isHan)
        var index = 0
        while index < text.count {
            if let (year, length) = explicitYear(at: index, in: text, english: english) {
                if !isBaseline(before: index, in: text), !isBaseOfMultiple(at: index, length: length, in: text) {
                    let isDeadline = index > 0 && text[index - 1] == "到" || endsWithFolded("by ", before: index, in: text)
                    if isDeadline, let reportYear, year > reportYear {
                        cues.append(Cue(offset: index, kind: .period(Period(first: reportYear, last: year)), isDeadline: true))
                    } else {
                        cues.append(Cue(offset: index, kind: .year(year)))
                    }
                }
                index += length
                continue
            }
            if let (period, length) = fiveYearPlan(at: index, in: text) {
                if !isBaseline(before: index, in: text), !namesPlanDocument(after: index + length, in: text),
                    !isBaseOfMultiple(at: index, length: length, in: text)
                {
                    cues.append(Cue(offset: index, kind: .period(period)))
                }
                index += length
                continue
            }
            // Most characters start no cue word: one folded look at them skips every word's test;
            // an English cue word starts a word, never inside one.
            guard startsCueWord(text[index]), !english || index == 0 || !text[index - 1].isLetter else {
                index += 1
                continue
            }
            if english, let reportYear, let (first, last, length) = englishRelativeSpan(at: index, in: text) {
                cues.append(Cue(offset: index, kind: .period(Period(first: reportYear + first, last: reportYear + last)), isRelativeSpan: true))
                index += length
                continue
            }
            if let reportYear,
                let (word, delta) = relativeYearWords.starting(with: text[index]).first(where: { matchesFolded($0.0, at: index, in: text) })
            {
                if !isBaseline(before: index, in: text) {
                    cues.append(Cue(offset: index, kind: .year(reportYear + delta)))
                }
                index += word.count
                continue
            }
            if let reportYear,
                let (word, first, last) = relativePeriodWords.starting(with: text[index]).first(where: {
                    matchesFolded($0.0, at: index, in: text)
                })
            {
                cues.append(Cue(offset: index, kind: .period(Period(first: reportYear + first, last: reportYear + last))))
                index += word.count
                continue
            }
            if let word = spanWordCharacters.starting(with: text[index]).first(where: { matchesFolded($0, at: index, in: text) }) {
                // `细颗粒物年均浓度`: an annual mean is a measure of one year, not a span.
                if !matchesFolded("浓度", at: index + word.count, in: text) {
                    cues.append(Cue(offset: index, kind: .span))
                }
                index += word.count
                continue
            }
            if let word = targetWordCharacters.starting(with: text[index]).first(where: {
                matchesFolded($0, at: index, in: text) && (!english || isWholeWord(at: index, length: $0.count, in: text))
            }) {
                cues.append(Cue(offset: index, kind: .target))
                index += word.count
                continue
            }
            index += 1
        }
        return cues
    }

    /// Words opening a span counted from the report's year, and whether it lies ahead.
    private static let spanWays = [("next ", true), ("within ", true), ("past ", false), ("last ", false), ("in just ", false), ("in only ", false)]
    private static let spanWayInitials = Set(spanWays.compactMap { $0.0.utf8.first })

    /// `next 25 years`, `past seven years`, `next decade`, `last two decades`: a span counted from the
    /// report's year, ahead or back, as first and last year offsets and the phrase's length.
    private static func englishRelativeSpan(at index: Int, in text: [Character]) -> (Int, Int, Int)? {
        // `resolved within two years`: a deadline counted from the report's year is a span ahead too.
        // `15 million new jobs in just three years`: a span stressed as short is one looked back on.
        guard case .ascii(let initial) = Folding(text[index]), spanWayInitials.contains(initial),
            let (way, ahead) = spanWays.first(where: { matchesFolded($0.0, at: index, in: text) })
        else { return nil }
        var cursor = index + way.count
        var count = 1
        var digits = 0
        while cursor < text.count, let digit = text[cursor].digitValue {
            digits = digits * 10 + digit
            cursor += 1
        }
        if digits > 0 {
            count = digits
            cursor += matchesFolded(" ", at: cursor, in: text) ? 1 : 0
        } else if let (word, value) = Lexis.englishNumberWords.first(where: { matchesFolded($0.0 + " ", at: cursor, in: text) }) {
            count = value
            cursor += word.count + 1
        }
        let unit = [("years", 1), ("decades", 10), ("decade", 10)].first { matchesFolded($0.0, at: cursor, in: text) }
        guard let (word, size) = unit, isWholeWord(at: cursor, length: word.count, in: text),
            word == "decade" || count > 1 || digits > 0 || word == "decades"
        else { return nil }
        let years = count * size
        return ahead ? (0, years - 1, cursor + word.count - index) : (-years, -1, cursor + word.count - index)
    }

    /// `2024年` (not `2020年以来`), or an English `2030` standing alone (not `since 2020`).
    private static func explicitYear(at index: Int, in text: [Character], english: Bool) -> (Int, Int)? {
        guard index + 4 <= text.count, index == 0 || text[index - 1].digitValue == nil else { return nil }
        var year = 0
        for offset in 0..<4 {
            guard let digit = text[index + offset].digitValue else { return nil }
            year = year * 10 + digit
        }
        guard (1900...2100).contains(year) else { return nil }
        let after = index + 4
        if after < text.count, text[after] == "年" {
            if matchesFolded("以来", at: after + 1, in: text) { return nil }
            // `面向2030年的科技创新重大项目`: a year naming what a programme aims at is no time of the
            // numbers after it.
            if matchesFolded("面向", at: index - 2, in: text) { return nil }
            return (year, 5)
        }
        let standsAlone = after == text.count || !(text[after].isLetter || text[after].digitValue != nil)
        // `FY2024`, `YA2025`: a budget's financial year and a tax's year of assessment are years.
        let budgetYear = index >= 2 && ["fy", "ya"].contains { matchesFolded($0, at: index - 2, in: text) }
            && (index == 2 || !text[index - 3].isLetter)
        guard english, standsAlone, index == 0 || text[index - 1] == " " || budgetYear else { return nil }
        let before = String(text[max(0, index - 6)..<index]).lowercased()
        return before.hasSuffix("since ") ? nil : (year, 4)
    }

    private static func isBaseline(before index: Int, in text: [Character]) -> Bool {
        guard index > 0 else { return false }
        let before = text[index - 1] == "“" || text[index - 1] == "\"" ? index - 1 : index
        guard before > 0 else { return false }
        return baselineMarkers.contains(text[before - 1]) || matchesFolded("同比", at: before - 2, in: text)
            || comparatives.contains { matchesFolded($0, at: before - 2, in: text) }
            || englishComparatives.contains { endsWithFolded($0, before: index, in: text) }
    }

    /// `2015年旅游收入是2010年的2.6倍`, `教育投入1349亿元，是“十一五”的2.4倍`, `是“十一五”末的2.6倍`:
    /// the time a multiple is taken of is a baseline too.
    private static func isBaseOfMultiple(at index: Int, length: Int, in text: [Character]) -> Bool {
        var start = index, end = index + length
        while start > 0, "“‘「『".contains(text[start - 1]) { start -= 1 }
        while end < text.count, text[end].isClosing { end += 1 }
        if end < text.count, "末初".contains(text[end]) { end += 1 }
        if end < text.count, text[end] == "的" { end += 1 }
        return start > 0 && "是为".contains(text[start - 1]) && end < text.count && text[end].isNumber
    }

    /// `an increase of 560 billion yuan over last year`: the year compared with, in English.
    private static let englishComparatives = ["over ", "than ", "on ", "compared with ", "compared to ", "versus "]

    /// `快于2024年1.8个百分点`: the year compared with is a baseline too.
    private static let comparatives = ["快于", "慢于", "高于", "低于", "多于", "少于", "好于"]

    /// `“十四五”规划重大工程项目`, `“十四五”规划纲要`: the plan as a document names the things of it, not
    /// the time of the sentence.
    private static func namesPlanDocument(after end: Int, in text: [Character]) -> Bool {
        var cursor = end
        while cursor < text.count, text[cursor].isClosing { cursor += 1 }
        return text[cursor...].starts(with: ["规", "划"]) && !text[(cursor + 2)...].starts(with: ["期"])
    }

    /// `十三五` … `十五五`, `第十五个五年规划`, or `13th Five-Year Plan`: the plan's years.
    private static func fiveYearPlan(at index: Int, in text: [Character]) -> (Period, Int)? {
        if let ordinal = PeriodCue.chineseFiveYearPlanOrdinal(at: index, in: text), let period = PeriodCue.fiveYearPlan(ordinal) {
            return (period, 3)
        }
        if let spelled = PeriodCue.spelledFiveYearPlan(at: index, in: text), let period = PeriodCue.fiveYearPlan(spelled.ordinal) {
            return (period, spelled.length)
        }
        guard text[index].digitValue != nil, index == 0 || !text[index - 1].isLetter && text[index - 1].digitValue == nil
        else { return nil }
        var cursor = index
        var number = 0
        while cursor < text.count, let digit = text[cursor].digitValue {
            number = number * 10 + digit
            cursor += 1
        }
        let rest = String(text[cursor..<min(text.count, cursor + 21)]).lowercased()
        guard rest.hasPrefix("th five-year plan") || rest.hasPrefix("th five year plan"), let period = PeriodCue.fiveYearPlan(number)
        else { return nil }
        return (period, cursor - index + 17)
    }

    private static func endsWithFolded(_ word: String, before index: Int, in text: [Character]) -> Bool {
        matchesFolded(word, at: index - word.count, in: text)
    }

    /// Whether the letters at `index` stand as a word of their own: no letter touches them.
    private static func isWholeWord(at index: Int, length: Int, in text: [Character]) -> Bool {
        (index == 0 || !text[index - 1].isLetter) && (index + length >= text.count || !text[index + length].isLetter)
    }

    private static func matchesFolded(_ word: String, at index: Int, in text: [Character]) -> Bool {
        matchesFolded(Array(word), at: index, in: text)
    }

    private static func matchesFolded(_ word: [Character], at index: Int, in text: [Character]) -> Bool {
        guard index >= 0, index + word.count <= text.count else { return false }
        return zip(text[index..<index + word.count], word).allSatisfy { Character.equalFolded($0, $1) }
    }

    /// Whether `character` may begin a cue word: `initials.contains(character.lowercased())`.
    private static func startsCueWord(_ character: Character) -> Bool {
        switch Folding(character) {
        case .ascii(let byte): asciiInitials.contains(byte)
        case .unifiedHan(let value): hanInitials.contains(value)
        case .other: initials.contains(character.lowercased())
        }
    }

    /// Cue words grouped by their first character, folded: a position tries only the words that can
    /// start there. Every cue word starts with ASCII or a unified Han ideograph; a character of
    /// another kind (which may still fold to ASCII, as the Kelvin sign does) tries them all.
    private struct ByInitial<Entry: Sendable>: Sendable {
        private enum Initial: Hashable, Sendable {
            case ascii(UInt8)
            case han(UInt32)
        }

        private let all: [Entry]
        private let grouped: [Initial: [Entry]]

        init(_ entries: [Entry], word: (Entry) -> [Character]) {
            all = entries
            grouped = Dictionary(grouping: entries) { entry in
                switch Folding(word(entry)[0]) {
                case .ascii(let byte): .ascii(byte)
                case .unifiedHan(let value): .han(value)
                case .other: preconditionFailure("a cue word starts with ASCII or a unified Han ideograph")
                }
            }
        }

        func starting(with character: Character) -> [Entry] {
            switch Folding(character) {
            case .ascii(let byte): grouped[.ascii(byte)] ?? []
            case .unifiedHan(let value): grouped[.han(value)] ?? []
            case .other: all
            }
        }
    }
}
