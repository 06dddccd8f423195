/// English noun phrases around a number, read from word shapes and a few closed word classes
/// (auxiliaries, prepositions, verbs of change), with no tagger: what a quantity in an English report
/// belongs to is the phrase before its verb (`The M2 money supply increased by 11.3 percent`), the
/// complement after a change noun (`a 5.6-percent decline in sulfur dioxide emissions`), the noun
/// counted (`13.14 million new urban jobs`) or measured (`5.5 million kilometers of optical fiber cables`).
enum EnglishNounPhrase {
    /// The phrase a clause names before the verb that leads to its number: `The number of people
    /// living in poverty in rural areas was reduced by` → `people living in poverty in rural areas`.
    /// `takesNumber`: the number follows the clause with no verb of its own between (`to cover over`,
    /// not `open to traffic exceeded`).
    static func before(_ clause: String, takesNumber: Bool = true) -> String? {
        var words = Self.words(clause)
        // `feed crop cultivation to cover over 667,000 hectares`: an infinitive taking the number leads to it.
        if takesNumber, words.count > 2, words[words.count - 2].lowercased() == "to", words[words.count - 1].allSatisfy(\.isLetter),
            !isLink(words[words.count - 1])
        {
            words.removeLast(2)
        }
        // `grow at an average annual rate of`: the manner of a change, not what changes.
        if let rate = words.lastIndex(where: { ["rate", "pace"].contains($0.lowercased()) }), rate >= 1,
            words[(rate + 1)...].map({ $0.lowercased() }) == ["of"],
            let opening = words[..<rate].lastIndex(where: { ["at", "by"].contains($0.lowercased()) }), rate - opening <= 4
        {
            words.removeSubrange(opening...)
        }
        words = droppingLinks(words)
        // `The length of high-speed railways that are up and running in China reached`: a relative
        // clause that only says which (no modal, no object of its own) goes on the phrase before it.
        if let relative = words.lastIndex(where: { ["that", "which", "who"].contains($0.lowercased()) }), relative > 0,
            relative + 2 < words.count, words.count - relative <= 10, beingOrHaving.contains(words[relative + 1].lowercased()),
            !words[(relative + 2)...].contains(where: { auxiliaries.contains($0.lowercased()) || determiners.contains($0.lowercased()) }),
            !isLink(words[relative - 1]), !conjunctions.contains(words[relative - 1].lowercased()),
            words[relative - 1].first?.isLetter == true, !words[relative - 1].hasSuffix(","),
            let head = trimmed(collect(words[..<relative]).phrase.reversed())
        {
            return ([head] + words[(relative + 2)...].map { String($0.trimmingPunctuation) }).joined(separator: " ")
        }
        var (phrase, stop) = collect(words[...])
        // `The central government will allocate`, `drugs that can cost`: one word after a modal is
        // its verb; the phrase is the one before the modal, if any.
        if phrase.count == 1, let stop, auxiliaries.contains(words[stop].lowercased()) {
            var end = stop
            while end > 0, auxiliaries.contains(words[end - 1].lowercased()) || isAdverb(words[end - 1].lowercased()) { end -= 1 }
            phrase = collect(words[..<end]).phrase
        } else if phrase.count > 1, let stop, Lexis.englishModals.contains(words[stop].lowercased()),
            words[stop].lowercased() != "to" || stop > 0 && infinitiveVerbs.contains(words[stop - 1].lowercased())
        {
            // `it will save taxpayers`, `I want to cap prescription drug costs at`: the word after a
            // modal is its verb (with its adverbs and particle), and what follows it is the one the
            // number goes to.
            var object = phrase
            while let last = object.last?.lowercased(), isAdverb(last) { object.removeLast() }
            if let verb = object.last, verb.first?.isLowercase == true, !verb.contains("-"), !isParticiple(verb.lowercased()) {
                object.removeLast()
                while let last = object.last?.lowercased(), verbParticles.contains(last) || ["up", "down", "aside"].contains(last) {
                    object.removeLast()
                }
                // `I will now set aside $1 billion`: a verb taking the number itself names nothing.
                guard !object.isEmpty else { return nil }
                phrase = object
            }
        }
        return trimmed(phrase.reversed())
    }

    /// What leads from the phrase to the number: `was reduced by more than`, `will be further eased by`.
    private static func droppingLinks(_ words: [String]) -> [String] {
        var words = words
        var removed = ""
        while let last = words.last?.lowercased(),
            isLink(last) || isTrailingTime(words) || determiners.contains(last) || conjunctions.contains(last)
                || (last.hasSuffix("ing") && !ingNouns.contains(last)) || (removed == "to" && infinitiveVerbs.contains(last))
                || ["average", "annual", "yearly"].contains(last)
        {
            removed = words.removeLast().lowercased()
        }
        return words
    }

    /// The `count` items a clause lists before the verb that leads to its numbers, for a list
    /// closed by `respectively`: `water consumption, energy consumption, and carbon dioxide emissions
    /// per unit of GDP are cut by` gives three, each with the `per …` tail of the last;
    /// `subsidies in rural and urban areas will be increased by` gives `subsidies in rural areas`
    /// and `subsidies in urban areas`.
    static func items(before clause: String, count: Int) -> [String]? {
        let words = droppingLinks(Self.words(clause))
        var start = words.endIndex
        while start > words.startIndex {
            let word = words[start - 1].lowercased()
            let bare = String(word.trimmingPunctuation)
            if (isBoundary(bare) && bare != "and") || isPronoun(bare) || word.hasSuffix(":") || word.hasSuffix(";") { break }
            start -= 1
        }
        let phrase = words[start...].joined(separator: " ")
        let parts = phrase.replacingOccurrences(of: ", and ", with: "\u{1}").replacingOccurrences(of: ", ", with: "\u{1}")
            .replacingOccurrences(of: " and ", with: "\u{1}").split(separator: "\u{1}").map(String.init)
        var items = parts.compactMap { trimmed(Self.words($0)) }
        guard items.count == count, count >= 2 else { return nil }
        let firstWords = Self.words(items[0]), lastWords = Self.words(items[count - 1])
        let complement = firstWords.lastIndex { ["of", "in", "for", "on"].contains($0) }
        if count == 2, lastWords.count <= 2, let complement, !lastWords.contains(where: { prepositions.contains($0) }) {
            let lead = firstWords[...complement].joined(separator: " ")
            // `in rural and urban areas`: adjectives that share the last item's head.
            if lastWords.count == 2, let adjective = firstWords.last, isAdjective(adjective), complement == firstWords.count - 2 {
                return [items[0] + " " + lastWords[1], lead + " " + items[1]]
            }
            // `emissions of sulfur dioxide and nitrogen oxides`: the list is of the complement.
            return [items[0], lead + " " + items[1]]
        }
        if let tail = lastWords.firstIndex(where: { ["per", "in", "of"].contains($0) }), tail > 0 {
            let marker = " " + lastWords[tail] + " "
            let shared = lastWords[tail...].joined(separator: " ")
            for index in items.indices.dropLast() where !items[index].contains(marker) { items[index] += " " + shared }
        }
        return items
    }

    /// The phrase read backward from the end of `words`, last word first, and the index of the
    /// word that ended it.
    private static func collect(_ words: ArraySlice<String>) -> (phrase: [String], stop: Int?) {
        var phrase: [String] = []
        for offset in words.indices.reversed() {
            let word = words[offset]
            let lowered = word.lowercased()
            // `a population of 1.3 billion and a workforce of`: an amount ends the phrase before it; a
            // code of digits and capitals (`4G`, `M2`, `PM2.5`) is a name, a fiscal year (`FY2024`) a time.
            let isCode = word.contains(where: \.isUppercase) && word.contains(where: \.isNumber) && !namesNothing(word)
            if lowered.contains(where: \.isNumber) && !isCode || Lexis.englishMagnitudes.contains(lowered) || isPronoun(lowered) {
                return (phrase, offset)
            }
            if word.hasSuffix(",") || isBoundary(lowered) {
                guard offset > words.startIndex, !phrase.isEmpty else { return (phrase, offset) }
                let previous = words[offset - 1].lowercased()
                // `sulfur dioxide and nitrogen oxide emissions`: `and` inside a phrase joins its words;
                // it opens a clause only first or after a comma. `contribution to growth`: `to` after a
                // noun joins it to its complement; after a verb it marks an infinitive.
                let joinsWords = lowered == "and" && !previous.hasSuffix(",")
                let joinsComplement = lowered == "to" && !isLink(previous) && !infinitiveVerbs.contains(previous)
                    && !isBoundary(previous)
                guard joinsWords || joinsComplement else { return (phrase, offset) }
            }
            // `slashing the tax burden`, clause-initial `reducing interest payments`: a participle
            // taking an object ends the phrase; `housing units`, `financing` go on as nouns.
            if lowered.hasSuffix("ing"), !phrase.isEmpty, !ingNouns.contains(lowered),
                offset == words.startIndex || determiners.contains(phrase.last!.lowercased()) || words[offset - 1].hasSuffix(",")
            {
                return (phrase, offset)
            }
            // `efforts reduced the number of people`: a verb in `-ed` before its object ends it too.
            // `lighten the non-tax burden`, `cover the`: before an article stands a preposition or a
            // verb, and a verb ends the phrase.
            if let next = phrase.last?.lowercased(), isParticiple(lowered) && determiners.contains(next)
                || ["the", "a", "an", "our", "their", "its"].contains(next) && !prepositions.contains(lowered)
            {
                return (phrase, offset)
            }
            phrase.append(String(word.trimmingPunctuation))
            if phrase.count == maxWords { return (phrase, nil) }
        }
        return (phrase, nil)
    }

    /// `you`, `I`, `That’s`, `we’re`: a pronoun, or a contraction of one, names nothing counted.
    private static func isPronoun(_ word: String) -> Bool {
        let stem = word.split(whereSeparator: { $0 == "’" || $0 == "'" }).first.map(String.init) ?? word
        return ["i", "you", "he", "she", "we", "they", "it", "that", "there", "here", "let", "what", "who"].contains(stem)
            && (stem != word || ["i", "you", "he", "she"].contains(word))
    }

    /// The phrase a clause opens with, up to its verb: `The length of high-speed railways reached
    /// 16,000 kilometers` → `length of high-speed railways`.
    static func opening(_ clause: String) -> String? {
        forward(words(clause).drop { prepositions.contains($0.lowercased()) })
    }

    /// `a minimum tax of 25% for billionaires` → `minimum tax for billionaires`, `a global minimum
    /// effective tax rate of 15% for large MNE groups`: whom or what a thing set `of` a number is `for`
    /// narrows it; a time or a span (`for the Year of Assessment 2024`, `for as long as`) does not.
    static func narrowedByFor(_ subject: String, lead: String, rest: String) -> String? {
        var before = words(lead).map { $0.lowercased() }
        while let last = before.last, qualifiers.contains(last) || last == "up" || last == "to" && before.dropLast().last == "up" {
            before.removeLast()
        }
        let after = rest.trimmingCharacters(in: .whitespaces)
        guard before.last == "of", after.lowercased().hasPrefix("for "), !subject.lowercased().contains(" for "),
            case let written = String(after.dropFirst(4)), let first = words(written).first?.lowercased(),
            !prepositions.contains(first), !["the", "each", "every"].contains(first),
            let scope = opening(written), case let scopeWords = words(scope), scopeWords.count <= 5,
            !scopeWords.contains(where: { namesNothing($0) || $0.contains(where: \.isNumber) })
        else { return nil }
        return subject + " for " + scope
    }

    /// `Of the deficit, 1.4 trillion yuan will be carried by the central government, and the remaining 780
    /// billion yuan will be carried by local governments` → `deficit carried by the central government`:
    /// a part a passive right after the number gives to a doer is the doer's share of the whole.
    static func carriedBy(_ subject: String, rest: String) -> String? {
        let written = words(rest).map { String($0.trimmingPunctuation) }
        var cursor = 0
        while cursor < min(written.count, 3), passiveWords.contains(written[cursor].lowercased()) { cursor += 1 }
        guard cursor > 0, cursor + 2 < written.count, case let done = written[cursor].lowercased(),
            isParticiple(done) || irregularParticiples.contains(done), written[cursor + 1].lowercased() == "by",
            !subject.lowercased().contains(" by ")
        else { return nil }
        var named: [String] = []
        for word in words(rest).dropFirst(cursor + 2) {
            named.append(String(word.trimmingPunctuation))
            if word.last?.isPunctuation == true { break }
        }
        guard let doer = opening(named.joined(separator: " ")), words(doer).count <= 5 else { return nil }
        return subject + " " + done + " by " + doer
    }

    /// `Cuts made in outdated production capacity over the past three years have included over 90 million
    /// metric tons of steel and iron, 230 million metric tons of cement, …` → `outdated production capacity`:
    /// what a cut, opening the sentence, was made in, when the amounts after `included` list its parts.
    static func cutIncluding(_ lead: String) -> String? {
        let written = words(lead)
        guard written.count > 3, ["cuts", "reductions"].contains(written[0].lowercased()),
            let included = written.firstIndex(where: { ["included", "include", "includes"].contains($0.lowercased()) })
        else { return nil }
        var index = 1
        if written[index].lowercased() == "made" { index += 1 }
        guard index < included, written[index].lowercased() == "in" else { return nil }
        let cut = written[(index + 1)..<included].prefix { !auxiliaries.contains($0.lowercased()) && !["over", "during", "since"].contains($0.lowercased()) }
        return cut.isEmpty ? nil : cut.joined(separator: " ")
    }

    /// `In rural areas, another 64.34 million people gained access to safe drinking water`: a sentence
    /// opening on the areas it speaks of narrows every count in it to them (` in rural areas`).
    static func openingPlace(_ sentence: String) -> String? {
        guard let comma = sentence.firstIndex(of: ",") else { return nil }
        let words = words(String(sentence[..<comma]))
        guard (3...5).contains(words.count), words[0] == "In", let head = words.last?.lowercased(),
            ["areas", "regions", "cities", "provinces", "countryside"].contains(head)
        else { return nil }
        return words.joined(separator: " ").lowercased()
    }

    /// `a minimum benefit of $2,000`, `The maximum grant will increase to $600`: a leading `minimum`
    /// or `maximum` bounds what each one gets, so the number is a floor or a cap on the thing named
    /// (`benefit` 不低于 $2,000); a minimum wage or tax (rate) names what a law sets, and its level is exact.
    static func bound(in subject: String) -> (subject: String, isFloor: Bool)? {
        var words = subject.split(separator: " ").map(String.init)
        guard words.count >= 2, case let first = words[0].lowercased(), first == "minimum" || first == "maximum",
            !words.contains(where: { ["wage", "wages", "tax", "taxes"].contains($0.lowercased()) })
        else { return nil }
        words.removeFirst()
        return (words.joined(separator: " "), first == "minimum")
    }

    /// The last scheme or fund `text` names: capitalized words, joined by `and`, `of` or `for`, ending
    /// on a scheme's head (`Home Caregiving Grant`, `Coastal and Flood Protection Fund`), or with a
    /// lowercase head after them (`SkillsFuture Jobseeker Support scheme`); an acronym in brackets is
    /// left out. A name has two words at least: `the Fund` only points back to one.
    static func lastSchemeName(in text: String) -> String? {
        // Most sentences name no scheme: a head's absence says so without reading their words.
        let lowered = text.lowercased()
        guard schemeHeads.contains(where: lowered.containsLiterally) else { return nil }
        var found: String?
        var run: [String] = []
        func close() {
            while let first = run.first, determiners.contains(first.lowercased()) || isPronoun(first.lowercased()) { run.removeFirst() }
            while let last = run.last, ["and", "of", "for"].contains(last) { run.removeLast() }
            if run.count >= 2, let head = run.last, schemeHeads.contains(head.lowercased()) { found = run.joined(separator: " ") }
            run = []
        }
        for token in words(text) {
            if token.hasPrefix("("), token.dropFirst().first?.isUppercase == true { continue }
            let word = String(token.trimmingPunctuation)
            let isName = word.first?.isUppercase == true && word.contains(where: \.isLowercase) || word.count > 1 && word.allSatisfy(\.isUppercase)
            if isName || !run.isEmpty && ["and", "of", "for"].contains(word) {
                run.append(word)
            } else if !run.isEmpty, run.last?.first?.isUppercase == true, schemeHeads.contains(word) {
                run.append(word)
                close()
            } else {
                close()
            }
            if token.last.map({ ",;:.)".contains($0) }) == true { close() }
        }
        close()
        return found
    }

    /// `financial support`, `the maximum grant`, `Fund`: a subject saying only what kind of sum or
    /// limit its number is belongs to the scheme named before it in its paragraph (`financial support
    /// of SkillsFuture Jobseeker Support scheme`); one of the scheme's own kind is the scheme. A
    /// plural of its kind (`up to $190,000 in grants`) sums several schemes, and is left as it is; a
    /// capitalized head (`a new Fund`) points at a name of its own kind only.
    static func ofScheme(_ subject: String, named scheme: String) -> String? {
        // `cash payouts for companies`: whom a sum is for stays after the scheme.
        if let scope = subject.literalRange(of: " for ") {
            return ofScheme(String(subject[..<scope.lowerBound]), named: scheme).map { $0 + subject[scope.lowerBound...] }
        }
        let words = subject.split(separator: " ").map(String.init)
        guard (1...4).contains(words.count), let head = words.last?.lowercased(),
            schemeHeads.contains(head) || parameterHeads.contains(head),
            words.count == 1 || words.dropLast().allSatisfy({ word in
                word.first?.isLowercase == true
                    && (kindWords.contains(word) || schemeHeads.contains(word) || parameterHeads.contains(word))
            })
        else { return nil }
        let schemeHead = scheme.split(separator: " ").last.map { $0.lowercased() } ?? ""
        if head == schemeHead { return scheme }
        guard !head.hasPrefix(schemeHead), !schemeHead.hasPrefix(head), words.last?.first?.isLowercase == true else { return nil }
        return subject + " of " + scheme
    }

    /// `Eligible Housing and Development Board (HDB) households will receive up to`: people a sum goes to
    /// name nothing of it but whom it is for; the scheme before it does.
    static func receivesSum(_ subject: String, lead: String) -> Bool {
        guard let head = subject.split(separator: " ").last?.lowercased(), groupNouns.contains(head) || peopleNouns.contains(head)
        else { return false }
        return Self.words(lead).suffix(4).contains { ["receive", "receives", "get", "gets"].contains($0.lowercased()) }
    }

    /// The heads of a scheme's or fund's name.
    private static let schemeHeads: Set<String> = [
        "grant", "scheme", "fund", "package", "programme", "program", "credit", "credits", "voucher", "vouchers", "rebate",
        "rebates", "bonus", "payment", "allowance", "subsidy", "supplement", "trust", "support", "relief", "gift",
        "initiative",
    ]

    /// Heads naming a part or limit of a scheme (`matching cap`, `vouchers quantum`).
    private static let parameterHeads: Set<String> = [
        "cap", "caps", "threshold", "ceiling", "quantum", "amount", "payout", "payouts", "funding", "benefit", "limit",
        "rate", "grants", "subsidies", "top-up", "top-ups",
    ]

    /// Words that say only which kind of sum or limit: its size, time, novelty or form.
    private static let kindWords: Set<String> = [
        "new", "additional", "higher", "lower", "upper", "fixed", "total", "monthly", "annual", "yearly", "hourly",
        "one-off", "one-time", "basic", "existing", "further", "extra", "special", "current", "revised", "enhanced",
        "financial", "cash", "matching", "co-matching", "co-funding", "qualifying",
    ]

    /// `And this part-time training allowance will be implemented early next year`, `It will be phased in
    /// over three years starting from January 2026`: a sentence pointing back to what the one before
    /// gave, to say when it starts.
    static func saysWhenItStarts(_ sentence: String) -> Bool {
        let words = Self.words(sentence).map { String($0.lowercased().trimmingPunctuation) }.drop { ["and", "so", "but"].contains($0) }
        guard let first = words.first, ["this", "these", "it", "they"].contains(first),
            let will = words.firstIndex(of: "will"), will - words.startIndex <= 6
        else { return false }
        let onset = words[(will + 1)...].prefix(4).joined(separator: " ")
        return [
            "take effect", "come into effect", "be implemented", "be made available", "start", "begin", "be phased in",
            "kick in", "apply", "be effective", "be rolled out",
        ].contains { onset.hasPrefix($0) }
    }

    /// `the maximum qualifying per capita household income`: an income, salary or wage that qualifies
    /// someone for a measure says whom it reaches, and is no figure of the measure.
    static func saysWhoQualifies(_ subject: String) -> Bool {
        let words = subject.lowercased().split(separator: " ").map(String.init)
        guard let qualifying = words.firstIndex(where: { ["qualifying", "eligible", "eligibility"].contains($0) }) else { return false }
        return words[(qualifying + 1)...].contains { ["income", "incomes", "salary", "salaries", "wage", "wages", "earnings"].contains($0) }
    }

    /// `tax credits that save $800`, `bonds issued to replace outstanding debt`, `I’m saving American
    /// families $20 billion`, `Pass my plan for $12 Billion`, `Many families pay up to $14,000`: a phrase
    /// whose first word follows a pronoun, a relative, an infinitive's `to` or an auxiliary, or opens the
    /// sentence before a determiner, or whose last word is a verb of paying or saving, is a verb with its
    /// object or its doer, no noun phrase naming what was counted; one right after a verb of giving or
    /// saving is whom the sum goes to.
    /// `$7 trillion in the Middle East`, `Ohio is down 22 percent`, `ask the Congress for $500 million`,
    /// `for nearly 4 Million Americans`: a phrase that is only a name (every word capitalized, none an
    /// acronym, a coined name like `MediFund` or a programme's head like `Plan`) inside a sentence names
    /// a place, a body or a people, not what was counted. A capital opening the sentence is no name
    /// (`Inflation has dropped`).
    static func onlyNames(_ subject: String, in sentence: String) -> Bool {
        let named = subject.split(separator: " ").map { $0.trimmingPunctuation }.filter { !$0.isEmpty }
        guard !named.isEmpty, !sentence.hasPrefix(subject),
            named.allSatisfy({ $0.first?.isUppercase == true && $0.dropFirst().allSatisfy(\.isLowercase) })
        else { return false }
        return !named.contains { schemeHeads.contains($0.lowercased()) || programmeHeads.contains($0.lowercased()) }
    }

    /// Heads of the names of programmes and laws (`American Rescue Plan`, `Inflation Reduction Act`).
    private static let programmeHeads: Set<String> = ["plan", "act", "law", "bill", "account", "budget"]

    static func isClause(_ subject: String, in sentence: String, near offset: Int) -> Bool {
        let named = subject.split(separator: " ")
        guard !named.isEmpty else { return false }
        if named.count > 1, let last = named.last?.lowercased(), payingVerbs.contains(last) { return true }
        // `workers sign non-compete agreements when they took a job`, `profits and paid zero dollars`: a
        // clause of time or reason, or a verb in the past joined by `and` to a noun, is a clause.
        let lowered = named.map { String($0.trimmingPunctuation).lowercased() }
        if lowered.dropFirst().contains(where: { subordinators.contains($0) || ["when", "while"].contains($0) }) { return true }
        if let and = lowered.firstIndex(of: "and"), and > 0, and + 1 < lowered.count, !isParticiple(lowered[and - 1]),
            irregularParticiples.contains(lowered[and + 1]) || pastTenses.contains(lowered[and + 1])
        {
            return true
        }
        var tokens: [(word: String, start: Int)] = []
        var start = 0
        for token in sentence.split(separator: " ", omittingEmptySubsequences: false) {
            tokens.append((String(token.trimmingPunctuation).lowercased(), start))
            start += token.count + 1
        }
        // Where the phrase's first words stand in the sentence, nearest the number; a determiner opens a
        // noun (`The total benefit that each company will receive`).
        let opening = named.prefix(2).map { String($0.trimmingPunctuation).lowercased() }
        guard !determiners.contains(opening[0]), !["each", "every", "all", "some", "many", "most"].contains(opening[0]) else { return false }
        let places = tokens.indices.filter { index in
            index + opening.count <= tokens.count && zip(tokens[index...], opening).allSatisfy { $0.word == $1 }
        }
        guard let at = places.min(by: { abs(tokens[$0].start - offset) < abs(tokens[$1].start - offset) }) else { return false }
        guard at > 0 else {
            return named[0].first?.isUppercase == true && tokens.count > 1 && objectOpeners.contains(tokens[1].word)
        }
        let previous = tokens[at - 1].word
        // `save taxpayers another $200 Billion`, `give Americans $400 a month`: whom a sum goes to.
        if givingVerbs.contains(previous) { return true }
        // `tax credits that save`, not `ensure that water consumption`, `assessed that Government
        // spending`, `in that jurisdiction`: `that` is a relative only after a noun.
        if previous == "that" {
            guard at > 1, case let before = tokens[at - 2].word, !before.isEmpty else { return false }
            return !complementTakers.contains(before) && !prepositions.contains(before) && !isParticiple(before)
        }
        return verbOpeners.contains(previous) || ["’m", "'m", "’re", "'re", "’ve", "'ve"].contains(where: previous.hasSuffix)
    }

    /// Words after which the next word is a verb: a subject pronoun, a relative, `to`, an auxiliary.
    private static let verbOpeners: Set<String> = [
        "i", "we", "you", "they", "he", "she", "it", "which", "who", "to", "am", "have", "has", "had",
    ]

    /// Verbs whose first object is whom the sum after it goes to.
    private static let givingVerbs: Set<String> = [
        "give", "gives", "gave", "giving", "save", "saves", "saved", "saving", "cost", "costs", "owe", "owes", "send", "sends",
        "offer", "offers", "pay", "pays", "paid", "paying",
    ]

    /// Words whose `that` opens a clause with its own subject (`ensure that`, `so that`, `the idea that`).
    private static let complementTakers: Set<String> = [
        "ensure", "ensures", "see", "sees", "saw", "show", "shows", "say", "says", "said", "so", "such", "believe", "know",
        "think", "mean", "means", "expect", "hope", "clear", "sure", "idea", "fact", "now", "is", "are", "was", "were",
    ]

    /// Words that open a verb's object (`Pass my plan`).
    private static let objectOpeners: Set<String> = ["my", "our", "your", "their", "his", "her", "its", "the", "a", "an"]

    /// Verbs ending a clause whose object is the sum (`Many families pay`, `helping families save`).
    private static let payingVerbs: Set<String> = ["pay", "pays", "save", "saves", "earn", "earns"]

    /// `Central government departments should take the lead by cutting no less than 5 percent of their
    /// general expenditures` → `general expenditures of Central government departments`: what a clause's
    /// `its` or `their` owns is its subject's, when the two agree in number.
    static func owned(_ subject: String, in clause: String) -> String? {
        let lowered = clause.lowercased(), named = subject.lowercased()
        guard let plural = [("its ", false), ("their ", true)].first(where: { lowered.contains($0.0 + named) })?.1,
            case let words = Self.words(clause).drop(while: { conjunctions.contains($0.lowercased()) }),
            let first = words.first?.lowercased(), first != "its", first != "their",
            let owner = opening(words.joined(separator: " ")), owner.lowercased() != named, !owner.lowercased().hasSuffix(named),
            let head = owner.split(separator: " ").last?.lowercased(), !isPronoun(head), !namesNothing(head),
            (head.hasSuffix("s") && !head.hasSuffix("ss")) == plural
        else { return nil }
        return subject + " of " + owner
    }

    /// `the portion of the value of the property in excess of $1.5 million and up to $3 million would be
    /// taxed at`: a rate on a band of a value is named by the value and the band; `that in excess of $3
    /// million` is a band of the value named before.
    static func band(in lead: String, previous: String?) -> String? {
        guard let excess = lead.range(of: "in excess of ", options: [.caseInsensitive, .backwards]) else { return nil }
        let words = Self.words(String(lead[excess.lowerBound...]))
        guard let verb = words.firstIndex(where: { Lexis.englishAuxiliaries.contains($0.lowercased()) }), verb > 3,
            let head = trimmed(Self.words(String(lead[..<excess.lowerBound])).map { String($0.trimmingPunctuation) })
                ?? previous?.components(separatedBy: " in excess of ").first
        else { return nil }
        return ([head] + words[..<verb].map { String($0.trimmingPunctuation) }).joined(separator: " ")
    }

    /// `all types included`: a short clause ending on its participle is an aside set in commas.
    static func isAside(_ clause: String) -> Bool {
        let words = words(clause)
        guard words.count <= 4, let last = words.last?.lowercased().trimmingPunctuation else { return false }
        return isParticiple(String(last))
    }

    /// `To date`, `in turn`, `Over the last decade`: a short clause opening on a preposition says
    /// when or how, and names nothing counted; `Of the deficit` names the whole the parts are of.
    static func isAdverbial(_ clause: String) -> Bool {
        let words = words(clause)
        guard words.count <= 5, let first = words.first?.lowercased() else { return false }
        return first != "of" && prepositions.contains(first)
    }

    /// The phrase after the number: the complement of a change noun (`decline in X`), of a measure
    /// (`kilometers of X`, `yuan in X`), or the noun counted (`million new urban jobs`).
    static func after(_ rest: String, isPercentage: Bool, isSum: Bool, verbBefore: String?) -> String? {
        // `60 million more rural residents`, `6 million more hectares of land`.
        var words = Array(Self.words(rest).drop { ["more", "additional", "such", "another"].contains($0.lowercased()) })
        // `a 24.5-percent year-on-year increase in`: a time of the change stands before its noun.
        if let noun = words.firstIndex(where: { !Lexis.englishChangeAdverbials.contains($0.lowercased()) }), noun > 0,
            changeNouns.contains(words[noun].lowercased())
        {
            words.removeFirst(noun)
        }
        // `receive $1,000 annually in Large Family LifeSG credits`: how often a sum is paid stands before
        // what it is in.
        if isSum, words.count > 2, isAdverb(words[0].lowercased()), prepositions.contains(words[1].lowercased()) { words.removeFirst() }
        guard let first = words.first?.lowercased() else { return nil }
        if changeNouns.contains(first) {
            // `an 800 billion yuan increase on last year` only restates a change of what came before.
            // `a 2-percent drop in both chemical oxygen demand and ammonia nitrogen emissions`.
            return words.count > 2 && words[1] == "in" ? forward(words.dropFirst(2).drop { $0 == "both" }) : nil
        }
        // `121,000 kilometers, of which more than 19,000 kilometers are high-speed rail lines`: a part
        // of a whole is named after its verb of being.
        if verbBefore == "which", ["are", "is", "were", "was"].contains(first), words.count > 1,
            words[1].lowercased() != "to", !isParticiple(words[1].lowercased())
        {
            return forward(words.dropFirst())
        }
        // `passing the 100 million mark`: a milestone is named by what passed it.
        if ["mark", "level", "threshold"].contains(first) { return nil }
        if first == "of" {
            // `rose to 51.6 percent of GDP` is a ratio to GDP; `cutting 5 percent of their general
            // expenditures` takes a part of what follows.
            if isPercentage, verbBefore.map({ stateWords.contains($0) || auxiliaries.contains($0) || prepositions.contains($0) }) ?? false {
                return nil
            }
            // `more than 60% of the world's total`, `participation … exceeded 80% of the whole
            // population`: a share of a whole, after the clause's subject, is a share of that subject;
            // one opening its clause (`Nearly 25% of the entire national debt`) is of the whole.
            let opensClause = verbBefore.map { ["and", "but", "while", "with"].contains($0) } ?? true
            if !opensClause, words.dropFirst().prefix(4).contains(where: { wholes.contains(String($0.lowercased().trimmingPunctuation)) }) {
                return nil
            }
            return forward(words.dropFirst()).map { describingGroup($0, in: words, opensClause: verbBefore == nil) }
        }
        // `$100 worth of Climate Vouchers`: `worth of` links a sum to what it is in, as a measure does.
        if Lexis.englishMeasures.contains(first) || first == "worth", words.count > 2, words[1] == "of" {
            return forward(words.dropFirst(2)).map { describingGroup($0, in: words, opensClause: verbBefore == nil) }
        }
        // `appropriated over 280 billion yuan to fund poverty reduction`: a sum a verb gives names what
        // it is given for, not who gives it.
        if isSum, first == "to", words.count > 2, let verb = verbBefore, verb.allSatisfy(\.isLetter), !isLink(verb) || isParticiple(verb),
            !auxiliaries.contains(verb), !determiners.contains(verb), !stateWords.contains(verb),
            words[1].allSatisfy(\.isLetter), !auxiliaries.contains(words[1].lowercased()), !determiners.contains(words[1].lowercased())
        {
            return forward(words.dropFirst(2))
        }
        // `top up the ElderCare Fund by $500 million to support …`: after `by` a sum changes what came
        // before it, which names it.
        if isSum, verbBefore != "by", isBoundary(first) || prepositions.contains(first) || isParticiple(first) {
            // `800 billion yuan in railway construction`, `100 billion yuan from government budgets
            // for poverty relief`, `732 billion yuan invested in railway construction`, `$150 million via
            // the SME Co-Investment Fund`: what a sum is spent on or goes through; after `and` another clause goes on (`by over 570 billion yuan and reducing
            // tax burdens in every sector`).
            let ownClause = words.prefix(6).enumerated().prefix { offset, word in
                let next = offset + 1 < words.count ? words[offset + 1] : ""
                return !conjunctions.contains(word.lowercased()) || next.first?.isNumber == true || next.first == "$"
            }.map(\.element)
            guard let purpose = ownClause.firstIndex(where: { ["in", "for", "on", "via"].contains($0.lowercased()) }) else {
                return nil
            }
            let named = forward(words[(purpose + 1)...])
            // `a Seniors' Bonus of between $200 and $300 for eligible Singaporeans`: people a sum is for
            // receive it; the sum is named before it.
            if words[purpose].lowercased() == "for", let head = named?.split(separator: " ").last?.lowercased(), peopleNouns.contains(head) {
                return nil
            }
            return named
        }
        // `a 15% minimum tax rate for corporations`: after an article a share names the noun it qualifies.
        let qualifiesNoun = verbBefore == "a" || verbBefore == "an"
        guard !isPercentage || qualifiesNoun, !determiners.contains(first), let phrase = forward(words[...]) else { return nil }
        return describingGroup(phrase, in: words, opensClause: verbBefore == nil)
    }

    /// `68 million people have been lifted out of poverty` → `people lifted out of poverty`: a count
    /// of people or households, or an amount of land or investment, is named by what the clause
    /// says of them, not by the bare noun.
    private static func describingGroup(_ phrase: String, in words: [String], opensClause: Bool) -> String {
        guard let head = phrase.split(separator: " ").last?.lowercased(),
            let position = words.firstIndex(where: { $0.lowercased().trimmingPunctuation == head }),
            !words[position].hasSuffix(",")
        else { return phrase }
        // `5.5 million kilometers of optical fiber cables were added`: what was done to the things
        // counted says they are new, not all there are.
        guard groupNouns.contains(head) else {
            return phrase + (passive(after: Array(words[(position + 1)...]), isPredicate: opensClause) ?? "")
        }
        var described: [String] = []
        let rest = words[(position + 1)...]
        for (offset, word) in zip(rest.indices, rest) {
            let bare = String(word.lowercased().trimmingPunctuation)
            guard let initial = bare.first, initial.isLetter else { break }
            // `who have relocated … have gained`: what they are stops at the clause's own verb;
            // `families have an average`: a verb of having names nothing of them.
            let next = offset + 1 < words.endIndex ? words[offset + 1].lowercased() : ""
            if auxiliaries.contains(bare) && !(bare == "to" && !described.isEmpty)
                || ["who", "that", "further", "also", "now", "already"].contains(bare)
            {
                if !described.isEmpty || determiners.contains(next) || next == "no" || next.first?.isLetter == false { break }
                continue
            }
            if ["and", "but", "while", "which", "including", "with"].contains(bare) || described.count == 8 { break }
            described.append(String(word.trimmingPunctuation))
            if word.last.map(\.isPunctuation) == true { break }
        }
        // `benefited through the provision of cost-of-living allowances for`: a cut ends on a noun.
        while let last = described.last?.lowercased(), prepositions.contains(last) || determiners.contains(last) { described.removeLast() }
        return ([phrase] + described).joined(separator: " ")
    }

    /// What a passive after the things counted says was done to them, with a short rest of the
    /// clause: `were built or upgraded in rural areas` → ` built or upgraded in rural areas`. A list
    /// of amounts shares the passive after its last item (`homes in rundown urban areas and over 3.8
    /// million dilapidated rural houses were renovated`), and the words before `and` stay.
    /// `isPredicate`: the things counted open the clause, so a verb after them is its own.
    private static func passive(after written: [String], isPredicate: Bool) -> String? {
        var original = written.map { String($0.trimmingPunctuation) }
        var tail = original.map { $0.lowercased() }
        var complement: [String] = []
        if let and = tail.prefix(5).firstIndex(of: "and"), tail[(and + 1)...].prefix(3).contains(where: { $0.first?.isNumber == true }),
            let verb = tail[and...].firstIndex(where: passiveWords.contains), !tail[..<and].contains(where: { auxiliaries.contains($0) || isParticiple($0) })
        {
            complement = Array(original[..<and])
            (original, tail) = (Array(original[verb...]), Array(tail[verb...]))
        }
        // `dilapidated houses in rural areas were rebuilt`: where the things are stands before the passive.
        if complement.isEmpty, let place = tail.first, ["in", "on", "at"].contains(place),
            let verb = tail.prefix(5).firstIndex(where: passiveWords.contains), verb > 1,
            !written[..<verb].contains(where: { $0.hasSuffix(",") || $0.contains(where: \.isNumber) })
        {
            complement = Array(original[..<verb])
            (original, tail) = (Array(original[verb...]), Array(tail[verb...]))
        }
        var cursor = 0
        while cursor < min(tail.count, 3), passiveWords.contains(tail[cursor]) || tail[cursor] == "further" { cursor += 1 }
        func isDone(_ index: Int) -> Bool {
            index < tail.count && (isParticiple(tail[index]) || irregularParticiples.contains(tail[index]))
        }
        // `4,100 kilometers of high-speed railways opened to traffic`: a verb in the past tense says it too.
        guard cursor > 0 || isPredicate && isParticiple(tail.first ?? ""), isDone(cursor) else { return nil }
        var done = [original[cursor]]
        cursor += 1
        while cursor + 1 < tail.count, ["or", "and"].contains(tail[cursor]), isDone(cursor + 1) {
            done += original[cursor...(cursor + 1)]
            cursor += 2
        }
        // `put into operation`: a short rest of the clause says where or how.
        if cursor < tail.count, tail.count - cursor <= 3, prepositions.contains(tail[cursor]) || verbParticles.contains(tail[cursor]),
            !tail[cursor...].contains(where: { $0.contains(where: \.isNumber) })
        {
            done += original[cursor...]
        }
        return " " + (complement + done).joined(separator: " ")
    }

    /// Auxiliaries of being and having, which open a relative clause that says which.
    private static let beingOrHaving: Set<String> = ["are", "is", "was", "were", "have", "has", "had"]

    /// Auxiliaries of a passive.
    private static let passiveWords: Set<String> = ["were", "was", "are", "is", "have", "has", "had", "been", "be", "will"]

    /// `Social old-age pension schemes now cover more than 900 million people` → `people covered by
    /// Social old-age pension schemes`; `relocated over 9 million people` → `people relocated`: a
    /// bare count of people is named by what was done to them, and by whom when the clause says.
    static func receiving(_ noun: String, verb: String?, clause: String) -> String? {
        if verb == "to", let head = noun.split(separator: " ").first, peopleNouns.contains(head.lowercased()) {
            return given(noun, clause: clause)
        }
        guard peopleNouns.contains(noun.lowercased()), let verb, let participle = participle(of: verb) else { return nil }
        var words = Self.words(clause)
        guard let verbIndex = words.lastIndex(where: { $0.lowercased() == verb }) else { return nil }
        words.removeSubrange(verbIndex...)
        // `a record 10 million Americans`, `the wealthiest 1%`: after an article the word is no verb.
        if let previous = words.last?.lowercased(), determiners.contains(previous) { return nil }
        let doer = verb.hasSuffix("ed") ? nil : before(words.joined(separator: " "))
        return ([noun, participle] + (doer.map { ["by", $0] } ?? [])).joined(separator: " ")
    }

    /// `students will graduate from college`: people counted, then what they will do in the active
    /// voice (not `will be relocated`, nor `will receive`, which the government gives); after `with`,
    /// what they are doing.
    static func isPeoplesOwnDoing(_ rest: String, afterWith: Bool = false) -> Bool {
        let words = Self.words(rest).map { String($0.lowercased().trimmingPunctuation) }
        // `With over 8.2 million college students graduating this year, …`: the setting of what follows.
        if afterWith, let doing = words.prefix(4).firstIndex(where: { $0.hasSuffix("ing") && !ingNouns.contains($0) }), doing > 0,
            peopleNouns.contains(words[doing - 1]), !receivingVerbs.contains(String(words[doing].dropLast(3)))
        {
            return true
        }
        guard let will = words.prefix(4).firstIndex(of: "will"), will > 0, peopleNouns.contains(words[will - 1]),
            will + 1 < words.count
        else { return false }
        let verb = words[will + 1]
        return !auxiliaries.contains(verb) && !isAdverb(verb) && !receivingVerbs.contains(verb)
    }

    /// `to be relocated from inhospitable areas` → `to be relocated from inhospitable areas`: what a number with
    /// no noun of its own will have done to it, up to six words.
    static func toBeDone(_ rest: String) -> String? {
        var words = Self.words(rest).map { String($0.trimmingPunctuation) }
        if let first = words.first?.lowercased(), ["are", "is"].contains(first) { words.removeFirst() }
        guard words.count > 2, words[0].lowercased() == "to", words[1].lowercased() == "be", isParticiple(words[2].lowercased())
        else { return nil }
        var done = Array(words.prefix(8))
        while let last = done.last?.lowercased(), prepositions.contains(last) || determiners.contains(last) || conjunctions.contains(last) {
            done.removeLast()
        }
        return done.joined(separator: " ")
    }

    /// Whether a count of people only says how many there are: after `there will be`, or as `the
    /// number of` people that a verb of being or reaching leads to.
    static func countsPeopleThatAre(lead: String, rest: String) -> Bool {
        var before = Self.words(lead).map { String($0.lowercased().trimmingPunctuation) }
        while let last = before.last, ["up", "to", "about", "around", "nearly", "almost", "some"].contains(last) { before.removeLast() }
        let after = Self.words(rest).map { String($0.lowercased().trimmingPunctuation) }
        if before.suffix(3) == ["there", "will", "be"] || ["are", "were", "is", "was"].contains(before.last ?? "") && before.dropLast().last == "there" {
            return after.prefix(3).contains(where: peopleNouns.contains)
        }
        guard let number = before.lastIndex(of: "number"), number + 2 < before.count, before[number + 1] == "of",
            before[(number + 2)...].prefix(3).contains(where: peopleNouns.contains),
            let verb = before.last, ["reach", "reached", "be", "is", "was", "are", "were", "stood"].contains(verb)
        else { return false }
        return true
    }

    /// Verbs of getting what a measure gives (`will receive`, `will benefit`).
    private static let receivingVerbs: Set<String> = ["receive", "get", "benefit", "gain", "enjoy", "have", "see", "pay", "save"]

    /// `and granted urban residency to another 16 million people from rural areas` → `people from
    /// rural areas granted urban residency`: people a thing was given to are named by the giving.
    private static func given(_ noun: String, clause: String) -> String? {
        var words = Self.words(clause)
        guard words.last?.lowercased() == "to" else { return nil }
        words.removeLast()
        /// `granted`, `granting`, or a bare verb after a modal or a list's number (`will also provide`, `1) grant`).
        func opensGiving(_ index: Int) -> Bool {
            let word = words[index].lowercased()
            if isParticiple(word) || word.hasSuffix("ing") && !ingNouns.contains(word) { return true }
            var before = index - 1
            while before >= 0, isAdverb(words[before].lowercased()) { before -= 1 }
            return before >= 0 && (auxiliaries.contains(words[before].lowercased()) || words[before].hasSuffix(")"))
        }
        guard let start = words.indices.last(where: { $0 >= words.count - 6 && opensGiving($0) }),
            !words[(start + 1)...].contains(where: { $0.hasSuffix(",") || isBoundary($0.lowercased()) && $0.lowercased() != "and" }),
            let participle = deedParticiple(words[start].lowercased())
        else { return nil }
        return ([noun, participle] + words[(start + 1)...]).joined(separator: " ")
    }

    /// The past participle of a regular verb (`cover` → `covered`, `relocate` → `relocated`,
    /// `granting` → `granted`), or `nil` for a word that is no verb before its object.
    private static func participle(of verb: String) -> String? {
        var stem = verb.lowercased()
        guard stem.count > 2, stem.allSatisfy(\.isLetter), !auxiliaries.contains(stem), !prepositions.contains(stem),
            !determiners.contains(stem), !qualifiers.contains(stem), !conjunctions.contains(stem), !isAdverb(stem),
            !changeVerbs.contains(stem), !stateWords.contains(stem)
        else { return nil }
        if stem.hasSuffix("ed") { return stem }
        if stem.hasSuffix("ing") {
            stem.removeLast(3)
            return stem.count > 2 ? stem + "ed" : nil
        }
        if stem.hasSuffix("s"), !stem.hasSuffix("ss") { stem.removeLast() }
        return stem.hasSuffix("e") ? stem + "d" : stem + "ed"
    }

    /// `renovate another 6 million housing units in these areas` → `housing units in these areas
    /// renovated`, `We have built or upgraded 1.27 million kilometers of rural roads` → `rural roads
    /// built or upgraded`: things counted or measured are named by what the verbs before the number
    /// did to them, since a count of things added is no count of all there are.
    static func done(_ phrase: String, verb: String?, clause: String, rest: String) -> String? {
        let named = Self.words(phrase).map { $0.lowercased() }
        guard let verb, let last = named.last, !isParticiple(last), !irregularParticiples.contains(last),
            !named.contains(where: peopleNouns.contains)
        else { return nil }
        var words = Self.words(clause).map { String($0.lowercased().trimmingPunctuation) }
        // `helping build a record 1.7 million housing units`: `a record` only stresses the number.
        let isStressed = words.suffix(2) == ["a", "record"]
        if isStressed { words.removeLast(2) }
        guard isStressed || words.last == verb else { return nil }
        // `work started on the reconstruction of 6.01 million housing units`, `the rebuilding of 20 million
        // housing units`: a deed named by its noun is done to the things after it too.
        // `work started on the reconstruction of …`: only the work on them has begun.
        if words.last == "of", words.count > 1, case let deed = words[words.count - 2], let participle = nominalDeeds[deed] {
            var before = Array(words.dropLast(2))
            if before.last == "the" { before.removeLast() }
            let begun = before.last == "on" && startingWords.contains(before.dropLast().last ?? "")
            return phrase + (begun ? " with \(deed) started" : " " + participle)
        }
        // `Construction will begin on at least 2,000 kilometers of utility tunnels`.
        if words.last == "on", let deed = words.first, nominalDeeds[deed] != nil, startingWords.contains(words.dropLast().last ?? "") {
            return phrase + " with \(deed) started"
        }
        // `giving out 430 million grants` → `grants given out`: a particle goes with its verb.
        let particle = verbParticles.contains(verb) ? words.popLast().map { " " + $0 } ?? "" : ""
        guard let last = words.last, var participles = deedParticiple(last).map({ [$0 + particle] }) else { return nil }
        // `a record 16 million`: after an article the word is no verb.
        if words.count > 1, determiners.contains(words[words.count - 2]) { return nil }
        // `will reimburse companies up to 7%`: the word after a modal's verb is its object, no verb.
        if words.count > 2, Lexis.englishModals.contains(words[words.count - 3]), !isAdverb(words[words.count - 2]) { return nil }
        // `suspend or postpone construction on or eliminate`: verbs joined by `or` or `and` before it.
        var joiner = words.count - 2
        var conjunction = "or"
        while joiner > 0, ["or", "and"].contains(words[joiner]) {
            var start = joiner - 1
            while start > 0, joiner - start < 4, !["or", "and"].contains(words[start - 1]), !auxiliaries.contains(words[start - 1]) {
                start -= 1
            }
            guard let participle = deedParticiple(words[start]) else { break }
            participles.insert(participle, at: 0)
            conjunction = words[joiner]
            joiner = start - 1
        }
        var deeds = participles.count == 1
            ? participles[0] : participles.dropLast().joined(separator: ", ") + " \(conjunction) " + participles[participles.count - 1]
        // `China contributed more than 30 percent of global growth`: a named doer opening the clause says by whom.
        let doer = Self.words(clause).dropLast()
        if (1...2).contains(doer.count), doer.allSatisfy({ $0.first?.isUppercase == true }), !doer.contains(where: { isPronoun($0.lowercased()) }) {
            deeds += " by " + doer.joined(separator: " ")
        }
        // `turn 800,000 hectares of marginal farmland into forests or grassland`: where the things went.
        let after = Self.words(rest).map { String($0.trimmingPunctuation) }
        if let end = after.firstIndex(where: { $0.lowercased() == named.last }), end + 1 < after.count,
            ["into", "back", "to"].contains(after[end + 1].lowercased()), after.count - end <= 6,
            !after[(end + 1)...].contains(where: { $0.contains(where: \.isNumber) })
        {
            return ([phrase, deeds] + after[(end + 1)...]).joined(separator: " ")
        }
        // `taken 20 million high-emission and old vehicles off the roads`: the particle goes on the verb.
        let written = Self.words(phrase)
        if let particle = named.firstIndex(where: verbParticles.contains), particle > 0 {
            return (written[..<particle] + [deeds] + written[particle...]).joined(separator: " ")
        }
        return phrase + " " + deeds
    }

    /// Verbs saying work has begun (`work started on`, `Construction will begin on`).
    private static let startingWords: Set<String> = ["started", "began", "begun", "begin", "begins", "start", "starts"]

    /// Nouns of a deed done to the things their `of` counts, with its participle.
    private static let nominalDeeds: [String: String] = [
        "reconstruction": "reconstructed", "renovation": "renovated", "rebuilding": "rebuilt", "construction": "constructed",
        "relocation": "relocated", "upgrading": "upgraded", "creation": "created", "building": "built", "installation": "installed",
        "restoration": "restored", "elimination": "eliminated", "resettlement": "resettled", "retrofitting": "retrofitted",
    ]

    /// The past participle of a verb that does something to its object (`renovate` → `renovated`,
    /// `adding` → `added`, `build` → `built`), or `nil` for a word that is no such verb: one of
    /// change, state or having (`grow`, `reach`, `include`) or a closed word class.
    private static func deedParticiple(_ word: String) -> String? {
        guard word.count > 2, word.allSatisfy(\.isLetter), !auxiliaries.contains(word), !prepositions.contains(word),
            !determiners.contains(word), !qualifiers.contains(word), !conjunctions.contains(word), !isAdverb(word),
            !stateWords.contains(word), !havingVerbs.contains(word), !changeVerbs.subtracting(deedVerbs).contains(word)
        else { return nil }
        if irregularParticiples.contains(word) { return word }
        if let participle = irregularVerbs[word] { return participle }
        if word.hasSuffix("ed") { return isParticiple(word) ? word : nil }
        var stem = word
        if stem.hasSuffix("ing") {
            stem.removeLast(3)
            // `cutting`, `making`: the stem as written, or with the `e` or doubled letter it lost.
            let candidates = [stem, stem + "e", String(stem.dropLast())]
            if let participle = candidates.lazy.compactMap({ irregularVerbs[$0] }).first { return participle }
            guard stem.count > 2 else { return nil }
        }
        else if stem.hasSuffix("s"), !stem.hasSuffix("ss") {
            stem.removeLast()
            if stem.hasSuffix("ie") { stem = stem.dropLast(2) + "y" }
        }
        if let participle = irregularVerbs[stem] { return participle }
        if stem.hasSuffix("e") { return stem + "d" }
        if stem.hasSuffix("y"), let before = stem.dropLast().last, !"aeiou".contains(before) { return stem.dropLast() + "ied" }
        return stem + "ed"
    }

    /// Verbs of change that also do something to the things counted (`cut`, `add`, `renovate`).
    private static let deedVerbs: Set<String> = [
        "cut", "cuts", "cutting", "reduce", "reduces", "reducing", "add", "adding", "create", "renovate", "build", "relocate",
        "provide",
    ]

    /// Verbs that say a thing has or holds a number, doing nothing to it.
    private static let havingVerbs: Set<String> = [
        "include", "includes", "including", "included", "contain", "contains", "containing", "have", "has", "having",
        "cost", "costs", "costing", "earn", "earns", "earning", "earned", "remaining", "record", "record-breaking",
    ]

    /// Particles that carry a verb on after its object (`taken 20 million old vehicles off the roads`).
    private static let verbParticles: Set<String> = ["off", "out", "away", "back"]

    /// Verbs whose participles do not end in `-ed`.
    private static let irregularVerbs: [String: String] = [
        "build": "built", "rebuild": "rebuilt", "cut": "cut", "send": "sent", "spend": "spent", "make": "made",
        "take": "taken", "give": "given", "sell": "sold", "bring": "brought", "buy": "bought", "put": "put", "set": "set",
        "lay": "laid", "hold": "held", "shut": "shut", "lose": "lost", "pay": "paid", "lead": "led", "win": "won",
        "find": "found",
    ]

    /// Words naming a whole a share is of (`of the world's total`, `of the whole population`).
    private static let wholes: Set<String> = ["total", "whole", "entire", "population"]

    /// Participles of things done that do not end in `-ed`.
    private static let irregularParticiples = Set(irregularVerbs.values)

    /// Past tenses that differ from their participles (`took`, `gave`).
    private static let pastTenses: Set<String> = ["took", "gave", "went", "came", "grew", "rose", "fell", "wrote", "drove", "ran"]

    /// Nouns that count people, with nothing said of which.
    private static let peopleNouns: Set<String> = [
        "people", "persons", "residents", "individuals", "americans", "singaporeans", "chinese", "seniors", "children",
        "students", "graduates",
    ]

    /// Nouns that count people, homes, land or money in general, named by what happens to them.
    private static let groupNouns: Set<String> = [
        "people", "persons", "residents", "households", "families", "individuals", "workers", "chinese", "units", "land",
        "investment", "funds", "americans", "singaporeans", "seniors", "children",
    ]

    /// Whether a noun phrase after a number may take an `of` complement: `units of
    /// government-subsidized housing`, `value of technology transactions`.
    private static func takesComplement(_ phrase: [String], next: String?) -> Bool {
        // `the annual average density of fine particulate matter`: an article adds no word to the head.
        let named = phrase.filter { !determiners.contains($0.lowercased()) }
        return next?.first?.isLetter == true && !named.isEmpty && named.count <= 3 && !phrase.contains { $0 == "of" }
    }

    /// A noun phrase read forward: words until a verb, an auxiliary, a preposition or a clause mark.
    private static func forward(_ words: ArraySlice<String>) -> String? {
        var phrase: [String] = []
        for (offset, word) in zip(words.indices, words) {
            let bare = String(word.lowercased().trimmingPunctuation)
            guard let initial = bare.first, initial.isLetter || initial.isNumber, !isBoundary(bare) || bare == "and" || bare == "or" else { break }
            // `CPF top-ups if the adults sustain employment`, `U-Save Rebates this year`, `every six months`:
            // a subordinate clause or a time ends a noun phrase.
            if subordinators.contains(bare) { break }
            let next = words[words.index(after: offset)...].prefix(2).map { String($0.lowercased().trimmingPunctuation) }
            if ["this", "last", "next", "every", "each"].contains(bare),
                next.first.map(timeUnits.contains) == true || next.count == 2 && Lexis.englishNumberWords.contains(where: { $0.0 == next[0] }) && timeUnits.contains(next[1])
            {
                break
            }
            // `highway and waterway projects`, not `railway construction and 1.8 trillion yuan`.
            if bare == "and" || bare == "or" {
                let next = words.index(after: offset)
                guard !phrase.isEmpty, next < words.endIndex, let following = words[next].first, following.isLetter,
                    !qualifiers.contains(words[next].lowercased())
                else { break }
                // `railway construction and open over 8,000 kilometers`, `homes and bring those rents down`:
                // a word taking a number or an article is a verb.
                let object = words.index(after: next)
                if object < words.endIndex, words[object].first?.isNumber == true || qualifiers.contains(words[object].lowercased())
                    || determiners.contains(words[object].lowercased())
                {
                    break
                }
                // `chips and producing one-fifth`: a participle after `and` opens a clause, unless it
                // goes on one in the phrase (`people upgrading their skills or switching jobs`).
                func isGerund(_ word: String) -> Bool { word.lowercased().hasSuffix("ing") && !ingNouns.contains(word.lowercased()) }
                if isGerund(words[next]), !phrase.contains(where: isGerund) { break }
            } else if bare == "of" {
                let next = words.index(after: offset)
                guard takesComplement(phrase, next: next < words.endIndex ? words[next] : nil) else { break }
            } else if prepositions.contains(bare) || qualifiers.contains(bare) || isAdverb(bare)
                || (!phrase.isEmpty && isParticiple(bare) && !determiners.contains(phrase.last!.lowercased())
                    && !(isPossessive(phrase.last!) && modifiesNoun(words[words.index(after: offset)...].first)))
            {
                break
            }
            // `Community Development Council (CDC) Vouchers`: an acronym in brackets goes on the name.
            let isAcronym = word.hasPrefix("(") && word.hasSuffix(")") && word.count > 3 && word.dropFirst().dropLast().allSatisfy(\.isUppercase)
            phrase.append(String(word.trimmingPunctuation))
            if word.last.map(\.isPunctuation) == true && !isAcronym || phrase.count == maxWords { break }
        }
        return trimmed(phrase)
    }

    /// Words opening a subordinate clause.
    private static let subordinators: Set<String> = ["if", "unless", "because", "although", "though", "until", "once", "whereas", "whether"]

    private static let timeUnits: Set<String> = ["year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "decade"]

    /// `rural`, `central`, `domestic`: word endings only adjectives take in reports.
    private static func isAdjective(_ word: String) -> Bool {
        ["al", "an", "ic", "ive", "ous", "ern", "ar", "ary"].contains { word.lowercased().hasSuffix($0) }
    }

    /// `the country's registered businesses`, not `jobs created in cities`: a participle after a
    /// possessive and before a content word modifies that word.
    private static func isPossessive(_ word: String) -> Bool { word.hasSuffix("'s") || word.hasSuffix("’s") }

    private static func modifiesNoun(_ next: String?) -> Bool {
        guard let next = next?.lowercased(), next.first?.isLetter == true else { return false }
        return !isLink(next) && !isBoundary(next) && !determiners.contains(next)
    }

    /// Drops what may begin a phrase without naming anything: `The number of`, `a total of`, `our`.
    /// `January next year`, `this decade`, `FY2026`, `So`, `instead`, `I`: a time, a word of
    /// discourse or a pronoun names nothing a number is of.
    private static func namesNothing(_ word: String) -> Bool {
        var word = word.lowercased().trimmingPunctuation
        for prefix in ["end-", "mid-", "early-", "late-"] where word.hasPrefix(prefix) { word.removeFirst(prefix.count) }
        if word.hasPrefix("fy"), word.count > 2, word.dropFirst(2).allSatisfy(\.isNumber) { return true }
        return timeAndDiscourseWords.contains(String(word))
    }

    private static let timeAndDiscourseWords: Set<String> = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "period", "today",
        "tonight", "now", "last", "next", "this", "earlier", "later", "instead", "so", "way", "first", "purpose",
        "maximum", "minimum", "modest", "top", "what", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "i", "we", "you", "it", "they", "none", "us", "well",
    ]

    private static func trimmed(_ phrase: some Sequence<String>) -> String? {
        var words = Array(phrase)
        while let first = words.first?.lowercased() {
            if determiners.contains(first) || conjunctions.contains(first) || (prepositions.contains(first) && first != "per")
                || first == "year's" || first == "both"
            {
                words.removeFirst()
            } else if countingHeads.contains(first), words.count > 2, words[1] == "of" {
                words.removeFirst(2)
            } else if first == "total", words.count > 1, countingHeads.contains(words[1].lowercased()) {
                words.removeFirst()
            } else {
                break
            }
        }
        while let last = words.last?.lowercased(), isLink(last) || last == "and" { words.removeLast() }
        guard words.contains(where: { $0.contains(where: \.isLetter) && !isLink($0.lowercased()) }),
            !words.allSatisfy(namesNothing)
        else { return nil }
        // `transfer payments to local governments for equalizing access to basic public services`:
        // a long phrase keeps its head and loses its last complements; ten words keep a limiting
        // one (`average broadband service rates for small and medium enterprises`).
        // `per unit of GDP` stays whole.
        while words.count > 10,
            let cut = words.indices.last(where: {
                $0 > 0 && ["to", "for", "in", "on", "of", "by"].contains(words[$0]) && words[$0 - 1] != "unit"
                    && !isParticiple(words[$0 - 1].lowercased())
            }),
            cut > 1
        {
            words.removeSubrange(cut...)
        }
        return words.joined(separator: " ")
    }

    /// The words of a clause, split at spaces, with a comma kept on the word before it; a dash
    /// typed as a hyphen before an article or a bound (`registered-an average of`, `rail lines-more
    /// than`) breaks the clause as a comma.
    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).flatMap { token -> [String] in
            let parts = token.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, ["a", "an", "the", "more"].contains(parts[1].lowercased()), parts[0].count > 2,
                parts[0].allSatisfy(\.isLetter)
            else { return [String(token)] }
            return [parts[0] + ",", String(parts[1])]
        }
    }

    /// A word that may stand between a phrase and its number without being part of the phrase.
    private static func isLink(_ word: String) -> Bool {
        let lowered = word.lowercased()
        return auxiliaries.contains(lowered) || changeVerbs.contains(lowered) || prepositions.contains(lowered)
            || qualifiers.contains(lowered) || isAdverb(lowered) || isParticiple(lowered) || otherLinks.contains(lowered)
            || measureWords.contains(lowered) || lowered.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
            || Lexis.englishNumberWords.contains { $0.0 == lowered }
    }

    /// `for the year`, `in 2016`, `year-on-year`, `in real terms`: a time or manner adverbial at
    /// the end of the clause.
    private static func isTrailingTime(_ words: [String]) -> Bool {
        guard let last = words.last?.lowercased() else { return false }
        if ["year", "year-on-year", "annually", "terms", "real", "each", "this", "last", "whole"].contains(last) { return true }
        return last.count == 4 && last.allSatisfy(\.isNumber)
    }

    /// `reduced`, `renovated`; not `need`, nor a compound adjective (`high-speed`, `coal-fired`).
    private static func isParticiple(_ word: String) -> Bool {
        word.hasSuffix("ed") && !word.hasSuffix("eed") && !word.contains("-")
    }

    /// `further`, `markedly`, `steadily`: adverbs by list and by the endings that only adverbs take
    /// (`supply`, `family` end in `ly` too).
    private static func isAdverb(_ word: String) -> Bool {
        adverbs.contains(word) || word != "family"
            && ["ally", "ively", "ently", "antly", "edly", "ately", "ously", "ily", "ably", "ibly", "arly", "ctly"]
                .contains { word.hasSuffix($0) }
    }

    private static func isBoundary(_ word: String) -> Bool {
        auxiliaries.contains(word) || changeVerbs.contains(word) || conjunctions.contains(word)
    }

    private static let maxWords = 16

    /// `by three percentage points to 51.2%`: the words of an earlier amount on the way to the number.
    private static let measureWords: Set<String> = ["percent", "percentage", "point", "points", "times", "fold"]

    /// The auxiliaries, with `being` and an infinitive's `to`.
    private static let auxiliaries = Lexis.englishAuxiliaries.union(["being", "to"])

    /// Verbs that lead a phrase to its number; other verbs are told by their `-ed` or left in place.
    private static let changeVerbs: Set<String> = [
        "rose", "rise", "rises", "risen", "grew", "grow", "grows", "grown", "increase", "increases", "fell", "fall",
        "falls", "drop", "drops", "decline", "declines", "reach", "reaches", "exceed", "exceeds", "stood", "stand",
        "stands", "total", "totals", "hit", "hits", "topped", "cut", "cuts", "reduce", "reduces", "remain", "remains",
        "kept", "keep", "saw", "see", "seen", "sees", "achieve", "achieves", "came", "come", "went", "up", "down",
        "reaching", "hitting", "rising", "growing", "increasing", "reducing", "cutting", "bringing", "adding",
        "representing", "accounting", "invest", "provide", "add", "create", "renovate", "build", "relocate",
    ]

    /// Verbs after which `N percent of X` is a ratio to X (`rose to 51.6 percent of GDP`).
    private static let stateWords: Set<String> = [
        "reached", "exceeded", "passed", "stood", "amounted", "accounted", "accounting", "rose", "fell", "remained",
        "hit", "topped", "totaled", "grew", "dropped", "up", "down", "reach", "exceed", "pass", "stand", "amount",
        "account", "total", "remain", "come", "top",
    ]

    private static let prepositions: Set<String> = [
        "by", "to", "at", "of", "from", "on", "in", "for", "with", "within", "under", "over", "than", "as", "into",
        "across", "through", "per", "among", "during", "via",
    ]

    private static let qualifiers: Set<String> = [
        "more", "less", "fewer", "than", "over", "around", "about", "roughly", "approximately", "nearly", "almost",
        "at", "least", "most", "no", "not", "some", "another", "an", "additional", "only", "just", "under",
    ]

    private static let adverbs: Set<String> = [
        "further", "both", "again", "also", "still", "all", "each", "already", "even", "now", "then", "respectively",
        "thus", "above", "below",
    ]

    /// Other words that stand between a phrase and its number: a currency's country (`US$`), `set
    /// at`, `between`, `account for`, a verb's particle (`cut back by`).
    private static let otherLinks: Set<String> = ["us", "rmb", "set", "between", "account", "accounts", "back", "off"]

    private static let conjunctions: Set<String> = [
        "and", "or", "but", "while", "which", "that", "who", "whom", "whose", "with", "where", "when", "whereas", "including", "we", "it",
        "they", "there",
    ]

    private static let determiners: Set<String> = ["the", "a", "an", "another", "our", "their", "its", "this", "these", "those", "such"]

    /// Verbs whose `to` begins an infinitive (`continued to`, `plans to`), not a complement.
    private static let infinitiveVerbs: Set<String> = [
        "continue", "continues", "begin", "began", "plan", "plans", "aim", "aims", "need", "needs", "going", "able",
        "seek", "strive", "expect", "try", "want", "work", "help", "set", "order", "is", "are", "was", "were", "be",
        "expected", "projected", "forecasted",
    ]

    /// Heads that only count what follows them: `The number of X` is X.
    private static let countingHeads: Set<String> = ["number", "total", "amount"]

    /// Nouns of change whose `in` phrase names what changed.
    private static let changeNouns: Set<String> = [
        "increase", "decrease", "decline", "drop", "cut", "rise", "fall", "growth", "reduction", "jump", "gain",
        "expansion",
    ]

    /// Words in `-ing` that are nouns in reports, not participles.
    private static let ingNouns: Set<String> = [
        "housing", "spending", "financing", "funding", "lending", "building", "buildings", "training", "manufacturing",
        "shipping", "processing", "farming", "mining", "planning", "banking", "pricing", "schooling", "earnings",
        "savings", "holdings", "borrowing", "living", "learning",
    ]
}

extension StringProtocol {
    /// The word without the punctuation that may cling to its ends (`households,` → `households`).
    var trimmingPunctuation: SubSequence {
        let start = firstIndex { !$0.isPunctuation } ?? endIndex
        let end = lastIndex { !$0.isPunctuation }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}
