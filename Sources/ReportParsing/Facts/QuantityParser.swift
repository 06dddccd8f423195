import Foundation
import ReportModel
import ReportText

/// Reads the quantities of a sentence: `增长5%以上`, `2458.8亿元`, `6%—6.5%`, `百分之五`, `两倍`,
/// `5.2 percent`, `$1.9 trillion`.
///
/// A number counts only with a unit (or a magnitude) after it, so dates (`2025年2月26日`), ordinals
/// (`第五次`), codes (`5G`, `5A级`, `PM2.5`), slogans (`“156”`) and ages (`80岁`) fall away by
/// construction. Every scan is bounded, so pathological input (10,000 digits) stays linear.
public struct QuantityParser: Sendable {
    public init() {}

    /// The quantities in `sentence`, in order.
    ///
    /// A sentence without Han characters is read as English.
    /// - Complexity: O(n) in the length of the sentence; each position does bounded work.
    public func quantities(in sentence: String) -> [QuantityMatch] {
        let text = Array(sentence)
        let english = !text.contains(where: \.isHan)
        var scanner = Scanner(text: text, english: english)
        return scanner.run()
    }
}

/// The state of one scan over a sentence.
private struct Scanner {
    let text: [Character]
    /// Each character's scalar when it has one only (`Character.singleScalar`), read once: the test
    /// for a number's start runs at every position.
    let scalars: [Unicode.Scalar?]
    let english: Bool
    var matches: [QuantityMatch] = []

    init(text: [Character], english: Bool) {
        self.text = text
        self.scalars = text.map(\.singleScalar)
        self.english = english
    }

    /// Longest numbers read; longer digit runs are not quantities.
    static let maxDigits = 18

    mutating func run() -> [QuantityMatch] {
        var index = 0
        while index < text.count {
            if let match = english ? englishQuantity(at: index) : chineseQuantity(at: index) {
                matches.append(match)
                index = match.span.upperBound
            } else {
                index = skipToken(from: index)
            }
        }
        if !english { shareListUnit() }
        return matches
    }

    /// `分别净减少10.6万、3.8万、3.3万平方公里`: a list of bare magnitudes takes the unit written once
    /// at its end.
    mutating func shareListUnit() {
        guard matches.count > 1 else { return }
        for index in matches.indices.dropLast().reversed() {
            let next = matches[index + 1]
            let magnitude = matches[index].quantity.unit
            guard Lexis.magnitudes.contains(magnitude), next.quantity.unit.hasPrefix(magnitude), next.quantity.unit != magnitude,
                matches[index].span.upperBound < next.span.lowerBound,
                text[matches[index].span.upperBound..<next.span.lowerBound].allSatisfy({ Lexis.listSeparators.contains($0) || $0 == "，" })
            else { continue }
            matches[index].quantity.unit = next.quantity.unit
        }
    }

    /// Moves past the rest of a digit run so that no suffix of it is read as a new number.
    func skipToken(from index: Int) -> Int {
        guard text[index].digitValue != nil else { return index + 1 }
        var end = index + 1
        while end < text.count, text[end].digitValue != nil || text[end].isDecimalPoint || text[end] == "," {
            end += 1
        }
        return end
    }

    // MARK: Chinese

    mutating func chineseQuantity(at start: Int) -> QuantityMatch? {
        guard isNumberStart(start) else { return nil }
        var cursor = start
        var value: Decimal
        var forcedUnit: String?
        var compoundMore = false
        if text.matches("百分之", at: cursor) {
            cursor += 3
            guard let number = arabicNumber(at: cursor) ?? chineseNumber(at: cursor)
            else { return nil }
            value = number.value
            cursor = number.end
            forcedUnit = "%"
        } else if let number = arabicNumber(at: cursor) {
            value = number.value
            cursor = number.end
            if let compound = compoundMagnitude(at: cursor) {
                value += compound.tail
                forcedUnit = compound.unit
                compoundMore = compound.more
                cursor = compound.end
            }
        } else if let number = chineseNumber(at: cursor) {
            value = number.value
            cursor = number.end
            guard unitAfterChineseNumber(at: cursor, hasPositional: number.hasPositional) else { return nil }
        } else {
            return nil
        }

        var qualifier: Qualifier? = compoundMore ? .more : nil
        var unit = forcedUnit ?? ""
        var upper: Decimal?
        if forcedUnit == nil, let tail = magnitudeAndUnit(at: cursor) {
            if tail.more { qualifier = .more }
            unit = tail.unit
            cursor = tail.end
        }
        if let interval = intervalEnd(at: cursor, lowerUnit: unit) {
            upper = interval.value
            unit = interval.unit
            cursor = interval.end
        }
        guard !unit.isEmpty else { return nil }
        // `百强榜前10位`: a rank, as `第1位` is.
        if Lexis.rankUnits.contains(unit), case let before = skipSpacesBackward(from: start), before > 0, text[before - 1] == "前" {
            return nil
        }
        let numberEnd = cursor
        if let suffix = suffixQualifier(at: cursor) {
            qualifier = suffix.qualifier
            cursor = suffix.end
        }
        return finish(
            value: value, upper: upper, unit: unit, qualifier: qualifier,
            numberStart: start, numberEnd: numberEnd, end: cursor
        )
    }

    /// Whether a number may begin here: not inside another number, a code or an ordinal.
    func isNumberStart(_ index: Int) -> Bool {
        guard let scalar = scalars[index] else { return false }
        let isDigit = scalar.digitValue != nil
        let startsNumber = isDigit || scalar.chineseDigit != nil || scalar == "十"
            || (scalar == "百" && text.matches("百分之", at: index))
        guard startsNumber else { return false }
        guard index > 0 else { return true }
        let previous = text[index - 1]
        if previous.digitValue != nil || previous.isDecimalPoint || previous.isASCIILetter { return false }
        if previous == "第" || previous == "-" && index > 1 && text[index - 2].isASCIILetter { return false }
        // `排全省第 3位`: an ordinal spaced from its number.
        if previous.isInlineSpace, case let word = skipSpacesBackward(from: index), word > 0, text[word - 1] == "第" { return false }
        if !isDigit && (previous.chineseDigit != nil || previous.isChinesePositional) {
            return false
        }
        return true
    }

    /// Whether a Chinese numeral is followed by what makes it a quantity: `成`, `倍`, a percentage
    /// point, or (for numerals with `十`/`百`/`千`) any unit.
    func unitAfterChineseNumber(at index: Int, hasPositional: Bool) -> Bool {
        if text.matches("成", at: index) || text.matches("倍", at: index) { return true }
        if text.matches("个百分点", at: index) || text.matches("百分点", at: index) { return true }
        return hasPositional && magnitudeAndUnit(at: index) != nil
    }

    /// `2万5千公里`, `1亿3千多万`: a number written in two magnitudes, read in the larger one with
    /// the unit after the smaller (`万公里`, `亿`).
    func compoundMagnitude(at start: Int) -> (tail: Decimal, unit: String, more: Bool, end: Int)? {
        guard let (magnitude, size) = Lexis.compoundMagnitudes.first(where: { text.matches($0.0, at: start) }),
            let part = arabicNumber(at: start + magnitude.count)
        else { return nil }
        for (word, smaller, more) in Lexis.smallerMagnitudes[magnitude] ?? [] where text.matches(word, at: part.end) {
            var end = part.end + word.count
            var unit = magnitude
            if let named = Lexis.units.first(where: { text.matches($0, at: skipSpaces(from: end)) }) {
                end = skipSpaces(from: end) + named.count
                unit += named
            }
            return (part.value * smaller / size, unit, more, end)
        }
        return nil
    }

    /// `万亿斤`, `亿元`, `%`, `个`, `多万人`, `万余家`: the magnitude folded into the unit.
    ///
    /// A magnitude with no unit (`20万游客`, `超过3300万。`) stands as the unit.
    func magnitudeAndUnit(at start: Int) -> (unit: String, more: Bool, end: Int)? {
        var cursor = skipSpaces(from: start)
        var more = false
        if text.matches("多", at: cursor) || text.matches("余", at: cursor) {
            more = true
            cursor += 1
        }
        var magnitude = ""
        if let word = Lexis.magnitudes.first(where: { text.matches($0, at: cursor) }) {
            magnitude = word
            cursor += word.count
        }
        var magnitudeEnd = cursor
        if !magnitude.isEmpty, text.matches("多", at: cursor) || text.matches("余", at: cursor) {
            more = true
            cursor += 1
            // `3万多亿元`: more than 3万亿元, the larger magnitude written after `多`.
            if let larger = Lexis.magnitudes.first(where: { text.matches($0, at: cursor) }),
                Lexis.magnitudes.contains(magnitude + larger)
            {
                magnitude += larger
                cursor += larger.count
                magnitudeEnd = cursor
            }
        }
        cursor = skipSpaces(from: cursor)
        // `服务群众1500万次`: a count of times is a measure in tens of thousands; a few times
        // (`十二届十次全会`, `4次`) are an ordinal or an event.
        if let unit = Lexis.units.first(where: { text.matches($0, at: cursor) }),
            !Lexis.wordsOpeningWithUnits.contains(where: { text.matches($0, at: cursor) }), unit != "次" || !magnitude.isEmpty
        {
            let end = cursor + unit.count
            if let (denominator, denominatorEnd) = perUnit(at: end) {
                return (magnitude + unit + "/" + denominator, more, denominatorEnd)
            }
            return (magnitude + (unit == "％" ? "%" : unit), more, end)
        }
        guard !magnitude.isEmpty else { return nil }
        if magnitudeEnd < text.count {
            let next = text[magnitudeEnd]
            guard next.digitValue == nil, !next.isASCIILetter,
                !Lexis.magnitudes.contains(where: { text.matches($0, at: magnitudeEnd) })
            else { return nil }
        }
        return (magnitude, more, magnitudeEnd)
    }

    /// `/人` in `58万元/人`, `/百亿元` in `0.6人/百亿元`: what a compound unit is per, with its
    /// magnitude, and where it ends.
    func perUnit(at start: Int) -> (String, Int)? {
        guard start < text.count, text[start] == "/" || text[start] == "／" else { return nil }
        var cursor = start + 1
        let magnitude = Lexis.perMagnitudes.first { text.matches($0, at: cursor) } ?? ""
        cursor += magnitude.count
        // `50万吨/日`, `2000元/月`: a rate per time.
        let times = magnitude.isEmpty ? Lexis.perTimes : []
        guard let unit = (Lexis.units + times).first(where: { text.matches($0, at: cursor) }), unit != "%", unit != "％" else {
            return nil
        }
        return (magnitude + unit, cursor + unit.count)
    }

    /// `—6.5%` after `6%`, or `—2个` after `1`: the upper bound of an interval and its unit.
    ///
    /// A lower bound with a unit needs the same unit on the upper one; one without needs a unit
    /// on the upper one, so `到2025年` is no interval.
    func intervalEnd(at start: Int, lowerUnit: String) -> (value: Decimal, unit: String, end: Int)? {
        guard let dash = Lexis.dashes.first(where: { text.matches($0, at: start) }) else { return nil }
        var cursor = start + dash.count
        guard cursor < text.count else { return nil }
        // `$200–$400`: the upper bound of a sum of money carries its own `$`.
        let currency = english ? Lexis.currencies[text[cursor]].flatMap { lowerUnit.hasSuffix($0) ? $0 : nil } : nil
        if currency != nil { cursor += 1 }
        guard cursor < text.count, let number = arabicNumber(at: cursor) ?? (english ? nil : chineseNumber(at: cursor)) else {
            return nil
        }
        cursor = number.end
        let tail = english ? englishUnit(at: cursor, currency: currency) : magnitudeAndUnit(at: cursor)
        guard let tail, lowerUnit.isEmpty || tail.unit == lowerUnit else { return nil }
        return (number.value, tail.unit, tail.end)
    }

    func suffixQualifier(at start: Int) -> (qualifier: Qualifier, end: Int)? {
        var cursor = skipSpaces(from: start)
        // `1万台（套）以上`: a gloss on the unit stands before the bound.
        if cursor < text.count, text[cursor] == "（" || text[cursor] == "(",
            let close = (cursor + 2..<min(text.count, cursor + 5)).first(where: { text[$0] == "）" || text[$0] == ")" }),
            Lexis.suffixQualifiers.contains(where: { text.matches($0.0, at: close + 1) })
        {
            cursor = close + 1
        }
        for (word, qualifier) in Lexis.suffixQualifiers where text.matches(word, at: cursor) {
            // `打造5条多式联运示范线路`: `多` opening the word after a count's unit is that word's
            // (`多式`, `多元`), and a bound only before a time or a point (`3个多月`, `1个多百分点`);
            // after a magnitude it is one (`3亿多农村人口`).
            let next = cursor + word.count
            if word == "多", cursor > 0, !"十百千万亿".contains(text[cursor - 1]), next < text.count, text[next].isHan,
                !Lexis.unitsAfterMore.contains(where: { text.matches($0, at: next) })
            {
                return nil
            }
            return (qualifier, next)
        }
        return nil
    }

    /// Builds the match, reading the prefix qualifier and direction word before the number.
    mutating func finish(
        value: Decimal, upper: Decimal?, unit: String, qualifier suffixQualifier: Qualifier?,
        numberStart: Int, numberEnd: Int, end: Int
    ) -> QuantityMatch {
        var lower = value
        var upperValue = upper
        if let upper, upper < value { (lower, upperValue) = (upper, value) }
        var cursor = skipSpacesBackward(from: numberStart)
        // `more than US$130 billion`: a currency's country written onto `$` stands between the bound
        // and the number.
        if english, Lexis.currencies[text[numberStart]] != nil {
            var country = numberStart
            while country > 0, numberStart - country < 4, text[country - 1].isUppercase || text[country - 1] == "." { country -= 1 }
            if country == 0 || !text[country - 1].isLetter { cursor = skipSpacesBackward(from: country) }
        }
        var qualifier = suffixQualifier
        // `lowered by another 15 percent`, `close to an additional $1 billion`: a word of increment
        // stands between the number and its bound or verb.
        if english, let word = Lexis.englishIncrementWords.first(where: { text.hasSuffix($0, before: cursor, english: true) }) {
            cursor = skipSpacesBackward(from: cursor - word.count)
        }
        // `increase the AP Cash by between $300 and $650`: an interval's `between` stands after the verb's `by`.
        if english, upper != nil, text.hasSuffix("between", before: cursor, english: true) {
            cursor = skipSpacesBackward(from: cursor - 7)
        }
        let prefixes = english ? Lexis.englishPrefixQualifiers : Lexis.prefixQualifiers
        if let (word, prefix) = prefixes.first(where: { text.hasSuffix($0.0, before: cursor, english: english) }),
            english || !Lexis.wordsEndingInQualifier.contains(where: { text.hasSuffix($0, before: cursor, english: false) }),
            word != "up to" || !Lexis.englishVerbsTakingUp.contains(wordBefore(cursor - word.count) ?? "")
        {
            if qualifier == nil || qualifier == .more { qualifier = prefix }
            cursor = skipSpacesBackward(from: cursor - word.count)
        }
        // `迈上4万亿、5万亿两个台阶`, `分别超98.5%和99%`: a bound before a bare list of numbers holds
        // for each of them.
        if qualifier == nil, !english, let previous = matches.last, cursor == numberStart, cursor > 0,
            "、和及与".contains(text[cursor - 1]), previous.span.upperBound == cursor - 1,
            let (_, shared) = prefixes.first(where: { text.hasSuffix($0.0, before: previous.numberSpan.lowerBound, english: false) })
        {
            qualifier = shared
        }
        let atLeastNearby = (2...5).contains { text.hasSuffix("至少", before: cursor - $0, english: false) }
        if qualifier == nil, !english, atLeastNearby {
            qualifier = .notLessThan
        }
        var direction: QuantityMatch.Direction?
        var directionWord: String?
        let directions = english ? Lexis.englishDirections : Lexis.directions
        if let (word, found) = directions.first(where: {
            text.hasSuffix($0.0, before: cursor, english: english)
                && (english || $0.0.count > 1 || cursor < 2 || !Lexis.degreeAdverbs.contains(text[cursor - 2]))
                && (english || $0.0.count > 1 || !Lexis.wordsEndingInDirection.contains(where: { text.hasSuffix($0, before: cursor, english: false) }))
        }) {
            direction = found
            directionWord = word
            cursor -= word.count
        } else if !english, let word = reachingWordBeforeYear(endingAt: cursor) {
            direction = .reach
            directionWord = word
        } else if let previous = matches.last, cursor > 0, Lexis.listSeparators.contains(text[cursor - 1]),
            skipSpacesBackward(from: cursor - 1) == previous.span.upperBound, qualifier != .breakthrough || english
        {
            // A list item shares the change before it (`分别增长5%、8%`); a level passed does not
            // (`新增1700公里、突破7000公里`).
            direction = previous.direction
            directionWord = previous.directionWord
        } else if !english, let verb = verbBeforeObject(endingAt: cursor) {
            direction = .fall
            directionWord = verb
        } else if english, let found = englishVerbDirection(before: cursor) {
            direction = found
        } else if english, unit == "%", text.matchesWord("of", at: skipSpaces(from: end)),
            let verb = wordBefore(cursor), Lexis.englishFallVerbs.contains(verb)
        {
            // `cutting no less than 5 percent of their general expenditures`: a share cut from a whole is a fall.
            direction = .fall
        } else if english, let previous = matches.last, previous.direction == .rise || previous.direction == .fall,
            sharesVerb(from: previous.span.upperBound, to: cursor, numberStart: numberStart, numberEnd: end)
        {
            direction = previous.direction
        } else if english, ["lower", "less", "fewer", "down", "drop", "decline", "decrease", "reduction", "cut"]
            .contains(where: { text.matchesWord($0, at: skipAdverbials(from: end)) })
        {
            // `0.4 percentage point lower than last year`, `a 2-percent drop in`.
            direction = .fall
        } else if english, let more = ["more", "higher", "greater"].first(where: { text.matchesWord($0, at: skipSpaces(from: end)) }),
            text.matchesWord("than", at: skipSpaces(from: skipSpaces(from: end) + more.count))
        {
            // `one million more than last year`: a difference from what the number is set against.
            direction = .rise
        } else if english, ["increase", "rise", "jump", "gain"].contains(where: { text.matchesWord($0, at: skipAdverbials(from: end)) }) {
            // `a 40% increase in foreign experts`.
            direction = .rise
        } else if english, let found = englishPassiveDirection(after: end) {
            direction = found
        }
        if direction == .fall {
            lower = -lower
            upperValue = upperValue.map { -$0 }
            if let bound = upperValue { (lower, upperValue) = (bound, lower) }
        }
        let quantity = Quantity(value: lower, upperValue: upperValue, unit: unit, qualifier: qualifier)
        let spanStart = max(min(cursor, numberStart), matches.last?.span.upperBound ?? 0)
        return QuantityMatch(
            quantity: quantity, span: spanStart..<end, numberSpan: numberStart..<numberEnd,
            direction: direction, directionWord: directionWord, isEnglish: english
        )
    }

    // MARK: English

    mutating func englishQuantity(at start: Int) -> QuantityMatch? {
        if let spelled = spelledQuantity(at: start) { return spelled }
        var cursor = start
        let currency = Lexis.currencies[text[cursor]]
        if currency != nil { cursor += 1 }
        guard cursor < text.count, text[cursor].digitValue != nil else { return nil }
        if currency == nil, start > 0 {
            let previous = text[start - 1]
            if previous.digitValue != nil || previous.isDecimalPoint || previous.isASCIILetter || previous == "-" {
                return nil
            }
        }
        guard let number = arabicNumber(at: cursor) else { return nil }
        cursor = number.end
        guard cursor >= text.count || !text[cursor].isASCIILetter || text.matches("%", at: cursor)
            || skipSpaces(from: cursor) > cursor
        else { return nil }
        var upper: Decimal?
        let bareInterval = intervalEnd(at: cursor, lowerUnit: "") ?? bareWordInterval(at: cursor, numberStart: start)
        guard let tail = englishUnit(at: cursor, currency: currency) ?? bareInterval.map({ ($0.unit, false, $0.end) })
            ?? startingPoint(endingAt: cursor, numberStart: start)
        else { return nil }
        if let bareInterval, tail.end == bareInterval.end { upper = bareInterval.value }
        cursor = tail.end
        if upper == nil, let interval = intervalEnd(at: cursor, lowerUnit: tail.unit) {
            upper = interval.value
            cursor = interval.end
        } else if upper == nil, !text.hasSuffix("from", before: skipSpacesBackward(from: start), english: true),
            let interval = wordInterval(at: cursor, unit: tail.unit, numberStart: start)
        {
            upper = interval.value
            cursor = interval.end
        }
        return finish(
            value: number.value, upper: upper, unit: tail.unit, qualifier: nil,
            numberStart: start, numberEnd: cursor, end: cursor
        )
    }

    /// `from 50 to 75 percent`: a bare number after `from` takes the unit of the number it goes to.
    func startingPoint(endingAt end: Int, numberStart: Int) -> (unit: String, more: Bool, end: Int)? {
        guard text.hasSuffix("from", before: skipSpacesBackward(from: numberStart), english: true) else { return nil }
        let to = skipSpaces(from: end)
        guard text.matchesWord("to", at: to) else { return nil }
        let next = skipSpaces(from: to + 2)
        guard next < text.count, let number = arabicNumber(at: next), let tail = englishUnit(at: number.end, currency: nil)
        else { return nil }
        return (tail.unit, false, end)
    }

    /// `grow by 2.5 to 3.5 per cent`: a bare number and `to` before a number with its unit is an
    /// interval in that unit (after `from` it is a starting point instead).
    /// A year (`from 30% in 2025 to 40%`) or a larger number is no lower bound.
    func bareWordInterval(at end: Int, numberStart: Int) -> (value: Decimal, unit: String, end: Int)? {
        let to = skipSpaces(from: end)
        guard to > end, text.matchesWord("to", at: to), let lower = arabicNumber(at: numberStart)?.value else { return nil }
        // `from over 9,000 to 25,000`: `from` a word or two before the number.
        let lead = String(text[max(0, numberStart - 16)..<numberStart]).lowercased().split(separator: " ").suffix(3)
        guard !lead.contains("from"), lead.last != "in" else { return nil }
        let next = skipSpaces(from: to + 2)
        guard next < text.count, let number = arabicNumber(at: next), number.value > lower,
            let tail = englishUnit(at: number.end, currency: nil)
        else { return nil }
        return (number.value, tail.unit, tail.end)
    }

    /// `6.5% to 7%`: an interval in words, the same unit on both ends.
    func wordInterval(at start: Int, unit: String, numberStart: Int) -> (value: Decimal, end: Int)? {
        let cursor = skipSpaces(from: start)
        // `between 6.5% and 7%` is an interval; `by 8% and 5%, respectively` two numbers.
        let between = text.hasSuffix("between", before: skipSpacesBackward(from: numberStart), english: true)
        guard text.matchesWord("to", at: cursor) || between && text.matchesWord("and", at: cursor) else { return nil }
        var numberStart = skipSpaces(from: cursor + (text.matchesWord("to", at: cursor) ? 2 : 3))
        // `between $200 and $400`: the upper bound of a sum of money carries its own `$`.
        let currency = numberStart < text.count ? Lexis.currencies[text[numberStart]].flatMap { unit.hasSuffix($0) ? $0 : nil } : nil
        if currency != nil { numberStart += 1 }
        guard numberStart < text.count, let number = arabicNumber(at: numberStart),
            let tail = englishUnit(at: number.end, currency: currency), tail.unit == unit
        else { return nil }
        return (number.value, tail.end)
    }

    /// `ten million`, `eleven million`: a number word before a magnitude.
    mutating func spelledQuantity(at start: Int) -> QuantityMatch? {
        // Most positions start no number word: their first letter says so without trying each word.
        guard case .ascii(let initial) = Folding(text[start]), Lexis.englishNumberWordInitials.contains(initial) else { return nil }
        // `Forty-three million` is no `three million`.
        guard start == 0 || !text[start - 1].isLetter && text[start - 1] != "-" else { return nil }
        for (word, value) in Lexis.englishNumberWords where text.matchesWord(word, at: start) {
            let cursor = skipSpaces(from: start + word.count)
            guard cursor > start + word.count, Lexis.englishMagnitudes.contains(where: { text.matchesWord($0, at: cursor) }),
                let tail = englishUnit(at: cursor, currency: nil)
            else { return nil }
            return finish(
                value: Decimal(value), upper: nil, unit: tail.unit, qualifier: nil, numberStart: start,
                numberEnd: tail.end, end: tail.end
            )
        }
        return nil
    }

    /// `%`, ` percent`, ` per cent`, ` percentage points`, ` million`, ` trillion dollars`.
    func englishUnit(at start: Int, currency: String?) -> (unit: String, more: Bool, end: Int)? {
        if text.matches("%", at: start) { return ("%", false, start + 1) }
        if text.matches("-", at: start), text.matchesWord("percent", at: start + 1) { return ("%", false, start + 8) }
        var cursor = skipSpaces(from: start)
        if text.matchesWord("percentage points", at: cursor) {
            return ("percentage points", false, cursor + 17)
        }
        if text.matchesWord("percentage point", at: cursor) {
            return ("percentage points", false, cursor + 16)
        }
        if text.matchesWord("percent", at: cursor) { return ("%", false, cursor + 7) }
        // British and Commonwealth spelling (Hong Kong's, India's, Britain's budget speeches).
        if text.matchesWord("per cent", at: cursor) { return ("%", false, cursor + 8) }
        var magnitude = ""
        for word in Lexis.englishMagnitudes where text.matchesWord(word, at: cursor) {
            magnitude = word
            cursor += word.count
            break
        }
        let afterMagnitude = skipSpaces(from: cursor)
        // `136.3 billion U.S. dollars`, `US dollars`.
        let country = ["u.s.", "us"].first { text.matchesWord($0, at: afterMagnitude) }
        let dollars = country.map { skipSpaces(from: afterMagnitude + $0.count) } ?? afterMagnitude
        // `23,000 pounds of fentanyl` weighs: pounds are money only after `£`.
        if let word = ["dollars", "euros"].first(where: { text.matchesWord($0, at: dollars) }) {
            return (magnitude.isEmpty ? word : magnitude + " " + word, false, dollars + word.count)
        }
        if let currency { return (magnitude.isEmpty ? currency : magnitude + " " + currency, false, cursor) }
        // `1,900 kilometers of new high-speed rail lines`: a physical measure is a unit on its own.
        if magnitude.isEmpty, let measure = Lexis.englishPhysicalMeasures.first(where: { text.matchesWord($0, at: cursor) }) {
            return (measure, false, cursor + measure.count)
        }
        guard !magnitude.isEmpty else { return nil }
        // `74.4 trillion yuan`, `65 million metric tons`: a measure after the magnitude is the unit's.
        let measureStart = text.matchesWord("rmb", at: afterMagnitude) ? skipSpaces(from: afterMagnitude + 3) : afterMagnitude
        if let measure = Lexis.englishMeasures.first(where: { text.matchesWord($0, at: measureStart) }) {
            return (magnitude + " " + measure, false, measureStart + measure.count)
        }
        return (magnitude, false, cursor)
    }

    /// The word, lowercased, that ends just before `end` and the spaces after it.
    func wordBefore(_ end: Int) -> String? {
        let wordEnd = skipSpacesBackward(from: end)
        var start = wordEnd
        while start > 0, text[start - 1].isLetter { start -= 1 }
        return start < wordEnd ? String(text[start..<wordEnd]).lowercased() : nil
    }

    /// Where the next word after `start` begins, past words of time or manner (`year-on-year`).
    func skipAdverbials(from start: Int) -> Int {
        var cursor = skipSpaces(from: start)
        while let word = Lexis.englishChangeAdverbials.first(where: { text.matchesWord($0, at: cursor) }) {
            cursor = skipSpaces(from: cursor + word.count)
        }
        return cursor
    }

    /// `分别从645元、4318元提高到2025年的801元、7226元`: the year a change reaches its number in stands
    /// between the verb and the number, and stays out of the number's span (it dates the number).
    func reachingWordBeforeYear(endingAt end: Int) -> String? {
        let year = text.yearPhraseLength(endingAt: end)
        guard year > 0 else { return nil }
        return Lexis.directions.first(where: { $0.1 == .reach && $0.0.count > 1 && text.hasSuffix($0.0, before: end - year, english: false) })?.0
    }

    /// `cut the deficit by $1.7 trillion`, `a reduction in energy consumption per unit of GDP of
    /// 3.4%`: a verb or noun a few words before `by` or `of` gives the direction.
    /// `压减钢铁产能5000万吨`, `平均压减时间58%、材料52%`: a verb of cutting, then what it cuts,
    /// then the number; a list item after it (`、材料52%`) is cut by the same verb.
    func verbBeforeObject(endingAt end: Int) -> String? {
        var cursor = end
        while cursor > 0, end - cursor < 16, text[cursor - 1].isHan {
            cursor -= 1
            if let verb = Lexis.verbsOfCutting.first(where: { text.matches($0, at: cursor) }), cursor + verb.count < end,
                !Lexis.resolvesOneByOne(verb, String(text[(cursor + verb.count)..<end]))
            {
                return verb
            }
        }
        guard cursor > 0, text[cursor - 1] == "、", let previous = matches.last, previous.span.upperBound == cursor - 1,
            let verb = previous.directionWord, Lexis.verbsOfCutting.contains(verb)
        else { return nil }
        return verb
    }

    /// `cut steel capacity by 170 million tons and coal capacity by 800 million tons`: a second
    /// `… by N` joined by `and`, with no verb of its own, shares the verb of the change before it,
    /// as does a number in a bare list (`by 23%, 15%, and 18%`).
    func sharesVerb(from start: Int, to end: Int, numberStart: Int, numberEnd: Int) -> Bool {
        guard start < end else { return false }
        // `cut by 23%, 15%, and 18%`: a bare list of numbers, each closed by a mark or `and`, shares
        // its verb; `by 12 million, and over 66 million more people gained access` is a clause of its own.
        let after = skipSpaces(from: numberEnd)
        if Lexis.joinsEnglishList(text[start..<numberStart]),
            after >= text.count || ",;.".contains(text[after]) || text.matchesWord("and", at: after)
                || text.matchesWord("respectively", at: after)
        {
            return true
        }
        let gap = String(text[start..<end]).lowercased()
        guard text.hasSuffix("by", before: end, english: true) else { return false }
        guard !gap.contains(where: { ",;:".contains($0) }) else { return false }
        let words = gap.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard words.first == "and", words.count <= 8 else { return false }
        let verbs = Lexis.englishFallVerbs.union(Lexis.englishRiseVerbs).union(Lexis.englishAuxiliaries)
        return !words.dropFirst().dropLast().contains { verbs.contains($0) || $0.hasSuffix("ed") }
    }

    /// `30 percent of government-managed funds and fees have been cut`: a share whose clause says,
    /// after it, that it was cut or raised is a change of that size.
    func englishPassiveDirection(after end: Int) -> QuantityMatch.Direction? {
        let clause = text[end..<min(text.count, end + 120)].prefix { !",;:.".contains($0) }
        let words = String(clause).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard let passive = words.firstIndex(where: { ["been", "be", "is", "are", "was", "were"].contains($0) }),
            passive + 1 < words.count
        else { return nil }
        let verb = words[(passive + 1)...].first { !["further", "also", "substantially", "significantly"].contains($0) }
        guard let verb else { return nil }
        if Lexis.englishFallVerbs.contains(verb) { return .fall }
        if Lexis.englishRiseVerbs.contains(verb) { return .rise }
        return nil
    }

    func englishVerbDirection(before end: Int) -> QuantityMatch.Direction? {
        guard text.hasSuffix("by", before: end, english: true) || text.hasSuffix("of", before: end, english: true)
        else { return nil }
        // `increased the number of students from poor rural areas who were enrolled in key
        // institutions of higher learning by a further 10.5%`: the verb of a `by` may stand far
        // before it; an `increase of` is named close by.
        let isBy = text.hasSuffix("by", before: end, english: true)
        let lower = max(0, end - (isBy ? 160 : 60))
        let window = String(text[lower..<end]).lowercased()
        let clause = window.split(whereSeparator: { ",;:".contains($0) }).last.map(String.init) ?? window
        // Words split at spaces only: `lower-wage` is no `lower`.
        let words = clause.split(separator: " ").map { String($0.trimmingPunctuation) }
        let near = Array(words.suffix(isBy ? 20 : 9))
        for (index, word) in near.enumerated().reversed() {
            // `a lower amount of up to $3.1 billion`: a comparative after an article qualifies a noun.
            if word == "lower", index > 0, ["a", "an", "the"].contains(near[index - 1]) { continue }
            if Lexis.englishFallVerbs.contains(word) { return .fall }
            // `negative growth of 2.3 percent` is a fall.
            if Lexis.englishRiseVerbs.contains(word) { return index > 0 && near[index - 1] == "negative" ? .fall : .rise }
        }
        return nil
    }

    // MARK: Numbers

    /// Digits (half or full width), thousands separators, a decimal part.
    func arabicNumber(at start: Int) -> NumberRead? {
        var digits = ""
        var cursor = start
        var seenPoint = false
        while cursor < text.count, digits.count <= Self.maxDigits {
            let character = text[cursor]
            if let digit = character.digitValue {
                digits.append(Character(String(digit)))
                cursor += 1
            } else if character == ",", !seenPoint, isThousandsGroup(at: cursor + 1) {
                cursor += 1
            } else if character.isDecimalPoint, !seenPoint, cursor + 1 < text.count,
                text[cursor + 1].digitValue != nil
            {
                seenPoint = true
                digits.append(".")
                cursor += 1
            } else {
                break
            }
        }
        guard !digits.isEmpty, digits.count <= Self.maxDigits,
            cursor >= text.count || text[cursor].digitValue == nil
        else { return nil }
        guard let value = Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        return NumberRead(value: value, end: cursor, hasPositional: false)
    }

    func isThousandsGroup(at index: Int) -> Bool {
        guard index + 3 <= text.count else { return false }
        guard text[index..<index + 3].allSatisfy({ $0.digitValue != nil }) else { return false }
        return index + 3 == text.count || text[index + 3].digitValue == nil
    }

    /// `一百二十三`, `两`, `十五`: a Chinese numeral below ten thousand, read strictly so that
    /// `十四五` is not a number.
    func chineseNumber(at start: Int) -> NumberRead? {
        var total = 0
        var pending: Int?
        var lastPosition = 10_000
        var cursor = start
        var hasPositional = false
        while cursor < text.count, cursor - start < 12 {
            let character = text[cursor]
            if let digit = character.chineseDigit {
                if pending != nil { return nil }
                pending = digit
            } else if let position = character.chinesePositionValue {
                guard position < lastPosition else { return nil }
                total += (pending ?? 1) * position
                pending = nil
                lastPosition = position
                hasPositional = true
            } else {
                break
            }
            cursor += 1
        }
        guard cursor > start else { return nil }
        if cursor < text.count, text[cursor].chineseDigit != nil || text[cursor].chinesePositionValue != nil {
            return nil
        }
        total += pending ?? 0
        return NumberRead(value: Decimal(total), end: cursor, hasPositional: hasPositional)
    }

    // MARK: Spaces

    func skipSpaces(from start: Int) -> Int {
        var cursor = start
        while cursor < text.count, cursor - start < 3, text[cursor].isInlineSpace { cursor += 1 }
        return cursor
    }

    func skipSpacesBackward(from end: Int) -> Int {
        var cursor = end
        while cursor > 0, end - cursor < 3, text[cursor - 1].isInlineSpace { cursor -= 1 }
        return cursor
    }
}

/// A number read from the text and where it ends.
private struct NumberRead {
    var value: Decimal
    var end: Int
    /// Whether a Chinese numeral used `十`, `百` or `千`.
    var hasPositional: Bool
}

/// The words of the grammar, longest first where one is a prefix of another.
enum Lexis {
    static let magnitudes = ["万亿", "千亿", "百亿", "千万", "百万", "亿", "万"]

    /// Words that open with a unit's character but name a thing (`6部门联合印发`).
    static let wordsOpeningWithUnits = ["部门", "人员", "家庭", "条件", "条例", "项目", "场所", "名单", "台阶", "份额", "人制"]

    /// Magnitudes of what a compound unit is per (`人/百亿元`, `吨/万元`).
    static let perMagnitudes = ["百亿", "千亿", "万亿", "十万", "百万", "千万", "亿", "万", "千", "百"]

    /// Times a compound unit may be per (`万吨/日`), besides the units.
    static let perTimes = ["日", "年", "月", "周", "秒"]

    static let units = [
        "个百分点", "百分点", "微克/立方米", "毫克/立方米", "立方米", "平方公里", "平方米", "平米", "公里", "千米",
        "千瓦时", "千瓦", "千克", "公斤", "公顷", "个工作日", "工作日", "标准箱", "标箱", "重量箱", "人次", "辆次", "架次", "艘次", "车次", "美元", "元", "人年", "人", "名", "吨标准煤", "吨", "斤", "亩次", "亩",
        "户次", "户", "家", "个", "份", "项", "件", "所", "条", "座", "辆", "台", "套", "间", "张", "架", "艘", "处", "栋",
        "头", "只", "株", "盏", "场次", "场", "种", "部", "位", "批次", "批", "款", "支", "列", "对", "小时", "天", "度", "倍", "成", "%", "％",
        "次", "宗", "期",
    ]

    /// Between two numbers sharing a direction word: `分别增长56.4%、13%`, `分别达98%和100%`.
    static let listSeparators: Set<Character> = ["、", "和", "与", "及"]

    /// Magnitudes a number may go on after in a smaller one (`2万5千`, `1亿3千万`), with their size.
    static let compoundMagnitudes: [(String, Decimal)] = [("亿", 100_000_000), ("万", 10_000)]

    /// The smaller magnitudes that may follow each, their size, and whether `多` makes them a bound.
    static let smallerMagnitudes: [String: [(String, Decimal, Bool)]] = [
        "亿": [("千多万", 10_000_000, true), ("千万", 10_000_000, false), ("百多万", 1_000_000, true), ("百万", 1_000_000, false),
            ("多万", 10_000, true), ("万", 10_000, false)],
        "万": [("千多", 1_000, true), ("千", 1_000, false), ("百", 100, false)],
    ]

    /// Units that place something in a ranking after `前` (`前10位`, `前3名`).
    static let rankUnits: Set<String> = ["位", "名"]

    static let dashes = ["——", "—", "–", "－", "-", "~", "～", "至", "到"]

    /// What `多` after a count may stand before and still bound it (`3个多月`, `1个多百分点`).
    static let unitsAfterMore = ["月", "年", "天", "小时", "星期", "周", "百分点"]

    static let suffixQualifiers: [(String, Qualifier)] = [
        ("以上", .atLeast), ("以下", .below), ("左右", .around), ("以内", .within), ("之内", .within),
        ("多", .more), ("余", .more),
    ]

    static let prefixQualifiers: [(String, Qualifier)] = [
        ("不低于", .notLessThan), ("不少于", .notLessThan), ("至少", .notLessThan), ("不超过", .notMoreThan),
        ("不高于", .notMoreThan), ("超过", .over), ("高于", .over), ("逾", .over), ("超", .over), ("突破", .breakthrough),
        // `迈上4万亿、5万亿两个台阶`: a level stepped onto is passed.
        ("迈上", .breakthrough), ("跨上", .breakthrough), ("迈过", .breakthrough), ("跨过", .breakthrough),
        ("接近", .nearly), ("近", .nearly), ("大约", .about), ("约", .about),
    ]

    /// Words that end in a one-character direction without being one (`查处违法行为4.3万宗`).
    static let wordsEndingInDirection = ["行为", "作为", "因为"]

    /// Words that end in a one-character qualifier without being one (`项目签约3543亿元`, `就近城镇化`).
    static let wordsEndingInQualifier = [
        "签约", "节约", "制约", "预约", "合约", "履约", "违约", "公约", "条约", "契约", "邀约", "特约", "附近", "最近",
        "就近", "临近", "赶超",
    ]

    /// Adverbs that make a one-character direction word a bound (`最高1000元`, `较低`), not a change.
    static let degreeAdverbs: Set<Character> = ["最", "较", "偏", "更", "很", "过", "太"]

    static let directions: [(String, QuantityMatch.Direction)] = [
        ("提高到", .reach), ("提高至", .reach), ("上升至", .reach), ("上升到", .reach), ("提升至", .reach),
        ("提升到", .reach), ("增长到", .reach), ("增长至", .reach), ("增加到", .reach), ("增加至", .reach),
        ("下降到", .reach), ("下降至", .reach), ("降低到", .reach), ("降低至", .reach), ("降至", .reach),
        ("降到", .reach), ("达到", .reach), ("达", .reach), ("稳定在", .reach), ("控制在", .reach),
        ("保持在", .reach), ("延长至", .reach), ("延长到", .reach), ("缩短至", .reach), ("缩短到", .reach),
        ("压缩至", .reach), ("压缩到", .reach), ("缩减至", .reach), ("缩减到", .reach), ("发展到", .reach), ("发展至", .reach), ("压减至", .reach), ("压减到", .reach), ("减少到", .reach), ("减少至", .reach), ("完成", .reach),
        ("跃上", .reach), ("跃升至", .reach), ("增至", .reach), ("升至", .reach), ("扩大至", .reach), ("扩大到", .reach), ("扩容至", .reach), ("扩容到", .reach),
        ("拓展至", .reach), ("缩小至", .reach), ("缩小到", .reach), ("为", .reach),
        ("增长", .rise), ("递增", .rise), ("增加", .rise), ("提高", .rise), ("上涨", .rise), ("涨幅", .rise), ("上升", .rise),
        ("提升", .rise), ("增幅", .rise), ("增速", .rise), ("增产", .rise), ("扩大", .rise), ("上调", .rise), ("调增", .rise),
        ("调高", .rise), ("增", .rise), ("减产", .fall), ("调减", .fall), ("调低", .fall),
        ("下降", .fall), ("递减", .fall), ("降低", .fall), ("降幅", .fall), ("减少", .fall), ("下调", .fall), ("压减", .fall),
        ("削减", .fall), ("压缩", .fall), ("缩短", .fall), ("精简", .fall), ("减量", .fall), ("缩减", .fall), ("缩小", .fall),
        ("下滑", .fall), ("回落", .fall), ("降", .fall),
        // `比去年多100万人`, `比去年预算低0.4个百分点`: a difference from what the clause sets it against.
        ("多", .rise), ("少", .fall), ("高", .rise), ("低", .fall),
    ]

    /// Whether only commas, spaces and `and` stand between two numbers: `23%, 15%, and 18%`.
    static func joinsEnglishList(_ gap: some Collection<Character>) -> Bool {
        String(gap).lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).allSatisfy { $0 == "and" }
    }

    /// Verbs that cut what follows them, so that the number after their object is a fall.
    static let verbsOfCutting = ["压减", "削减", "压缩", "精简", "化解", "减少", "降低", "退出", "淘汰", "关停", "停建", "缓建"]

    /// `化解矛盾纠纷3231宗`, `纠纷化解率99%`: disputes and cases are resolved one by one, a count of
    /// deeds and no fall of anything (as `化解过剩产能` is); a rate of resolving is a rate.
    static func resolvesOneByOne(_ verb: String, _ object: String) -> Bool {
        object.hasPrefix("率") || verb == "化解" && ["纠纷", "案件", "诉求", "矛盾", "信访", "积案"].contains(where: object.containsLiterally)
    }

    static let englishMagnitudes = ["thousand", "million", "billion", "trillion"]

    /// A currency's sign and the word a sum in it is read in (`£2.5 billion` → `billion pounds`).
    static let currencies: [Character: String] = ["$": "dollars", "£": "pounds", "€": "euros"]

    /// Measures an English quantity names after its magnitude, longest first.
    static let englishMeasures = [
        "square kilometers", "square meters", "cubic meters", "metric tons", "kilometers", "kilometres", "hectares",
        "kilowatts", "tonnes", "tons", "yuan", "mu",
    ]

    /// Measures of length, area, volume, mass and power; a sum of money without a magnitude
    /// (`from 55 yuan to 70 yuan per person`) is left out: it is mostly a standard per head.
    static let englishPhysicalMeasures = englishMeasures.filter { $0 != "yuan" }

    static let englishPrefixQualifiers: [(String, Qualifier)] = [
        // A negated rise is a ceiling (`does not rise above 4.5%`), tried before the words it ends in.
        ("not rise above", .notMoreThan), ("not exceed", .notMoreThan), ("no higher than", .notMoreThan),
        ("no more than", .notMoreThan), ("not more than", .notMoreThan), ("at most", .notMoreThan),
        ("no less than", .notLessThan), ("not less than", .notLessThan), ("no fewer than", .notLessThan),
        ("at least", .notLessThan), ("a minimum of", .notLessThan), ("minimum of", .notLessThan),
        // A cap on a grant or fee (`up to $760`, `capped at $610`) is a ceiling, not the sum paid.
        ("up to", .notMoreThan), ("capped at", .notMoreThan), ("a cap of", .notMoreThan), ("within", .within), ("close to", .nearly), ("exceeding", .over),
        ("exceeded", .over), ("exceeds", .over), ("exceed", .over), ("surpassed", .over), ("topped", .over),
        ("above", .over), ("below", .below),
        // Official translations render `以上` as `over` and `more than`: the bound is kept, inclusive.
        ("more than", .atLeast), ("over", .atLeast), ("less than", .below), ("under", .below),
        ("nearly", .nearly), ("almost", .nearly), ("approached", .nearly), ("approaching", .nearly), ("around", .around),
        ("roughly", .about),
        ("approximately", .about), ("about", .about),
    ]

    /// Verbs whose `up` is a particle of motion (`go up to 20%`, `ramp up to`): the number is where
    /// the motion ends, not a cap.
    static let englishVerbsTakingUp: Set<String> = [
        "go", "goes", "going", "went", "gone", "rise", "rises", "rising", "rose", "risen", "climb", "climbs", "climbing",
        "climbed", "ramp", "ramping", "ramped", "scale", "scaling", "scaled", "step", "stepping", "stepped", "move",
        "moving", "moved", "jump", "jumped", "shoot", "shot", "add", "adds", "added", "sum", "sums", "summed",
    ]

    /// Words of time or manner that may stand between an English number and its change noun
    /// (`a 24.5-percent year-on-year increase`).
    static let englishChangeAdverbials: Set<String> = ["year-on-year", "annual", "yearly", "average"]

    /// Words of increment before an English number (`another`, `a further`).
    static let englishIncrementWords = ["another", "a further", "an additional", "an extra"]

    static let englishDirections: [(String, QuantityMatch.Direction)] = [
        ("rose to", .reach), ("fell to", .reach), ("reached", .reach), ("up", .rise), ("down", .fall),
        ("grew", .rise), ("grown", .rise), ("rose", .rise), ("risen", .rise), ("increased", .rise), ("fell", .fall),
        ("fallen", .fall), ("dropped", .fall),
        ("declined", .fall), ("decreased", .fall), ("shrank", .fall),
    ]

    static let englishFallVerbs: Set<String> = [
        "cut", "cuts", "cutting", "lower", "lowered", "lowering", "reduce", "reduced", "reduces", "reducing", "down",
        "fell", "decline", "declined", "drop", "dropped", "shrink", "shrunk", "reduction", "decrease", "decreased",
        "fall", "slash", "slashed", "slashing", "ease", "eased", "easing", "lessen", "lessened", "lessening",
        "lighten", "lightened", "lightening", "declining", "falling", "dropping", "abolished", "eliminated",
    ]

    /// Words that open a new English clause (`because Medicare will`, `which will`).
    static let englishClauseOpeners: Set<String> = [
        "because", "but", "and", "while", "which", "that", "so", "when", "if", "since", "although", "whereas", "as",
    ]

    static let englishAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "should", "shall", "can",
        "could", "may", "might", "must",
    ]

    /// Modals, which put a verb in the future or the possible (`should have exceeded`).
    static let englishModals: Set<String> = ["will", "would", "should", "shall", "can", "could", "may", "might", "must", "to"]

    static let englishRiseVerbs: Set<String> = [
        "increase", "increased", "raise", "raised", "grow", "grew", "rise", "rose", "up", "boost", "boosted",
        "growth", "growing", "rising", "increasing", "risen", "grown", "expand", "expanded",
    ]

    /// Number words that stand before a magnitude (`ten million new urban jobs`).
    static let englishNumberWords: [(String, Int)] = [
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
        ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("fifteen", 15), ("twenty", 20), ("thirty", 30),
        ("forty", 40), ("fifty", 50), ("hundred", 100),
    ]

    /// The first letters of `englishNumberWords`.
    static let englishNumberWordInitials = Set(englishNumberWords.compactMap { $0.0.utf8.first })
}

extension Unicode.Scalar {
    /// 0–9 for ASCII and full-width digits.
    var digitValue: Int? {
        switch value {
        case 0x30...0x39: Int(value - 0x30)
        case 0xFF10...0xFF19: Int(value - 0xFF10)
        default: nil
        }
    }

    var chineseDigit: Int? {
        switch self {
        case "零", "〇": 0
        case "一": 1
        case "二", "两": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }
}

extension Character {
    /// 0–9 for ASCII and full-width digits.
    var digitValue: Int? { singleScalar?.digitValue }

    var isDecimalPoint: Bool { self == "." || self == "．" }

    var isInlineSpace: Bool { self == " " || self == "\u{3000}" || self == "\u{A0}" || self == "\t" }

    /// The scalar of a one-scalar character: the tests that run on every character of every
    /// sentence (numerals here, sentence ends in SourceLine.swift) compare scalars, not
    /// `Character`s, whose equality goes through Unicode normalisation.
    var singleScalar: Unicode.Scalar? {
        let scalars = unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return nil }
        return first
    }

    var chineseDigit: Int? { singleScalar?.chineseDigit }

    var chinesePositionValue: Int? {
        switch singleScalar {
        case "十": 10
        case "百": 100
        case "千": 1000
        default: nil
        }
    }

    var isChinesePositional: Bool { chinesePositionValue != nil }
}

extension Array where Element == Character {
    /// Whether `word` stands at `index`.
    func matches(_ word: String, at index: Int) -> Bool {
        guard index >= 0 else { return false }
        var cursor = index
        for character in word {
            guard cursor < count, self[cursor] == character else { return false }
            cursor += 1
        }
        return true
    }

    /// Whether `word` stands at `index` as a whole word, case-insensitively.
    func matchesWord(_ word: String, at index: Int) -> Bool {
        var cursor = index
        for character in word {
            guard cursor < count, Character.equalFolded(self[cursor], character) else { return false }
            cursor += 1
        }
        return cursor == count || !self[cursor].isLetter
    }

    /// Whether `word` ends just before `end` (starting a word, case-insensitively, in English).
    func hasSuffix(_ word: String, before end: Int, english: Bool) -> Bool {
        let start = end - word.count
        guard start >= 0 else { return false }
        guard english else { return matches(word, at: start) }
        guard start == 0 || !self[start - 1].isLetter else { return false }
        return zip(self[start..<end], word).allSatisfy { Character.equalFolded($0, $1) }
    }
}
