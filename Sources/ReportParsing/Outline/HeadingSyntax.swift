import ReportText

/// The numbering and bullet forms that open headings in Chinese reports.
enum HeadingSyntax {
    static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零"]
    /// Punctuation that a heading standing alone does not contain.
    private static let clausePunctuation: Set<Character> = ["。", "！", "？", "；", "，", "、", "："]

    /// Punctuation that ends a sentence: a heading standing alone has none inside.
    private static let sentencePunctuation: Set<Character> = ["。", "！", "？", "；"]

    /// `一、2023年工作回顾` → (`一`, `2023年工作回顾`); an unnumbered `2025年工作安排` → (nil, …).
    ///
    /// A numbered part heading is short and holds no sentence end; it may hold `，` and `、`
    /// (`三、把改革开放扎实推向纵深，…`), and may end in `。` and run on into the part's first
    /// paragraph, as section headings do (`三、大力提振消费，全方位扩大国内需求。促进…`): the title is
    /// then its first sentence, and the line goes on past the title's end. An unnumbered one
    /// (newspaper and portal pages) is shorter still, has no punctuation at all and names what
    /// the part does.
    static func part(_ text: Substring) -> (number: String?, title: Substring)? {
        if let (numeral, rest) = partNumbered(text) {
            var title = rest
            if let end = title.prefix(maximumPartTitle + 1).firstIndex(of: "。") { title = title[..<end] }
            guard !title.isEmpty, title.hasCharacters(atMost: maximumPartTitle), !title.contains(where: sentencePunctuation.contains),
                title.last != "：", title.last != ":"
            else { return nil }
            return (numeral, title)
        }
        let partWords = ["工作回顾", "工作安排", "工作任务", "总体要求", "政策取向", "主要任务", "目标任务", "重点工作", "主要工作", "工作建议"]
        // `（二）主要工作` is a section numbered as one.
        guard text.hasCharacters(atMost: 24), !text.contains(where: clausePunctuation.contains),
            partWords.contains(where: { text.contains($0) }), section(text) == nil, numberedItem(text) == nil
        else { return nil }
        return (nil, text)
    }

    /// The longest title of a numbered part, in characters.
    static let maximumPartTitle = 40

    /// `一、加快…` → (`一`, `加快…`): the number of a line numbered like a part, and what follows it.
    static func partNumbered(_ text: Substring) -> (number: String, rest: Substring)? {
        let numeral = text.prefix(while: chineseNumerals.contains)
        let rest = text.dropFirst(numeral.count)
        guard !numeral.isEmpty, numeral.count <= 3, rest.first == "、", let lead = numeral.first, lead != "零", lead != "〇" else { return nil }
        return (String(numeral), rest.dropFirst())
    }

    /// A line numbered like a part (`一、…`) that the part rule refused: worth a warning.
    static func looksLikePart(_ text: Substring) -> Bool {
        partNumbered(text) != nil && text.hasCharacters(atMost: 60) && part(text) == nil
    }

    /// `附件1`, `附件1：2026年省十件民生实事`, `附件2 名词解释`, `名词解释：`, `Appendix 1`, `Glossary`
    /// → (`附件1`, title); the title is empty when it stands on the next line.
    static func appendix(_ text: Substring) -> (number: String?, title: Substring)? {
        guard text.hasCharacters(atMost: 40), !text.contains(where: sentencePunctuation.contains) else { return nil }
        for word in ["附件", "Appendix", "Annex"] where text.hasPrefix(word) {
            let afterWord = text.dropFirst(word.count).drop(while: { $0 == " " || $0 == "\u{3000}" })
            let number = afterWord.prefix(while: { ($0.isASCII && $0.isNumber) || chineseNumerals.contains($0) })
            let rest = afterWord.dropFirst(number.count)
            guard number.count <= 3, rest.isEmpty || "：: \u{3000}.、".contains(rest.first ?? " ") else { continue }
            let title = rest.drop(while: { "：: \u{3000}.、".contains($0) })
            return (String(word) + (word == "附件" ? "" : " ") + number, title)
        }
        // `名词解释：`, `附：有关名词解释`: a glossary heading with its colon or its `附`.
        var bare = text
        while let last = bare.last, "：:".contains(last) { bare = bare.dropLast() }
        if bare.hasPrefix("附") { bare = bare.dropFirst().drop(while: { "：: \u{3000}".contains($0) }) }
        if glossaryHeadings.contains(String(bare)) { return (nil, bare) }
        return nil
    }

    /// Headings of a glossary that stand alone, with no `附件` before them.
    static let glossaryHeadings: Set<String> = ["名词解释", "有关名词解释", "名词注释", "Glossary", "Glossary of Terms"]

    /// `I. A Review of the Work in 2014` → (`I`, `A Review of the Work in 2014`): a Roman numeral,
    /// a full stop and a short title with no sentence end.
    static func romanPart(_ text: Substring) -> (number: String, title: Substring)? {
        let numeral = text.prefix(while: { "IVXLC".contains($0) })
        let rest = text.dropFirst(numeral.count)
        guard !numeral.isEmpty, numeral.count <= 6, rest.first == ".", rest.dropFirst().first == " " else { return nil }
        let title = rest.dropFirst(2).drop(while: { $0 == " " })
        let words = title.split(separator: " ")
        guard (1...16).contains(words.count), let last = title.last, !".!?;".contains(last),
            title.first?.isUppercase == true || title.first?.isNumber == true
        else { return nil }
        return (String(numeral), title)
    }

    /// Openings of a sentence in which the speaker says what comes next.
    private static let spokenOpenings = [
        "let me ", "let us ", "i will ", "i shall ", "i now ", "i would like to ", "i'd like to ", "i’d like to ", "now let me ",
        "now, let me ", "now i ", "next, i ", "next, let me ",
    ]
    /// Verbs of moving on to a topic (`start with`, `turn to`, `discuss`, `brief you on`).
    private static let movingOnVerbs: Set<Substring> = [
        "start", "begin", "turn", "move", "discuss", "address", "brief", "report", "present", "outline", "talk",
        "speak", "explain", "go", "focus", "come",
    ]

    /// A part heading the speaker says as a sentence, as translations of government work reports
    /// give `一、2015年工作回顾` (`Let me start with a review of the work we did in 2015.`) → the
    /// title, without a salutation before it (`Esteemed Deputies,`) or its full stop.
    ///
    /// Its shape: one sentence of at most 40 words, ending in a full stop (a colon leads into a
    /// list instead), opening in the first person with a verb of moving on, and naming the time
    /// the part speaks of (a year, a five-year plan, the past five years), as a written heading
    /// does. Speeches that move on to a topic with no time (`Let me start with the economy`) have
    /// no parts.
    static func spokenPart(_ text: Substring) -> Substring? {
        guard text.last == ".", text.utf8.count <= 300 || text.characterCount <= 300 else { return nil }
        var sentence = text.dropLast()
        if let comma = sentence.prefix(40).firstIndex(of: ","), sentence[sentence.index(after: comma)...].first == " ",
            sentence[sentence.index(comma, offsetBy: 2)...].first?.isUppercase == true
        {
            let salutation = sentence[..<comma].split(separator: " ")
            if (1...4).contains(salutation.count), salutation.allSatisfy({ $0.first?.isUppercase == true }) {
                sentence = sentence[sentence.index(comma, offsetBy: 2)...]
            }
        }
        // The openings are shorter than 20 characters: most paragraphs fail on a lowercased head.
        guard spokenOpenings.contains(where: String(sentence.prefix(20)).lowercased().hasPrefix) else { return nil }
        let lowered = sentence.lowercased()
        let words = lowered.split(whereSeparator: { !$0.isLetter && $0 != "'" })
        guard words.count <= 40, spokenOpenings.contains(where: lowered.hasPrefix),
            words.prefix(8).contains(where: movingOnVerbs.contains),
            !sentence.contains(where: { ".!?;:".contains($0) }),
            HeadingMeaning.englishYear(in: lowered) != nil || !PeriodCue.fiveYearPlans(in: lowered).isEmpty
                || PeriodCue.relativePeriod(in: lowered, reportYear: 0) != nil
        else { return nil }
        return sentence
    }

    /// A line numbered like a Roman-numeral part (`IV. …`) that the part rule refused (a long
    /// title, a full stop at its end): worth a warning.
    static func looksLikeRomanPart(_ text: Substring) -> Bool {
        let numeral = text.prefix(while: { "IVX".contains($0) })
        return numeral.count >= 2 && numeral.count <= 5 && text.dropFirst(numeral.count).hasPrefix(". ") && text.count <= 200
            && romanPart(text) == nil
    }

    /// `## Title` → (2, `Title`): a Markdown heading and its level.
    static func markdownHeading(_ text: Substring) -> (level: Int, title: Substring)? {
        let hashes = text.prefix(while: { $0 == "#" })
        let rest = text.dropFirst(hashes.count)
        guard (1...6).contains(hashes.count), rest.first == " " else { return nil }
        let title = rest.drop(while: { $0 == " " })
        return title.isEmpty ? nil : (hashes.count, title)
    }

    /// `（一）坚持…` → (`一`, `坚持…`).
    static func section(_ text: Substring) -> (number: String, rest: Substring)? {
        bracketed(text, allowed: chineseNumerals)
    }

    /// `（1）`, `1.`, `1、` numbered items → (`1`, rest).
    static func numberedItem(_ text: Substring) -> (number: String, rest: Substring)? {
        if let bracketed = bracketed(text, allowed: Set("0123456789")) { return bracketed }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = text.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 2, let mark = rest.first, "．.、".contains(mark),
            let next = rest.dropFirst().first, !next.isNumber
        else { return nil }
        return (String(digits), rest.dropFirst())
    }

    /// `——经济总体回升向好。…` → the text after the dashes.
    static func bullet(_ text: Substring) -> Substring? {
        guard text.hasPrefix("——") else { return nil }
        let rest = text.drop(while: { $0 == "—" })
        return rest.isEmpty ? nil : rest
    }

    private static func bracketed(_ text: Substring, allowed: Set<Character>) -> (number: String, rest: Substring)? {
        guard let open = text.first, open == "（" || open == "(" else { return nil }
        let inner = text.dropFirst().prefix(while: allowed.contains)
        let rest = text.dropFirst(1 + inner.count)
        guard !inner.isEmpty, inner.count <= 3, let close = rest.first, close == "）" || close == ")" else { return nil }
        return (String(inner), rest.dropFirst())
    }
}
