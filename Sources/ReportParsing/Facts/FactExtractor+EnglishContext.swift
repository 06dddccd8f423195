extension FactExtractor {
    /// `Do you really think the wealthy and big corporations need another $2 trillion in tax breaks?`:
    /// an English question asks; it reports no result.
    static func asksQuestion(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace && !"\"”’)".contains($0) }) else { return false }
        return last == "?" && !text.contains(where: \.isHan)
    }

    /// `even for expensive cancer drugs that can cost $10,000, $12,000, $15,000 a year`: what things of a
    /// kind may come to illustrates them; it is no figure of the measure. The number and the numbers
    /// listed before it stand right after the clause's verb and its bound (`that can cost up to`).
    static func saysWhatMayBe(_ match: QuantityMatch, among matches: [QuantityMatch], in characters: [Character]) -> Bool {
        guard match.isEnglish else { return false }
        let lead = String(characters[..<match.span.lowerBound]).lowercased()
        let openings = ["that", "which", "who"].flatMap { pronoun in mayWords.map { "\(pronoun) \($0) " } }
        guard let opening = openings.compactMap({ lead.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return false }
        let start = lead.distance(from: lead.startIndex, to: opening.upperBound)
        var between = Array(characters[start..<match.span.lowerBound])
        for other in matches.reversed() where other.span.lowerBound >= start && other.span.upperBound <= match.span.lowerBound {
            between.removeSubrange((other.span.lowerBound - start)..<(other.span.upperBound - start))
        }
        guard !between.contains(where: { ".;:".contains($0) }) else { return false }
        let words = String(between).split(whereSeparator: { $0 == " " || $0 == "," }).filter { !["and", "or"].contains($0) }
        return words.count <= 3
    }

    private static let mayWords = ["can", "could", "may", "might"]
}

extension FactExtractor {
    /// `The length of expressways open to traffic exceeded 120,000 kilometers`, `our spending on
    /// domestic security has doubled to more than $8 billion`, `Social old-age pension schemes now cover
    /// more than 900 million people`: an English level reached, passed or holding now, which a review
    /// of several years gives for the year the span ended.
    static func reachesEnglishLevel(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.isEnglish else { return false }
        if match.quantity.qualifier == .over { return true }
        let clause = String(characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.numberSpan.lowerBound]).lowercased()
        var words = clause.split(separator: " ").map { String($0.trimmingPunctuation) }.filter { !$0.isEmpty }
        while let last = words.last, englishBoundWords.contains(last) { words.removeLast() }
        guard !clause.contains("total of"), !clause.contains("average"), let verb = words.dropLast().last else { return false }
        return words.last == "to" && englishChangeVerbs.contains(verb) || words.suffix(3).contains("now")
    }

    /// `of which more than 19,000 kilometers are high-speed rail lines`: a part of the whole before.
    static func isPartOfWholeBefore(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.isEnglish else { return false }
        let clause = String(characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.span.lowerBound]).lowercased()
        return ["of which", "of whom"].contains { clause.trimmingCharacters(in: .whitespaces).hasPrefix($0) }
    }

    /// Words bounding a number after its verb (`doubled to more than`).
    private static let englishBoundWords: Set<String> = [
        "more", "than", "over", "about", "around", "nearly", "almost", "approximately", "some", "just", "roughly",
    ]

    /// Verbs of change whose `to` leads to the level reached.
    private static let englishChangeVerbs: Set<String> = [
        "grown", "grew", "risen", "rose", "doubled", "tripled", "increased", "climbed", "jumped", "fallen", "fell", "dropped",
        "declined", "decreased", "expanded", "reduced", "cut", "lowered",
    ]
}

extension FactExtractor {
    /// `Every percentage point of GDP growth today is equivalent to 1.5 percentage points of growth five
    /// years ago`, `Every dollar we invested to map the human genome returned $140`: an English sentence
    /// opening on one unit reckons what a unit is worth, no result of the year.
    static func reckonsPerUnit(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ").prefix(3).map { String($0.trimmingPunctuation) }
        guard let first = words.first, ["every", "each"].contains(first), words.count > 1 else { return false }
        return ["dollar", "yuan", "percent", "percentage"].contains(words[1])
    }

    /// `A workforce of over 900 million`, `a workforce of 900 million`: how many people a country has is
    /// the setting of a report, no result or aim of it.
    static func countsPopulation(_ subject: String, _ match: QuantityMatch) -> Bool {
        match.isEnglish && match.direction == nil && !match.isPercentage
            && ["workforce", "population", "labor force", "labour force"].contains(subject.lowercased())
    }

    /// `In setting a projected growth rate of between 6.5% and 7%, we have taken into consideration…`,
    /// `a growth rate of between 6.5% and 7% will allow for relatively full employment`: a rate named to
    /// argue for a target restates it.
    static func arguesFromRate(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.isEnglish, match.isPercentage else { return false }
        let opening = String(characters[..<clauseStart(before: match.span.lowerBound, in: characters)])
        if opening.isEmpty, let first = String(characters.prefix(40)).split(separator: " ").prefix(2).last,
            characters.starts(with: "In "), first.hasSuffix("ing")
        {
            return true
        }
        let rest = String(characters[match.span.upperBound..<clauseEnd(after: match.span.upperBound, in: characters)]).lowercased()
        return ["will allow", "would allow", "can allow", "will enable", "would enable", "is enough", "will be enough", "would be enough"]
            .contains { rest.trimmingCharacters(in: .whitespaces).hasPrefix($0) }
    }
}

extension FactExtractor {
    /// `The last administration enacted a $2 Trillion tax cut`, `The year before I took office, murders
    /// went up 30%`: what a speaker says of a predecessor's time sets the scene; it is no result or aim
    /// of the speech's. The part of the sentence between dashes holding the number is read, so `we have
    /// created 7 million new jobs—5 million more than … projected during the previous administration`
    /// keeps its own.
    static func speaksOfPredecessor(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.isEnglish else { return false }
        // The part runs from the dash before the number to the dash after it, each dash counted at
        // its own length (`—`, ` – `, ` -- `).
        func dash(at index: Int) -> Int? {
            dashes.first { index + $0.count <= characters.count && characters[index..<(index + $0.count)].elementsEqual($0) }?.count
        }
        var start = 0
        var index = 0
        while index < match.span.lowerBound {
            if let length = dash(at: index) {
                index += length
                start = index
            } else {
                index += 1
            }
        }
        var end = match.span.lowerBound
        while end < characters.count, dash(at: end) == nil { end += 1 }
        let part = String(characters[start..<end]).lowercased()
        return predecessorWords.contains { part.contains($0) }
    }

    private static let dashes = [Array(" -- "), Array(" – "), Array("—")]

    private static let predecessorWords = [
        "last administration", "previous administration", "prior administration", "that administration", "my predecessor",
        "before i took office", "previous government", "last government",
    ]
}

extension FactExtractor {
    /// `seniors with diabetes only have to pay $35 a month`, `billion-dollar companies have to pay a minimum
    /// of 15%`: a name standing before `pay` says who pays, not what the sum is.
    static func namesPayer(_ subject: String, _ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.isEnglish else { return false }
        let lead = String(characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.numberSpan.lowerBound])
        var words = lead.lowercased().split(separator: " ").map { String($0.trimmingPunctuation) }.filter { !$0.isEmpty }
        while let last = words.last, payBounds.contains(last) { words.removeLast() }
        return ["pay", "pays", "paid"].contains(words.last ?? "") && lead.lowercased().contains(subject.lowercased())
    }

    /// Words between `pay` and its sum (`as little as`, `a minimum of`, `only`, `up to`).
    private static let payBounds: Set<String> = [
        "as", "little", "much", "a", "minimum", "maximum", "of", "only", "just", "up", "to", "about", "around", "more", "than", "over",
        "nearly", "almost", "at", "least", "most",
    ]
}
