import ReportModel
import ReportText

/// Reads every quantified target and outcome of a report as a `Fact`.
///
/// A fact's role and period come from its part and section (a review part states outcomes of its
/// years, a plan part targets of the report's year, a `十四五` review outcomes of 2021–2025),
/// overridden by cues in its sentence: an explicit year (`2024年`), `去年` (the year before),
/// `今年`, a span (`五年来`, `“十四五”时期`, `今明两年`, `到2025年`, `年均`), or target words
/// (`目标`, `力争`, `确保`) outside a review part. A sentence of cues without numbers
/// (`刚刚过去的2017年，…`) lends its cue to the next. The numbers of the list of main targets
/// (`今年发展主要预期目标是：…`) are headline facts. Its indicator comes from the lexicon; its
/// subject is the words as written, split item by item in a `分别` list.
public struct FactExtractor: Sendable {
    public var lexicon: IndicatorLexicon
    public var parser: QuantityParser

    public init(lexicon: IndicatorLexicon = .shipped, parser: QuantityParser = QuantityParser()) {
        self.lexicon = lexicon
        self.parser = parser
    }

    /// Where a sentence stands: what its part does and which years apply.
    public struct Context: Sendable, Hashable {
        public var partRole: PartRole?
        public var partYear: Int?
        /// The year the report is delivered in.
        public var reportYear: Int?
        /// The years the innermost section with a known period speaks of (`十四五时期` → 2021…2025).
        public var period: Period?

        public init(partRole: PartRole? = nil, partYear: Int? = nil, reportYear: Int? = nil, period: Period? = nil) {
            self.partRole = partRole
            self.partYear = partYear
            self.reportYear = reportYear
            self.period = period ?? partYear.map(Period.init(year:))
        }
    }

    /// Every fact of the report, in document order; a lead's heading is read before its paragraphs.
    /// - Complexity: O(n) in the length of the report's text.
    public func facts(in report: Report) -> [Fact] {
        let reportYear = report.metadata.year ?? report.root.impliedReportYear
        var facts: [Fact] = []
        var state = WalkState()
        visit(report.root, context: Context(reportYear: reportYear), state: &state, into: &facts)
        return facts
    }

    /// What carries from one sentence to the next while walking a report.
    struct WalkState {
        /// The cues of a sentence without numbers, lent to the next sentence.
        var carried: [Cue] = []
        /// Paragraphs the list of main targets may still run over; 0 outside it.
        var headlineParagraphs = 0
        /// A past span named by a sentence (`五年来，…`, `“十四五”时期…`) that the sentences after it
        /// in the part go on reviewing until one names a single year (`刚刚过去的2017年`).
        var reviewedSpan: Period?
        /// The cues lent to a paragraph's first sentence by the one before it (a lead-in without
        /// numbers: `In the year just passed, all main targets were met.`): they hold for the
        /// whole paragraph, as a lead-in's cues hold for every clause of a `；` list.
        var paragraphCues: [Cue] = []
        /// The last scheme or fund an English paragraph has named so far (`Home Caregiving Grant`),
        /// which a bare `grant` or `the Fund` after it belongs to.
        var scheme: String?
        /// The industry the last sentence of the paragraph opening on one named (`石化产业持续…`),
        /// which a bare `产值` after it measures.
        var industry: String?
    }

    /// The facts of one sentence read on its own.
    /// - Complexity: O(n) in the length of the sentence.
    public func facts(inSentence text: String, sentenceID: String, sectionID: String, context: Context) -> [Fact] {
        let state = WalkState(headlineParagraphs: Self.opensHeadlineList(text) ? 1 : 0)
        return facts(
            in: scanned(text, reportYear: context.reportYear), sentenceID: sentenceID, sectionID: sectionID, context: context,
            state: state)
    }

    /// A sentence as the extractor reads it, its characters, quantities and cues worked out once.
    struct ScannedSentence {
        var text: String
        var characters: [Character]
        var matches: [QuantityMatch]
        var cues: [Cue]
    }

    func scanned(_ text: String, reportYear: Int?) -> ScannedSentence {
        let characters = Array(text)
        return ScannedSentence(
            text: text, characters: characters, matches: parser.quantities(in: text),
            cues: Cue.scan(characters, reportYear: reportYear))
    }

    /// The facts of one sentence; `state.carried` are the cues of the sentence before when it
    /// lends them (a list split by `；`, a lead-in without numbers).
    func facts(
        in sentence: ScannedSentence, sentenceID: String, sectionID: String, context: Context, state: WalkState
    ) -> [Fact] {
        let (text, characters, matches) = (sentence.text, sentence.characters, sentence.matches)
        guard !matches.isEmpty, !Self.isWorkedExample(text), !Self.asksQuestion(text), !Self.reckonsPerUnit(text) else { return [] }
        let cues = state.carried.map { Cue(offset: -1, kind: $0.kind) } + sentence.cues
        let headlineStart = state.headlineParagraphs > 0 ? (Self.headlineCueEnd(in: text) ?? 0) : Int.max
        let (listed, listedChanges) = Self.respectively(matches, in: characters)
        // `In rural areas, …`: the areas an English sentence opens on narrow every count in it.
        let openingPlace = matches.contains(where: \.isEnglish) ? EnglishNounPhrase.openingPlace(text) : nil
        var facts: [Fact] = []
        /// The numbers read so far and what each is of, for a list that names its items earlier.
        var stated: [(match: QuantityMatch, subject: Subject)] = []
        var baseline: QuantityMatch?
        /// The plan or average the last number was a percentage of, for the numbers listed after it.
        var listedReference: (phrase: String, isAbout: Bool)?
        /// What the milestones passed on the way to the number are of.
        var passedSubject: Subject?
        /// The year the sentence's last change from a stated year started in.
        var startYear: Int?
        let openingBody = matches.first?.isEnglish == false ? Self.topic(of: characters).flatMap { Self.namesOwningBody($0) ? $0 : nil } : nil
        let topicClauseEnd = Self.clauseEnd(after: 0, in: characters)
        for (index, match) in matches.enumerated()
        where !Self.isThreshold(match, in: characters) && !Self.isComparison(match, in: characters)
            && !Self.describesSomethingElse(match, in: characters) && !Self.saysWhatMayBe(match, among: matches, in: characters)
            && !Self.arguesFromRate(match, in: characters) && !Self.speaksOfPredecessor(match, in: characters)
        {
            // `连续跨越7万亿、8万亿、9万亿三个大台阶`: the last milestone is what the first names.
            if Self.passedOnTheWay(index, of: matches, in: characters) {
                passedSubject = passedSubject ?? self.subject(of: match, in: characters, after: stated.last)
                continue
            }
            // `分别从每人每月202元、270元提高到209元、280元`: each starting value goes with its item's new one.
            let changeEnd = listedChanges[index] ?? index + 1
            let startsChange = listedChanges[index] != nil
                || changeEnd < matches.count && !listedChanges.values.contains(index)
                    && Self.isBaseline(match, before: matches[changeEnd], in: characters)
            // `rose to 15 percent, up from 11.4 percent`: where the number before started.
            let startedChange = index > 0 && Self.isEarlierStart(match, after: matches[index - 1], in: characters)
            var subject: Subject
            switch listed[index] {
            case .named(let item):
                var named = match.isEnglish ? item : Self.owned(Self.cleaned(item), after: stated.last?.subject.text)
                // `带动新能源汽车、家电类零售额分别增长`: a deed stays only before things counted.
                if match.isPercentage, case let deeds = Self.leadingDeeds(of: named), !deeds.isEmpty, named.count - deeds.count >= 4 {
                    named.removeFirst(deeds.count)
                }
                subject = Subject(text: named, entry: indicator(in: named)?.entry)
            case .earlier(let count, let listStart)
            where stated.count >= count && stated[stated.count - count].match.span.upperBound <= listStart:
                subject = stated[stated.count - count].subject
            default:
                subject = passedSubject ?? (startsChange
                    ? baselineSubject(of: match, before: matches[changeEnd], in: characters, after: stated.last?.subject) : nil)
                    ?? self.subject(of: match, in: characters, after: stated.last)
            }
            passedSubject = nil
            // `石化产业持续“减油增化提质”…。产值突破1300亿元。`: a bare measure of an industry is of the one
            // the paragraph speaks of.
            if let industry = state.industry, subject.entry == nil, Self.industryMeasures.contains(subject.text) {
                subject.text = industry + subject.text.dropFirst(subject.text.hasPrefix("产业") ? 2 : 0)
            }
            let endsChange = baseline != nil && stated.last?.match == baseline
            if listed[index] == nil, endsChange, let previous = stated.last { subject = previous.subject }
            // `新增1000处信号灯联网、累计达8000处`, `新增上市公司45家、总量达1224家`: a total of the
            // things made counts all of them.
            if let previous = stated.last, subject.countsDeed || subject.text == previous.subject.text,
                case let between = String(characters[previous.match.span.upperBound..<match.span.lowerBound]),
                between.contains("累计") || between.contains("总"),
                case let deeds = Self.leadingDeeds(of: subject.text), !deeds.isEmpty
            {
                subject = Subject(text: String(subject.text.dropFirst(deeds.count)), entry: subject.entry)
            }
            if startedChange, let previous = stated.last, previous.match == matches[index - 1] { subject = previous.subject }
            // `累计识别监测对象20.9万户`, `累计落地35支国家级大基金`: a running total is no count of one
            // year; a verb between `累计` and the count says how the things came.
            if !match.isEnglish, subject.entry == nil, !subject.text.isEmpty, !subject.text.hasPrefix("累计"),
                case let leadStart = Self.clauseStart(before: match.span.lowerBound, in: characters),
                characters[leadStart..<match.span.lowerBound].starts(with: "累计")
            {
                let lead = String(characters[leadStart..<match.span.lowerBound])
                let verb = lead.dropFirst(2)
                let isVerb = verb.count <= 2 && verb.allSatisfy(\.isHan) && !Self.predicateAdverbs.contains(String(verb))
                subject.text = (isVerb && !subject.text.hasPrefix(verb) ? lead : "累计") + subject.text
            }
            // `天开高教科创园蓬勃发展，…，累计注册科技型企业超4500家`: what a later clause measures with no
            // owner of its own is of the place or body the sentence opens on.
            if let body = openingBody, subject.entry == nil, !subject.text.isEmpty, !subject.text.contains(body),
                Self.clauseStart(before: match.span.lowerBound, in: characters) > topicClauseEnd
            {
                subject.text = body + subject.text
            }
            stated.append((match, subject))
            var before = cues.filter {
                $0.offset < match.span.lowerBound || $0.kind == .target && Self.aimsAfter(match, at: $0.offset, in: characters)
            }
            // `…we established the Future Energy Fund last year. I will top up the Fund by $5 billion.`: an
            // English sentence's own `will` aims ahead of a past year lent by the sentence before.
            if match.isEnglish, before.contains(where: { $0.kind == .target && $0.offset >= 0 }), let reportYear = context.reportYear {
                before.removeAll { cue in
                    guard cue.offset < 0, case .year(let year) = cue.kind else { return false }
                    return year < reportYear
                }
            }
            if match.isEnglish, let trailing = Self.trailingTime(
                of: match, before: index + 1 < matches.count ? matches[index + 1].span.lowerBound : characters.count,
                cues: sentence.cues, in: characters)
            {
                before.append(trailing)
            }
            var (role, period) = roleAndPeriod(cues: before, match: match, context: context)
            let isHeadline = match.span.lowerBound >= headlineStart
            if isHeadline, let reportYear = context.reportYear, period?.isYear ?? true {
                // The list of main targets sets this year's targets, whatever part it stands in.
                (role, period) = (.target, Period(year: reportYear))
            }
            // `低于13%左右的预期目标`: a target restated beside its outcome.
            if Self.restatesTarget(match, in: characters) || Self.namesEnglishTarget(match, in: characters) { role = .target }
            // `我国60岁以上人口已达2.5亿`: in a plan, what already is is the year before's.
            if role == .target, period?.isYear == true, let reportYear = context.reportYear, Self.saysAlready(match, in: characters) {
                (role, period) = (.outcome, Period(year: reportYear - 1))
            }
            baseline = nil
            if startsChange {
                baseline = match
                role = .outcome
                let next = roleAndPeriod(cues: before, match: matches[changeEnd], context: context).1
                // `生产总值从2020年的3.68万亿元增长到…，一般公共预算收入从3826.5亿元增长到…`: a change
                // after one from a named year starts there too.
                startYear = Self.statedYear(before: match, in: characters) ?? startYear
                    ?? Self.spanStartYear(before: match.span.lowerBound, in: characters)
                period = startYear.map { Period(year: $0) } ?? next.map { Period(year: $0.first - 1) }
            }
            // A start in a review of several years is the year before the span, whatever the end's year.
            if startedChange, let first = (period.flatMap { $0.isYear ? nil : $0 } ?? facts.last?.period)?.first {
                (role, period) = (.outcome, Period(year: first - 1))
            }
            // `The number of people aged 60 and above has now reached 250 million`: what has come about
            // by now is an outcome, even in a plan.
            if role == .target, Self.saysWhatHasBeen(match, in: characters), let reportYear = context.reportYear, period?.isYear ?? true {
                (role, period) = (.outcome, Period(year: reportYear - 1))
            }
            // `reversed the previous year's negative growth of 2.3 percent`: the year before the one spoken of.
            if Self.namesYearBefore(match, in: characters), let first = period?.first {
                (role, period) = (.outcome, Period(year: first - 1))
            }
            var quantity = match.quantity
            // `分别达2050万吨、4200万吨、19万吨以上`: a bound after the last number of a list holds for each.
            if quantity.qualifier == nil, listed[index] != nil {
                var last = index
                while last + 1 < matches.count, listed[last + 1] != nil, Self.joinedInList(matches[last], matches[last + 1], in: characters) {
                    last += 1
                }
                if let bound = matches[last].quantity.qualifier, [.atLeast, .below, .around, .within].contains(bound) {
                    quantity.qualifier = bound
                }
            }
            // `粮食产量跃上500亿斤台阶`: a milestone crossed is a floor.
            if !match.isEnglish, quantity.qualifier == nil, Self.namesMilestone(match, in: characters) { quantity.qualifier = .over }
            // `from 54 trillion to 82.7 trillion yuan`: a starting point shares the measure of where it went.
            if startsChange, matches[changeEnd].quantity.unit.hasPrefix(quantity.unit + " ") {
                quantity.unit = matches[changeEnd].quantity.unit
            }
            if let per = Self.perUnit(before: match, in: characters), !quantity.unit.contains("/") { quantity.unit += per }
            // `脱贫人口务工规模超过3300万`: a bare magnitude counting people counts them in 人 (or 人次).
            // An indicator of the lexicon keeps the unit as written, to read alike in every year.
            if !match.isEnglish, subject.entry == nil, Lexis.magnitudes.contains(quantity.unit) {
                if subject.text.hasSuffix("人次") {
                    quantity.unit += "人次"
                } else if Self.peopleNames.contains(where: subject.text.containsLiterally) {
                    quantity.unit += "人"
                }
            }
            // `capped at $610 for Anchor Operator centres and $650 for …`, `up to a cap of $3,000 and $6,000`:
            // the next sum of a list shares the cap or floor its first one opens with.
            if match.isEnglish, quantity.qualifier == nil, index > 0, case let earlier = matches[index - 1].quantity,
                earlier.qualifier == .notMoreThan || earlier.qualifier == .notLessThan, earlier.unit == quantity.unit,
                Self.continuesList(String(characters[matches[index - 1].span.upperBound..<match.span.lowerBound]))
            {
                quantity.qualifier = earlier.qualifier
            }
            if match.isEnglish, quantity.qualifier == nil, quantity.upperValue == nil,
                let bounded = EnglishNounPhrase.bound(in: subject.text)
            {
                subject.text = bounded.subject
                quantity.qualifier = bounded.isFloor ? .notLessThan : .notMoreThan
            }
            if match.isEnglish, subject.entry == nil,
                let scheme = EnglishNounPhrase.lastSchemeName(in: String(characters[..<match.span.lowerBound])) ?? state.scheme
            {
                // `I introduced the Singapore Global Enterprises (SGE) initiative … I will now set aside $1 billion
                // to provide a further boost to this initiative`: a sum whose own words name nothing, given
                // to a scheme pointed back to by its head, is the scheme's.
                if subject.text.isEmpty, let head = scheme.split(separator: " ").last?.lowercased(),
                    case let rest = String(characters[match.span.upperBound...]).lowercased(),
                    rest.contains("this " + head) || rest.contains("the " + head)
                {
                    subject.text = scheme
                } else if EnglishNounPhrase.receivesSum(subject.text, lead: String(characters[..<match.span.lowerBound])) {
                    subject.text = scheme + " for " + subject.text
                } else if let named = EnglishNounPhrase.ofScheme(subject.text, named: scheme) {
                    subject.text = named
                }
            }
            // `Cuts made in outdated production capacity … have included over 90 million metric tons of steel
            // and iron, …`: each part listed is a fall of that capacity.
            if match.isEnglish, subject.entry == nil, !subject.text.isEmpty,
                let cut = EnglishNounPhrase.cutIncluding(String(characters[..<match.span.lowerBound]))
            {
                subject.text = cut + " of " + subject.text
                subject.isFall = true
            }
            // `分别完成年计划的118.2%、248.57%`, `约为全国平均的70%`: a percentage of a plan or an average
            // is how the thing compares with it, not its own rate or change.
            let reference = match.isEnglish || !match.isPercentage ? nil : Self.reference(before: match, in: characters)
                ?? (index > 0 && Self.joinedInList(matches[index - 1], match, in: characters) ? listedReference : nil)
            if let reference {
                subject = Subject(text: subject.text + reference.phrase + "的比例", entry: nil)
                // `分别约为全国平均的70%、60%`: about as much, each of them.
                if reference.isAbout, quantity.qualifier == nil { quantity.qualifier = .about }
            }
            listedReference = reference
            var measure = measure(of: match, subject: subject, in: characters)
            // `increased by 11.3 percent, below our projected target of around 13 percent`, `by $30,000 for
            // … and by $10,000`: a target or a second `by` is of the same measure.
            // `taxed at 6%, up from the current rate of 4%`: where a change started is of its measure too.
            if let previous = facts.last, previous.subject == subject.text,
                Self.namesEnglishTarget(match, in: characters) || Self.followsAnotherBy(match, in: characters)
                    || startedChange && previous.quantity.unit == quantity.unit
            {
                measure = previous.measure
            }
            if subject.isFall, match.direction == nil, quantity.value > 0 {
                quantity.value = -quantity.value
                quantity.upperValue = quantity.upperValue.map { -$0 }
                measure = .growth
            }
            // `地区生产总值从11.37万亿元提高到14.58万亿元`, `国际友城增至214对`, `核电装机规模占全国25.8%`:
            // in a review of several years, a level reached or a share is where the span ended, not a
            // sum or an average over it.
            // `高速公路通车里程超过12万公里`, `基本医疗保险覆盖13.5亿人`: so is the level of a stock, and
            // what already is (`已设21个自由贸易试验区`).
            if role == .outcome, let span = period, !span.isYear, !Self.heldAllAlong(match, in: characters),
                endsChange || Self.reachesLevel(match, in: characters) || Self.reachesEnglishLevel(match, in: characters)
                    || Self.saysAlready(match, in: characters, levelOnly: true)
                    || (measure == .rate || measure == .level && Self.stockHeads.contains(where: subject.text.hasSuffix) && !Self.goesOnIntoList(match, in: characters)
                        // `新增高速公路通车里程1523公里`: what was added over the span is no stock.
                        && Self.leadingDeeds(of: subject.text).isEmpty)
                    && match.direction == nil && !Self.namesSpan(match, in: characters)
                    && !Self.sumAndAverageWords.contains(where: subject.text.containsLiterally)
                    && !Lexis.verbsOfCutting.contains(where: subject.text.hasPrefix)
            {
                period = Period(year: span.last)
            }
            // The rest of the number's clause, which narrows an English subject (`… for billionaires`,
            // `… will be carried by local governments`).
            let restOfClause = match.isEnglish ? String(characters[match.span.upperBound..<Self.clauseEnd(after: match.span.upperBound, in: characters)]) : ""
            if match.isEnglish, subject.entry == nil, !subject.text.isEmpty,
                let narrowed = EnglishNounPhrase.narrowedByFor(
                    subject.text, lead: String(characters[Self.clauseStart(before: match.span.lowerBound, in: characters)..<match.numberSpan.lowerBound]),
                    rest: restOfClause)
            {
                subject.text = narrowed
                // `capped at $1,000` after it is of the same narrowed thing.
                stated[stated.count - 1].subject.text = narrowed
            }
            if match.isEnglish, subject.entry == nil, !subject.text.isEmpty, let shared = EnglishNounPhrase.carriedBy(subject.text, rest: restOfClause) {
                subject.text = shared
            }
            if match.isEnglish, !subject.text.isEmpty, let openingPlace, case let area = openingPlace.dropFirst(3),
                !subject.text.lowercased().contains(area)
            {
                subject.text += " " + openingPlace
            }
            // `reached 121,000 kilometers, of which more than 19,000 kilometers are high-speed rail lines`:
            // a part is of the time of its whole.
            if role == .outcome, Self.isPartOfWholeBefore(match, in: characters), let whole = facts.last, whole.role == .outcome {
                period = whole.period
            }
            // `It will increase from $350 to $390`: a number whose subject no words name is no fact.
            if match.isEnglish, subject.entry == nil, !subject.text.isEmpty,
                case let clause = String(characters[Self.clauseStart(before: match.span.lowerBound, in: characters)..<Self.clauseEnd(after: match.span.upperBound, in: characters)]),
                let owned = EnglishNounPhrase.owned(subject.text, in: clause)
            {
                subject.text = owned
            }
            // `收入比缩小至2.31:1，17个区…`: a subject without a letter or an ideograph names nothing.
            guard subject.text.contains(where: \.isLetter), !(match.isEnglish && EnglishNounPhrase.saysWhoQualifies(subject.text)),
                !(match.isEnglish && subject.entry == nil && EnglishNounPhrase.isClause(subject.text, in: text, near: match.span.lowerBound)),
                !(match.isEnglish && subject.entry == nil && EnglishNounPhrase.onlyNames(subject.text, in: text)),
                !Self.countsPopulation(subject.text, match), !Self.namesPayer(subject.text, match, in: characters)
            else { continue }
            let subjects =
                Self.itemsEach(before: match, in: characters).map { $0.map { Subject(text: $0, entry: indicator(in: $0)?.entry) } }
                ?? [subject]
            for subject in subjects {
                facts.append(
                    Fact(
                        id: "\(sentenceID).f\(facts.count + 1)", role: role, indicator: subject.entry?.id,
                        subject: subject.text, measure: measure,
                        year: period.flatMap { $0.isYear ? $0.first : nil }, period: period,
                        isHeadline: role == .target && isHeadline,
                        quantity: quantity, sectionID: sectionID, sentenceID: sentenceID, sentence: text
                    )
                )
            }
        }
        return facts
    }

    /// `每人每月209元` → `/人·月`, `每生每年6000元` → `/生·年`: a sum stated per person or per time,
    /// for it and the numbers listed after it in its clause (`分别从每人每月202元、270元`).
    static func perUnit(before match: QuantityMatch, in characters: [Character]) -> String? {
        let numberStart = match.numberSpan.lowerBound
        let start = listClauseStart(before: numberStart, in: characters, within: .max)
        guard let last = characters[start..<numberStart].lastIndex(of: "每") else { return averagedUnit(before: match, from: start, in: characters) }
        var first = last
        while first - 2 >= start, characters[first - 2] == "每" { first -= 2 }
        let words = stride(from: first, through: last, by: 2).map { characters[$0 + 1] }
        guard words.allSatisfy({ "人户生年月日天".contains($0) }), last + 2 < characters.count, characters[last + 2].isNumber,
            onlyListedChange(characters[(last + 2)..<numberStart], unit: match.quantity.unit, listed: true)
        else { return nil }
        return "/" + words.map(String.init).joined(separator: "·")
    }

    /// `从人均40元提高到45元` → `/人`, `年均缩减近2000平方公里` → `/年`: an amount stated as an
    /// average per person (or per student, `生均`), or a change stated as a yearly average, is per
    /// person or per year.
    private static func averagedUnit(before match: QuantityMatch, from start: Int, in characters: [Character]) -> String? {
        let numberStart = match.numberSpan.lowerBound
        guard let cue = characters[start..<numberStart].indices.last(where: { characters[$0 + 1] == "均" && "人生年".contains(characters[$0]) })
        else { return nil }
        let between = characters[(cue + 2)..<numberStart]
        if characters[cue] != "年" {
            guard onlyListedChange(between, unit: match.quantity.unit, listed: false) else { return nil }
            // `年人均提高2556元`, `月人均提高100元`: per head and per year or month.
            let period = cue > start && "年月".contains(characters[cue - 1]) ? "·" + String(characters[cue - 1]) : ""
            return "/" + String(characters[cue]) + period
        }
        // A rate is yearly already; a change of more words than a verb and a bound is not read.
        let isRate = ["%", "个百分点", "倍"].contains(match.quantity.unit)
        return !isRate && match.direction != nil && (2...4).contains(between.count) && between.allSatisfy(\.isHan) ? "/年" : nil
    }

    /// Whether only numbers in `unit`, the words of the change they make (`202元提高到`) and, for a
    /// `listed` cue, the marks between a list's numbers stand between a per-unit cue and its number.
    private static func onlyListedChange(_ between: ArraySlice<Character>, unit: String, listed: Bool) -> Bool {
        between.allSatisfy { $0.isNumber || $0 == "." || "提高增加上调到至为".contains($0) || listed && "、和".contains($0) || unit.contains($0) }
    }

    /// Whether a number is a milestone the thing crossed (`跃上500亿斤台阶`, `跨越7万亿、8万亿、9万亿
    /// 三个大台阶`): numbers, their units and a count of them between it and the milestone's noun.
    static func namesMilestone(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        let start = match.span.upperBound
        let after = String(characters[start..<listClauseEnd(after: start, in: characters, within: 40)])
        guard let noun = ["台阶", "大关", "关口"].first(where: after.hasSuffix) else { return false }
        return after.dropLast(noun.count).allSatisfy { $0.isNumber || "万亿千百十元斤吨个大两一二三四五六七八九、.".contains($0) }
    }

    /// `连续跨越7万亿、8万亿、9万亿三个大台阶`: of milestones crossed in turn, all but the last were
    /// passed on the way and say nothing of where the thing stands.
    /// `农村居民人均可支配收入首次突破2万元、达到20793元`: so is a mark crossed on the way to the
    /// level reached, stated next in the same measure.
    static func passedOnTheWay(_ index: Int, of matches: [QuantityMatch], in characters: [Character]) -> Bool {
        guard index + 1 < matches.count, joinedInList(matches[index], matches[index + 1], in: characters) else { return false }
        let (mark, next) = (matches[index], matches[index + 1])
        return namesMilestone(mark, in: characters) && namesMilestone(next, in: characters)
            || mark.quantity.qualifier == .breakthrough && next.direction == .reach
                && withoutMagnitude(next.quantity.unit) == withoutMagnitude(mark.quantity.unit)
    }

    /// `石化产业持续…` → `石化产业`: the industry a sentence opens on, named in up to ten characters
    /// with no verb.
    static func openingIndustry(of characters: [Character]) -> String? {
        let opening = String(characters.prefix(12))
        // (`产业化` is a deed; `二是推动产业…` opens on a task.)
        guard let head = ["产业", "行业"].compactMap({ opening.literalRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
            opening[head.upperBound...].first != "化",
            case let name = opening[..<head.upperBound], (4...10).contains(name.count), name.allSatisfy(\.isHan),
            !verbsAndDeeds.contains(where: name.dropLast(2).containsLiterally), cleaned(String(name)) == name
        else { return nil }
        return String(name)
    }

    /// Measures of an industry that name no industry of their own.
    static let industryMeasures: Set<String> = ["产值", "总产值", "增加值", "产业规模", "产业投资", "营业收入", "营收"]

    /// `完成年计划`, `为全国平均`: the plan or average named right before a percentage of it
    /// (`完成年计划的118.2%`), with the verb setting the number against it, and whether `约` hedges it.
    static func reference(before match: QuantityMatch, in characters: [Character]) -> (phrase: String, isAbout: Bool)? {
        let start = clauseStart(before: match.span.lowerBound, in: characters)
        var lead = String(characters[start..<match.span.lowerBound])
        guard lead.hasSuffix("的") else { return nil }
        lead.removeLast()
        guard let verb = ["完成", "相当于", "为"].compactMap({ lead.lastLiteralRange(of: $0) }).max(by: { $0.lowerBound < $1.lowerBound }),
            case let reference = lead[verb.upperBound...], (2...8).contains(reference.count), reference.allSatisfy(\.isHan),
            ["计划", "目标", "任务", "平均", "平均水平"].contains(where: reference.hasSuffix)
        else { return nil }
        return (String(lead[verb.lowerBound...]), lead[..<verb.lowerBound].hasSuffix("约"))
    }

    /// Whether the number is a level reached (`提高到`, `增至`, `达到`), not a sum (`完成`, `累计达`), an
    /// average (`年均`) or a level held all along (`稳定在`, `控制在`).
    static func reachesLevel(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        let reaches = match.direction == .reach && !holdsAllAlong(match) && !["完成", "为"].contains(match.directionWord ?? "")
        // `职工医保参保人数突破5100万`: a mark passed is a level reached; of marks passed one after
        // another (`接连突破4万亿、5万亿`) only the last.
        let passes = match.direction == nil && match.quantity.qualifier == .breakthrough && !goesOnIntoList(match, in: characters)
        return (reaches || passes) && !namesSpan(match, in: characters)
    }

    /// Whether the number's clause names a sum or an average over its span (`累计`, `年均`, `五年`).
    static func namesSpan(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        let clause = String(characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.span.lowerBound])
        return sumAndAverageWords.contains(where: clause.containsLiterally)
    }

    /// Words of a sum or an average over a span (Chinese; `Cue.spanWords` are the cues of both languages).
    static let sumAndAverageWords = ["累计", "年均", "平均", "总计", "合计", "共", "五年"]

    /// Whether the number is a level held all along (`稳定在`, `保持在`, `控制在`).
    static func holdsAllAlong(_ match: QuantityMatch) -> Bool {
        match.directionWord.map(heldLevelWords.contains) ?? false
    }

    static let heldLevelWords: Set<String> = ["稳定在", "保持在", "控制在"]

    /// Whether the number's clause says it stayed so all along (`持续超过4%`, `一直高于`).
    static func heldAllAlong(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        let lead = characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.numberSpan.lowerBound]
        // The word stands before the number, or before a bound of two characters (`超过`, `高于`).
        return ["持续", "一直", "始终"].contains { word in (0...2).contains { lead.dropLast($0).suffix(2).elementsEqual(word) } }
    }

    /// Words naming people: a bare magnitude of them counts persons.
    static let peopleNames = ["人口", "人员", "群众", "学生", "残疾人", "纳税人", "居民", "职工", "农民", "人数", "游客", "劳动力"]

    /// Measures of what there is at a time, not of what was done over one (`通车里程`, `经济总量`,
    /// `贷款余额`, `覆盖`): a level of one, in a review of several years, is where the span ended.
    static let stockHeads = ["里程", "总量", "生产总值", "装机容量", "余额", "保有量", "覆盖"]

    /// Whether only list marks and spaces stand between two numbers (`2050万吨、4200万吨`).
    static func joinedInList(_ first: QuantityMatch, _ second: QuantityMatch, in characters: [Character]) -> Bool {
        characters[first.span.upperBound..<second.span.lowerBound].allSatisfy { listSeparators.contains($0) || $0.isInlineSpace }
    }

    /// Whether another number of a list follows right after a list mark (`突破4万亿、5万亿`).
    static func goesOnIntoList(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        let end = match.span.upperBound
        return end + 1 < characters.count && "、和".contains(characters[end]) && characters[end + 1].isNumber
    }

    /// Whether the number's clause says it already is so (`已达`, `已经超过`, `已有`); with
    /// `levelOnly`, only a level reached or things set up (`已有1700多万人次受益` counts everyone so far).
    static func saysAlready(_ match: QuantityMatch, in characters: [Character], levelOnly: Bool = false) -> Bool {
        let lead = characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.numberSpan.lowerBound]
        guard let already = lead.lastIndex(of: "已") else { return false }
        let after = lead[(already + 1)...]
        // `国家已设立400亿元…基金`, `已设21个自由贸易试验区`, `已建成超1.6万个…驿站`: what was set up or
        // built is there already.
        let levels = ["达", "超", "突破", "增至", "提高到", "降至", "占", "设", "建"]
        return (levelOnly ? levels : levels + ["经", "有", "开工"]).contains { after.starts(with: $0) }
    }

    // MARK: The list of main targets

    /// English puts the modal after its subject (`The first $500 will be disbursed`): a word of aim
    /// later in the number's own clause makes it a target too, unless another clause opens between
    /// (`cutting the deficit by $160 billion because Medicare will`).
    static func aimsAfter(_ match: QuantityMatch, at offset: Int, in characters: [Character]) -> Bool {
        guard match.isEnglish, offset >= match.span.upperBound,
            offset < clauseEnd(after: match.span.upperBound, in: characters)
        else { return false }
        let between = String(characters[match.span.upperBound..<offset]).lowercased().split(separator: " ")
        return !between.contains { Lexis.englishClauseOpeners.contains(String($0)) }
    }

    /// Words that open the list of the year's main targets.
    static let headlineCues = [
        "主要预期目标", "主要目标是", "主要目标为", "projected targets", "main targets", "development targets",
        "key targets",
    ]

    /// Words that start the comment after the list (`上述主要预期目标，考虑了…`), ending it.
    static let headlineCommentWords = [
        "上述", "考虑", "这样的目标", "consideration", "the above", "in setting", "is realistic",
    ]

    /// Whether the sentence opens the list of main targets of the year (not of a five-year plan).
    static func opensHeadlineList(_ text: String) -> Bool {
        // Every cue names targets (`目标`, `targets`): most sentences are passed over without lowercasing.
        guard text.containsLiterally("目标") || text.containsLiterally("argets") else { return false }
        let lowered = text.lowercased()
        guard headlineCues.contains(where: { lowered.containsLiterally($0) }) else { return false }
        // English sets the list out after a colon (`…for development this year are as follows:`);
        // `all main targets … were accomplished` looks back.
        if !text.contains(where: \.isHan), !(lowered.hasSuffix(":") || lowered.containsLiterally("as follows")) { return false }
        let spansYears = Cue.scan(Array(text), reportYear: 2000).contains { cue in
            if case .period = cue.kind { true } else { false }
        }
        return !spansYears && !lowered.hasPrefix("the above") && !lowered.contains("上述")
    }

    /// Where the numbers of the list begin in the sentence that opens it (after its cue), else 0.
    static func headlineCueEnd(in text: String) -> Int? {
        let lowered = text.lowercased()
        for cue in headlineCues {
            if let range = lowered.literalRange(of: cue) { return lowered.distance(from: lowered.startIndex, to: range.upperBound) }
        }
        return nil
    }

    // MARK: Items and baselines

    /// What a number of a `分别` list belongs to.
    enum ListItem: Equatable {
        /// The item named before `分别`, in order
        /// (`居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元`).
        case named(String)
        /// The list sets each number beside one stated earlier in the sentence, in order, and names no
        /// item of its own (`新建城市道路4767公里，更新管网1.8万公里，较“十三五”时期分别增长4.8%、50%`):
        /// the thing of the number `count` places back, if it stands before `listStart`.
        case earlier(count: Int, listStart: Int)
    }

    /// The item each number of a `分别` list belongs to (`nil` elsewhere), and, where the list goes
    /// from one set of numbers to another (`分别从202元、270元提高到209元、280元`), the number each
    /// starting value changes to.
    static func respectively(_ matches: [QuantityMatch], in characters: [Character]) -> ([ListItem?], [Int: Int]) {
        var items = [ListItem?](repeating: nil, count: matches.count)
        var changes: [Int: Int] = [:]
        let text = String(characters)
        var lastNamed: [String] = []
        for (offset, mark) in Self.listOpenings(matches, in: characters, text: text) {
            var start = offset
            while start > 0, !"，。；：,;:".contains(characters[start - 1]) { start -= 1 }
            var lead = String(characters[start..<offset])
            // `信息传输软件和信息技术服务业、租赁和商务服务业增加值`: `、` separates the items, and
            // `和` too where the numbers listed after `分别` need it.
            var listed = 0
            for index in matches.indices where matches[index].span.lowerBound >= offset + mark {
                if listed > 0, !joinedInList(matches[index - 1], matches[index], in: characters) { break }
                listed += 1
            }
            // `城乡居民人均可支配收入从2021年的46503元和16935元分别提高到…`: the values listed between `从`
            // and `分别` are where each item's change starts.
            var startingValues: [Int] = []
            if let from = characters[start..<offset].lastIndex(of: "从") {
                let values = matches.indices.filter { matches[$0].span.lowerBound > from && matches[$0].span.upperBound <= offset }
                if values.count == listed, listed >= 2, zip(values, values.dropFirst()).allSatisfy({ joinedInList(matches[$0], matches[$1], in: characters) }) {
                    startingValues = values
                    lead = String(characters[start..<from])
                }
            }
            // `“i深圳”“深i企”注册用户`: names in quotes side by side are items too, and the words after
            // the last one's quote are every item's head.
            let quotedHead = lead.contains("”“") ? lead.split(separator: "”").last.map(String.init) ?? "" : ""
            lead = lead.replacingOccurrences(of: "”“", with: "”、“")
            let byComma = lead.split(separator: "、").map { cleaned(String($0)) }.filter { !$0.isEmpty }
            var names = byComma.count == listed
                ? byComma
                : lead.split(whereSeparator: { "、和与及".contains($0) }).map { cleaned(String($0)) }.filter { !$0.isEmpty }
            if !quotedHead.isEmpty, quotedHead.allSatisfy(\.isHan), names.count >= 2 {
                names = names.dropLast().map { $0.hasSuffix(quotedHead) ? $0 : $0 + quotedHead } + names.suffix(1)
            }
            // `食品、石化、医药、信息等产业增加值`: `等` closes the list, and what follows it is every
            // item's head (`高等教育` holds a `等` of its own).
            if names.count >= 2, let last = names.last, let mark = last.lastIndex(of: "等"), last.distance(from: last.startIndex, to: mark) >= 2,
                case let head = last[last.index(after: mark)...], head.count >= 2, head.allSatisfy(\.isHan)
            {
                names = names.dropLast().map { $0.hasSuffix(head) ? $0 : $0 + head } + [String(last[..<mark]) + head]
            }
            // `对东盟、中东出口分别增长`: a preposition before the first item governs every item, as does
            // a deed before amounts of things (`改造老旧供热、燃气、排水管网800公里、…`).
            let countsThings = matches.first(where: { $0.span.lowerBound >= offset + mark }).map { !$0.isPercentage } ?? false
            let governing = names.count >= 2
                ? ["对", "向"].first(where: { names[0].hasPrefix($0) && names[0].count > 2 })
                    ?? Optional(leadingDeeds(of: names[0])).flatMap({ $0.isEmpty || names[0].count < $0.count + 2 || !countsThings ? nil : $0 })
                : nil
            if let governing { names[0].removeFirst(governing.count) }
            // `城乡居民人均可支配收入分别增长4.4%、5.6%`, `存贷款余额分别达38.7万亿元、29.9万亿元`: a
            // word joining a pair names each of them in turn.
            if names.count == 1, let only = names.first,
                let (pair, words) = Self.pairedWords.first(where: { only.contains($0.0) && only.count > $0.0.count }),
                let range = only.literalRange(of: pair)
            {
                names = words.map { only.replacingCharacters(in: range, with: $0) }
            }
            if names.isEmpty, isComparisonWithTime(lead) {
                var listed: [Int] = []
                for index in matches.indices where matches[index].span.lowerBound >= offset + mark {
                    if let last = listed.last, !joinedInList(matches[last], matches[index], in: characters) { break }
                    listed.append(index)
                }
                for index in listed where items[index] == nil { items[index] = .earlier(count: listed.count, listStart: start) }
                continue
            }
            // `分别新增12项和44项，累计分别达到64项和288项`: a list naming no items of its own is of the
            // items of the list before it in the sentence.
            if names.isEmpty, listed >= 2, lastNamed.count == listed {
                let running = lead.literalRange(of: "累计") != nil ? "累计" : ""
                names = lastNamed.map { $0.hasPrefix(running) ? $0 : running + $0 }
            }
            guard names.count >= 2 else { continue }
            let following = matches.indices.filter { matches[$0].span.lowerBound >= offset + mark }.prefix(names.count)
            guard following.count == names.count,
                let last = following.last, !characters[(offset + mark)..<matches[last].span.lowerBound].contains(where: { "。；;".contains($0) })
            else { continue }
            // `限额以上通讯器材、家用电器…零售额`, `每千人托位、养老床位数`: the scope the first item opens
            // on narrows every item.
            let scope = Self.listScope(of: names[0])
            let named = Self.sharingShortItemsHead(
                names.map { Self.sharingOwner(Self.sharingHead($0, with: names[names.count - 1]), with: names[0]) },
                bare: names
            ).map { (governing ?? "") + ($0.hasPrefix(scope) ? "" : scope) + $0 }
            lastNamed = named
            for (name, index) in zip(named, following) where items[index] == nil { items[index] = .named(name) }
            for (name, (start, end)) in zip(named, zip(startingValues, following)) where items[start] == nil {
                items[start] = .named(name)
                changes[start] = end
            }
            let reached = (last + 1)..<(last + 1 + names.count)
            // `分别新增12项和44项，累计分别达到64项和288项`: numbers that change of their own start nothing.
            if reached.upperBound <= matches.count, matches[reached.lowerBound].direction == .reach,
                following.allSatisfy({ matches[$0].direction == nil }),
                zip(reached, reached.dropFirst()).allSatisfy({ joinedInList(matches[$0], matches[$1], in: characters) })
            {
                for (name, (start, end)) in zip(named, zip(following, reached)) where items[end] == nil {
                    items[end] = .named(name)
                    changes[start] = end
                }
            }
        }
        if let range = text.literalRange(of: "respectively") {
            // `… are cut by 23%, 15%, and 18%, respectively`: the numbers joined right before it.
            let offset = text.distance(from: text.startIndex, to: range.lowerBound)
            var listed: [Int] = []
            for index in matches.indices.reversed() where matches[index].span.upperBound <= offset {
                let gapEnd = listed.first.map { matches[$0].span.lowerBound } ?? offset
                guard Lexis.joinsEnglishList(characters[matches[index].span.upperBound..<gapEnd]) else { break }
                listed.insert(index, at: 0)
            }
            if let first = listed.first,
                let names = EnglishNounPhrase.items(before: String(characters[..<matches[first].span.lowerBound]), count: listed.count)
            {
                for (name, index) in zip(names, listed) where items[index] == nil { items[index] = .named(name) }
            }
        }
        return (items, changes)
    }

    /// Where the lists of a sentence open, and how many characters the word opening each takes:
    /// every `分别`; and, `分别` or not, a run of numbers listed one after another after names
    /// listed before it (`国内游客人次、总花费增长5.6%、7.5%`).
    static func listOpenings(_ matches: [QuantityMatch], in characters: [Character], text: String) -> [(offset: Int, mark: Int)] {
        var openings: [(offset: Int, mark: Int)] = []
        var searchStart = text.startIndex
        while let range = text.literalRange(of: "分别", from: searchStart) {
            searchStart = range.upperBound
            openings.append((text.distance(from: text.startIndex, to: range.lowerBound), 2))
        }
        // A level and its change (`达到9万亿元、增长9.8%`), or a start and an end, are one thing's: the
        // numbers after the first state no change of their own and are of its kind.
        for index in matches.indices.dropLast()
        where joinedInList(matches[index], matches[index + 1], in: characters)
            && (index == 0 || !joinedInList(matches[index - 1], matches[index], in: characters))
        {
            var end = index + 1
            while end + 1 < matches.count, joinedInList(matches[end], matches[end + 1], in: characters) { end += 1 }
            let first = matches[index]
            // `…农产品达到1337个，59个产品获得…认证`: a comma ends a list no `分别` opens.
            guard !characters[first.span.upperBound..<matches[end].span.lowerBound].contains(where: { $0 == "，" || $0 == "," }) else { continue }
            // `每千人床位数、执业（助理）医师数增至7.83张、3.57个`: counts of things of different kinds.
            guard matches[(index + 1)...end].allSatisfy({
                $0.span.lowerBound == $0.numberSpan.lowerBound && $0.isPercentage == first.isPercentage
                    && (withoutMagnitude($0.quantity.unit) == withoutMagnitude(first.quantity.unit)
                        || !$0.isPercentage && ![$0.quantity.unit, first.quantity.unit].contains(where: { $0.hasSuffix("元") }))
            })
            else { continue }
            let offset = first.span.lowerBound
            let lead = String(characters[listClauseStart(before: offset, in: characters, within: 60)..<offset])
            // `城乡居民人均收入年均增长5.3％、7.7％`: a word joining a pair lists its two in turn, where the
            // numbers are no marks crossed one after another (`进出口总额接连突破8万亿元、9万亿元`).
            let pairs = pairedWords.contains(where: { lead.contains($0.0) && $0.1.count == end - index + 1 })
                && ![.breakthrough, .over].contains(first.quantity.qualifier)
            guard !lead.contains("分别"), !lead.contains(where: { $0.digitValue != nil }),
                pairs || lead.contains(where: { "、和与及".contains($0) })
            else { continue }
            openings.append((offset, 0))
        }
        return openings.sorted { $0.offset < $1.offset }
    }

    /// `限额以上`, `规模以上`, `每千人`: the scope a list's first item opens on, or `""`.
    static func listScope(of item: String) -> String {
        if let scope = ["限额以上", "规模以上", "规上"].first(where: { item.hasPrefix($0) && item.count > $0.count + 1 }) { return scope }
        guard item.hasPrefix("每") else { return "" }
        let size = item.dropFirst().prefix { "十百千万".contains($0) }
        guard !size.isEmpty, let who = ["人口", "人", "户"].first(where: item.dropFirst(1 + size.count).hasPrefix),
            item.count > 1 + size.count + who.count + 1
        else { return "" }
        return "每" + size + who
    }

    /// `刑事治安、涉诈、涉毒警情`: the head a short item took from the last item of the same shape
    /// (`涉诈`, `涉毒警情` → `警情`) is every item's.
    static func sharingShortItemsHead(_ items: [String], bare: [String]) -> [String] {
        guard let last = bare.last,
            let short = bare.dropLast().first(where: {
                $0.count == 2 && $0.allSatisfy(\.isHan) && last.count > 3 && $0.first == last.first && !last.hasPrefix($0)
            })
        else { return items }
        let head = String(last.dropFirst(short.count))
        return items.map { $0.hasSuffix(head) || !$0.allSatisfy(\.isHan) ? $0 : $0 + head }
    }

    /// Ends of an item that already names its measure: a shared head, or how much is used.
    static let headedEnds = sharedHeads + ["用水量", "用能量", "消费量", "能耗", "水耗"]

    /// Words joining a pair, and the pair's own words in the order they name them.
    static let pairedWords: [(String, [String])] = [
        ("城乡", ["城镇", "农村"]), ("存贷款", ["存款", "贷款"]), ("进出口", ["进口", "出口"]), ("收支", ["收入", "支出"]),
        ("内外资", ["内资", "外资"]), ("一二三产业", ["第一产业", "第二产业", "第三产业"]), ("一二三产", ["第一产业", "第二产业", "第三产业"]),
        ("牛羊", ["牛", "羊"]),
    ]

    /// `新能源汽车、家电类零售额分别增长`: an item without the measure the last one ends in
    /// shares it (`新能源汽车零售额`); a bare modifier of one or two characters shares the last
    /// item's head (`刑事、治安案件` → `刑事案件`); an item ending in a word the last item goes on from
    /// shares what follows it there (`城市低保、农村低保标准` → `城市低保标准`).
    static func sharingHead(_ item: String, with last: String) -> String {
        guard item != last, item.allSatisfy(\.isHan) else { return item }
        // `原煤、原油、天然气产量`: where one character stands between the last item's two and the
        // measure it shares, it ends the last item's name (`天然气`).
        if item.count == 2, case let rest = last.dropFirst(2), !sharedHeads.contains(String(rest)),
            let head = sharedHeads.first(where: { rest.hasSuffix($0) && rest.count == $0.count + 1 })
        {
            return item + head
        }
        // `用水量、能耗、二氧化碳排放量`: a short item that names a measure is no modifier, nor is one
        // the last item opens on (`工业、制造业、工业技改投资`: its owner).
        if item.count <= 2, last.count > item.count + 1, !headedEnds.contains(where: item.hasSuffix), !last.hasPrefix(item) {
            return item + last.dropFirst(item.count)
        }
        let lastCharacters = Array(last)
        for length in stride(from: min(item.count - 1, 4), through: 2, by: -1) {
            let word = Array(item.suffix(length))
            for start in 0..<max(0, lastCharacters.count - length) where lastCharacters[start..<(start + length)].elementsEqual(word) {
                // `先进制造业、高技术制造业增加值占规模以上工业比重`: a longer shared word carries a longer head.
                let head = lastCharacters[(start + length)...]
                if (1...(length >= 3 ? 12 : 4)).contains(head.count), head.allSatisfy(\.isHan) { return item + String(head) }
            }
        }
        // `农村自来水、卫生户厕普及率`: a name with no measure of its own shares the last item's rate.
        if last.hasSuffix("率"), last.count > 4, !measureEnds.contains(where: item.hasSuffix), item.count >= 3 {
            return item + last.suffix(3)
        }
        // `单位国内生产总值用水量、能耗、二氧化碳排放量`: a measure of use is a measure already.
        // `…存款余额`, of `…存款余额、…贷款余额`: an item ending in the head's measure word has its own.
        // `全域旅游人数、旅游综合收入`: nor does an item naming its own measure or count.
        guard !(headedEnds + countWords).contains(where: { item.hasSuffix($0) }),
            let head = sharedHeads.first(where: { last.hasSuffix($0) && last.count > $0.count }), !item.hasSuffix(String(head.suffix(2)))
        else { return item }
        return item + head
    }

    /// `生产安全事故起数、死亡人数`, `单位国内生产总值能耗、水耗`: a measure after the first item, of the
    /// same kind as the measure that item ends in, is taken of the same owner.
    /// `市民服务热线诉求解决率、满意率`: a bare rate of three characters after a rate is of its owner too.
    static func sharingOwner(_ item: String, with first: String) -> String {
        // `单位国内生产总值用水量、能耗、二氧化碳排放量`: a list opening on a measure per unit of
        // something lists measures per unit of it.
        if first.hasPrefix("单位"), !item.hasPrefix("单位"), item.allSatisfy(\.isHan),
            let measure = headedEnds.first(where: { first.hasSuffix($0) && first.count > $0.count + 2 }),
            headedEnds.contains(where: item.hasSuffix)
        {
            return String(first.dropLast(measure.count)) + item
        }
        // `入境游客数量和花费`: a short measure after a count of things is taken of the same things.
        if let count = countWords.first(where: { first.hasSuffix($0) && first.count > $0.count + 1 }), (2...3).contains(item.count),
            item.allSatisfy(\.isHan), !item.hasSuffix(count)
        {
            return String(first.dropLast(count.count)) + item
        }
        // `农村供电可靠率、自来水普及率`: rates listed after one of a scope are of that scope.
        if item.hasSuffix("率"), first.hasSuffix("率"), let scope = ruralOrUrban.first(where: first.hasPrefix),
            !ruralOrUrban.contains(where: item.hasPrefix), item.allSatisfy(\.isHan)
        {
            return scope + item
        }
        let rate = item.count == 3 && item.hasSuffix("率") && first.hasSuffix("率") && first.count > 4 ? String(first.suffix(3)) : nil
        guard item != first, let measure = rate ?? siblingMeasures.first(where: { first.hasSuffix($0) && first.count > $0.count + 1 }),
            item.last == measure.last, item.count <= 4, item.allSatisfy(\.isHan)
        else { return item }
        let owner = String(first.dropLast(measure.count))
        return item.hasPrefix(owner) ? item : owner + item
    }

    /// Last characters of a name that already names a measure (`…额`, `…量`, `…比重`).
    static let measureEnds = ["额", "量", "值", "数", "比重", "占比", "价", "率", "费", "资金", "收入", "支出", "规模"]

    /// Scopes a rate of the countryside or the towns opens on.
    static let ruralOrUrban = ["农村", "城镇", "城市", "乡村"]

    /// Words counting the things before them (`入境游客数量`, `招商引资签约项目数`).
    static let countWords = ["数量", "项目数", "个数", "户数", "件数", "人数", "人次"]

    /// Measures whose siblings differ only in the word before their last character (`起数`,
    /// `死亡人数`; `能耗`, `水耗`).
    static let siblingMeasures = ["起数", "人数", "次数", "件数", "户数", "能耗", "水耗", "产量", "销量", "收入", "支出"]

    /// What a list's items may share from its last item: the measure taken of each.
    static let sharedHeads = [
        "人均财政补助标准", "补助标准", "增加值", "零售额", "营业收入", "营收", "产量", "产能", "投资", "收入", "增速", "占比", "比重", "利润",
        "排放量", "进出口", "出口", "进口", "贷款余额", "产业产值", "产值",
    ]

    /// `地区生产总值从11.37万亿元`: what a starting value is of, named before `从` or `由`; a share
    /// (`…1.39亿千瓦，占比由31%提升至54%`) is of the thing measured before it.
    private func baselineSubject(
        of match: QuantityMatch, before next: QuantityMatch, in characters: [Character], after previous: Subject?
    ) -> Subject? {
        let start = Self.clauseStart(before: match.span.lowerBound, in: characters)
        var lead = String(characters[start..<match.span.lowerBound]).trimmingCharacters(in: .whitespaces)
        lead.removeLast(Array(lead).yearPhraseLength(endingAt: lead.count))
        for marker in ["从", "由", "现行", "from"] where lead.lowercased().hasSuffix(marker) { lead.removeLast(marker.count) }
        if let head = Self.headAfterParticle(String(characters[match.span.upperBound..<next.span.lowerBound])) {
            lead += head
        }
        if let found = indicator(in: lead) { return found }
        let cleaned = match.isEnglish
            ? EnglishNounPhrase.before(lead) ?? "" : Self.keepingNationalClass(Self.cleaned(lead), of: lead, unit: match.quantity.unit)
        if let owner = previous?.text ?? sharedOwner(before: start, in: characters), let share = Self.share(cleaned, ownedBy: owner) {
            return Subject(text: share, entry: nil)
        }
        return cleaned.isEmpty ? nil : Subject(text: cleaned, entry: nil)
    }

    /// Whether the number's own clause puts its verb in the present perfect with no modal (`has now
    /// reached`, `have announced`; not `should have exceeded`).
    static func saysWhatHasBeen(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.isEnglish else { return false }
        let words = String(characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.numberSpan.lowerBound])
            .lowercased().split(separator: " ").map(String.init)
        guard let have = words.lastIndex(where: { $0 == "has" || $0 == "have" }), have + 1 < words.count,
            !words.contains(where: { Lexis.englishModals.contains($0) })
        else { return false }
        let verb = words[(have + 1)...].first { !["now", "already", "also", "just"].contains($0) } ?? ""
        return verb.hasSuffix("ed") || ["risen", "grown", "fallen", "been"].contains(verb)
    }

    /// Whether the number's own clause says it is of the year before (`the previous year's`).
    static func namesYearBefore(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.isEnglish else { return false }
        let lead = String(characters[clauseStart(before: match.span.lowerBound, in: characters)..<match.span.lowerBound]).lowercased()
        return ["previous year's", "previous year’s", "preceding year's", "preceding year’s"].contains { lead.contains($0) }
    }

    /// `rose to 15 percent, up from 11.4 percent`: an English number after `up from`, `down from` or
    /// `from` is where the number before it started.
    static func isEarlierStart(_ match: QuantityMatch, after previous: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.isEnglish, previous.span.upperBound <= match.span.lowerBound else { return false }
        var words = String(characters[previous.span.upperBound..<match.span.lowerBound]).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        // `to $600 per month, from $400 today`: how often stays with the number before.
        if words.count >= 3, ["per", "a", "an"].contains(words[0]) { words.removeFirst(2) }
        // `up from the current rate of 4%`: the rate in force is where the change started.
        if let from = words.firstIndex(of: "from"), words.last == "of", words.count - from <= 5,
            words[(from + 1)...].contains(where: { ["current", "existing", "present"].contains($0) })
        {
            words.removeSubrange((from + 1)...)
        }
        // `will receive $11,000 instead of $8,000`: what a number replaces is where it started too.
        return [["up", "from"], ["down", "from"], ["from"], ["instead", "of"]].contains(words)
    }

    /// `从11.37万亿元提高到14.58万亿元`, `从2020年的5.2万元提高到2025年的7.4万元`: the first number
    /// is where the second started from.
    static func isBaseline(_ match: QuantityMatch, before next: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.span.upperBound <= next.span.lowerBound else { return false }
        let start = clauseStart(before: match.span.lowerBound, in: characters)
        let lead = characters[start..<match.span.lowerBound]
        let yearOfNext = characters.yearPhraseLength(endingAt: next.span.lowerBound)
        let between = String(characters[match.span.upperBound..<(next.span.lowerBound - yearOfNext)])
        if match.isEnglish {
            let words = String(lead).lowercased().split(separator: " ")
            return words.last == "from" && between.trimmingCharacters(in: .whitespaces).lowercased() == "to"
        }
        // `将制造业等行业现行16%的税率降至13%`: the rate in force is where the change starts.
        if lead.contains("现行"), next.direction == .reach, let head = headAfterParticle(between), !head.isEmpty { return true }
        guard lead.contains("从") || lead.contains("由") else { return false }
        if next.direction == .reach, between.count <= 4 { return true }
        // `利润由上年下降2.3%转为增长8.5%`: what a change turned from.
        return between.count <= 4 && (between.hasSuffix("到") || between.hasSuffix("至") || between.hasSuffix("转为"))
    }

    /// Whether the number is named a target right after it (`13%左右的预期目标`).
    static func restatesTarget(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        ["的预期目标", "的目标", "的预期"].contains { characters[match.span.upperBound...].starts(with: $0) }
    }

    /// `below our projected target of around 13 percent`, `the goal of $4 trillion`: an English number
    /// named a target right before it.
    static func namesEnglishTarget(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.isEnglish else { return false }
        let lead = String(characters[max(0, match.span.lowerBound - 12)..<match.span.lowerBound]).lowercased()
            .trimmingCharacters(in: .whitespaces)
        return ["target of", "goal of", "targets of", "goals of"].contains { lead.hasSuffix($0) }
    }

    /// `increase the CPF Housing Grant by $30,000 for … and by $10,000`: an English number after
    /// `and by` goes on about what the `by` before it changed.
    static func followsAnotherBy(_ match: QuantityMatch, in characters: [Character]) -> Bool {
        guard match.isEnglish else { return false }
        let lead = String(characters[max(0, match.span.lowerBound - 24)..<match.span.lowerBound]).lowercased()
        // `and by a higher 4.7%`: a comparative after `by` only sets the second number against the first.
        var words = lead.split(separator: " ").map(String.init)
        while let last = words.last, englishComparatives.contains(last) || ["a", "an", "even", "still", "much", "further"].contains(last) {
            words.removeLast()
        }
        return words.suffix(2) == ["and", "by"]
    }

    /// `的税率`: the noun a number before `的` is of, when nothing else stands between.
    static func headAfterParticle(_ between: String) -> String? {
        guard between.first == "的", between.count <= 7, between.dropFirst().allSatisfy(\.isHan) else { return nil }
        return String(between.dropFirst())
    }

    /// `by $100 in 2024`, `$850 from 2024 onwards`, `$300 of CDC vouchers in January next year`:
    /// English dates a number by a time after it, within a few words of its own clause and before
    /// the next number; that time outweighs one before it.
    static func trailingTime(of match: QuantityMatch, before limit: Int, cues: [Cue], in characters: [Character]) -> Cue? {
        guard let cue = cues.first(where: { $0.offset >= match.span.upperBound && $0.offset < limit }) else { return nil }
        switch cue.kind {
        case .year, .period: break
        case .target, .span: return nil
        }
        let between = characters[match.span.upperBound..<cue.offset]
        let words = String(between).lowercased().split(separator: " ")
        // `an increase of one million over the number renovated last year`: a time after a
        // comparison dates what the number is set against; `over the next five years` is the time's own.
        let leading = words.reversed().drop { ["over", "the", "in", "within", "during"].contains($0) }
        // The time's own preposition and article (`over the`) are no distance from the number.
        guard !between.contains(where: { ",;:()".contains($0) }), leading.count <= 6,
            !leading.contains(where: { ["over", "than", "compared", "versus"].contains($0) })
        else { return nil }
        return cue
    }

    /// `a $500 top-up to their Edusave account`, `a top-up of $400 to their Child Development Account`:
    /// a sum named only by a common noun is named by the named account or body it goes to.
    static func withRecipient(_ subject: Subject, after match: QuantityMatch, in characters: [Character]) -> Subject {
        guard !subject.text.isEmpty, !subject.text.contains(where: \.isUppercase) else { return subject }
        let own = subject.text.lowercased().split(separator: " ").map(String.init)
        if let owner = namedOwner(before: match, own: own, in: characters) {
            return Subject(text: subject.text + " for " + owner, entry: subject.entry, isFall: subject.isFall, countsDeed: subject.countsDeed)
        }
        let words = String(characters[match.span.upperBound..<min(characters.count, match.span.upperBound + 120)])
            .split(separator: " ").map(String.init)
        var index = words.prefix(own.count).map({ $0.lowercased() }) == own ? own.count : 0
        guard index < words.count, ["to", "into"].contains(words[index]) else { return subject }
        index += 1
        while index < words.count, ["the", "their", "this", "its", "our", "his", "her", "these", "that"].contains(words[index]) { index += 1 }
        guard index < words.count, words[index].first?.isUppercase == true else { return subject }
        var name: [String] = []
        for word in words[index...].prefix(6) {
            if word.hasPrefix("(") || word.first?.isLetter == false { break }
            let trimmed = String(word.trimmingPunctuation)
            if word.first?.isLowercase == true, !name.isEmpty, !["account", "accounts", "fund", "scheme", "programme", "program"].contains(trimmed) {
                break
            }
            name.append(trimmed)
            if trimmed != word { break }
        }
        return Subject(text: subject.text + " to " + name.joined(separator: " "), entry: subject.entry, isFall: subject.isFall, countsDeed: subject.countsDeed)
    }

    /// `For example, an elderly retired couple living in a 3-room HDB flat will receive $6,500`: what
    /// one case chosen to illustrate a measure gets is no figure of the measure.
    static func isWorkedExample(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["for example, a ", "for example, an ", "for instance, a ", "for instance, an "].contains { lowered.hasPrefix($0) }
    }

    /// `a Coastal and Flood Protection Fund with an initial injection of $5 billion`: the named fund
    /// or scheme a sum is set up `with`.
    static func namedOwner(before match: QuantityMatch, own: [String], in characters: [Character]) -> String? {
        let words = String(characters[max(0, match.span.lowerBound - 160)..<match.span.lowerBound]).split(separator: " ").map(String.init)
        var index = words.count - 1
        guard index > own.count + 2, words[index].lowercased() == "of" else { return nil }
        index -= own.count
        guard words[index..<(index + own.count)].map({ $0.lowercased() }) == own, ["a", "an"].contains(words[index - 1].lowercased()),
            words[index - 2].lowercased() == "with"
        else { return nil }
        var name: [String] = []
        for word in words[..<(index - 2)].reversed() {
            if word.first?.isUppercase == true, word.allSatisfy({ $0.isLetter || $0 == "-" }) {
                name.insert(word, at: 0)
            } else if ["and", "of", "for"].contains(word), name.first?.first?.isUppercase == true {
                name.insert(word, at: 0)
            } else {
                break
            }
        }
        while let first = name.first, first.first?.isLowercase == true { name.removeFirst() }
        return name.count > 1 ? name.joined(separator: " ") : nil
    }

    /// The year a starting value is dated by (`从2020年的5.2万元`), if the text states one.
    static func statedYear(before match: QuantityMatch, in characters: [Character]) -> Int? {
        let length = characters.yearPhraseLength(endingAt: match.span.lowerBound)
        guard length > 0 else { return nil }
        let start = match.span.lowerBound - length
        return Int(String(characters[start..<(start + 4)]))
    }

    /// `2020年到2025年，工业投资占固定资产投资比重从17.9%提升到35.5%`: the first year of a span the
    /// sentence names before a change, where the change starts.
    static func spanStartYear(before offset: Int, in characters: [Character]) -> Int? {
        (0..<max(0, offset - 10)).lazy.compactMap { yearSpan(at: $0, in: characters)?.first }.first
    }

    /// Whether a year cue dates where a change went (`增长到2020年约1100亿元`).
    static func datesChangeEnd(_ cue: Cue, in characters: [Character]) -> Bool {
        guard case .year = cue.kind, cue.offset >= 1 else { return false }
        return "到至".contains(characters[cue.offset - 1])
    }

    /// Whether the year at `offset` is one end of a span of years (`2020年到2025年`).
    static func boundsChange(at offset: Int, in characters: [Character]) -> Bool {
        yearSpan(at: offset, in: characters) != nil || yearSpan(at: offset - 6, in: characters) != nil
    }

    /// The span `2020年到2025年` (to, `至` or a dash) starting at `index`, if one does.
    static func yearSpan(at index: Int, in characters: [Character]) -> (first: Int, last: Int)? {
        func year(at index: Int) -> Int? {
            guard index >= 0, index + 5 <= characters.count, characters[index + 4] == "年",
                characters[index..<(index + 4)].allSatisfy({ $0.isASCII && $0.isNumber })
            else { return nil }
            return Int(String(characters[index..<(index + 4)]))
        }
        guard let first = year(at: index), index + 5 < characters.count, "到至—-～".contains(characters[index + 5]),
            let last = year(at: index + 6), last > first
        else { return nil }
        return (first, last)
    }

    // MARK: Walking the outline

    private func visit(_ section: Section, context: Context, state: inout WalkState, into facts: inout [Fact]) {
        var context = context
        let titled = titlePeriod(of: section, reportYear: context.reportYear)
        // A glossary explains the report's terms: its numbers say what a term names (`稳增长“21条”：
        // …出台21条措施`), not what was done or aimed at.
        if section.kind == .part, section.role == .appendix, Self.glossaryTitles.contains(where: section.title.containsLiterally) {
            return
        }
        if section.kind == .part {
            context.partRole = section.role
            context.partYear = section.year
            context.period = titled ?? section.year.map(Period.init(year:)) ?? section.period
            state = WalkState()
        } else if let period = titled ?? (section.year == nil ? section.period : nil) {
            context.period = period
        }
        if section.kind != .document && section.kind != .part {
            read(
                section.title, id: "\(section.id).title", in: section, paragraphStart: true, context: context,
                state: &state, into: &facts
            )
        }
        for block in section.blocks {
            switch block {
            case .paragraph(let paragraph):
                for (index, sentence) in paragraph.sentences.enumerated() {
                    read(
                        sentence.text, id: sentence.id, in: section, paragraphStart: index == 0, context: context,
                        state: &state, into: &facts
                    )
                }
            case .section(let child):
                visit(child, context: context, state: &state, into: &facts)
            }
        }
    }

    /// The span a heading names (`一、过去五年工作回顾`, `“十四五”时期主要成就`) when the outline
    /// gave its section none of several years.
    private func titlePeriod(of section: Section, reportYear: Int?) -> Period? {
        // `2025年和“十四五”时期工作回顾`: the part reviews its year, and sentences name the span.
        if let period = section.period, !period.isYear { return section.year == nil ? period : nil }
        // `全力推动“十五五”开好局、起好步`: a heading the outline read as one year names no span.
        guard section.kind != .document, section.year == nil || section.period?.isYear != true else { return nil }
        var found: Period?
        for cue in Cue.scan(Array(section.title), reportYear: reportYear) {
            switch cue.kind {
            case .period(let period): found = found ?? period
            // `2025年和“十四五”时期工作回顾`: the year and the span share the part; sentences decide.
            case .year: return nil
            case .target, .span: break
            }
        }
        return found
    }

    /// Reads one sentence and updates what it lends to the next: its cues when it has no numbers
    /// or ends in `；`, and whether the list of main targets goes on.
    ///
    /// The list runs from its opening words through the paragraphs after them that begin with
    /// an indicator (`能耗强度下降3.1%以上，…`), two at most, until a comment on it (`上述…`).
    private func read(
        _ text: String, id: String, in section: Section, paragraphStart: Bool, context: Context,
        state: inout WalkState, into facts: inout [Fact]
    ) {
        let lowered = text.lowercased()
        if Self.opensHeadlineList(text) {
            state.headlineParagraphs = 3
        } else if state.headlineParagraphs > 0 {
            if Self.headlineCommentWords.contains(where: { lowered.contains($0) }) {
                state.headlineParagraphs = 0
            } else if paragraphStart {
                state.headlineParagraphs -= 1
                if !beginsWithIndicator(text) { state.headlineParagraphs = 0 }
            }
        }
        let sentence = scanned(text, reportYear: context.reportYear)
        let cues = sentence.cues
        // The lead-in clause of a sentence: before its first break, when no number comes before it.
        let firstBreak = sentence.characters.indices.dropFirst(Self.greetingLength(text))
            .first { Self.clauseBreaks.contains(sentence.characters[$0]) }
        let firstNumber = sentence.matches.first?.span.lowerBound ?? Int.max
        let firstClauseEnd = firstBreak.map { $0 <= firstNumber ? $0 : 0 } ?? (firstNumber == Int.max ? text.count : 0)
        if let reportYear = context.reportYear {
            // Only a sentence that opens on a time (`五年来，`, `刚刚过去的2025年，`, `“十五五”时期是…`)
            // turns the review to it; one naming a time in passing (`超额完成国家“十四五”…`,
            // `为“十五五”开好局`) does not.
            // `2020年到2025年，工业投资占…比重从17.9%提升到35.5%`: years bounding changes name no year
            // under review either.
            for cue in cues where Self.opensSentence(cue, in: text) && cue.offset < firstClauseEnd
                && !(cue.isRelativeSpan && context.partRole == nil) && !Self.boundsChange(at: cue.offset, in: sentence.characters)
                && !Self.namesYearlyEvent(at: cue.offset, in: sentence.characters)
            {
                switch cue.kind {
                case .period(let period) where period.last < reportYear || !cue.isDeadline:
                    state.reviewedSpan = period
                case .year(let year) where year < reportYear:
                    state.reviewedSpan = Period(year: year)
                case .year: state.reviewedSpan = nil
                default: break
                }
            }
        }
        var sentenceContext = context
        if let span = state.reviewedSpan {
            if context.partRole == .review || context.partRole == .other || context.partRole == nil {
                sentenceContext.period = span
            } else if context.partRole == .plan, let reportYear = context.reportYear, span.last < reportYear {
                // `“十四五”时期，…` in the part explaining the next plan: a look back at a past span
                // states what it achieved.
                sentenceContext.partRole = .review
                sentenceContext.period = span
            }
        }
        if paragraphStart { (state.paragraphCues, state.scheme, state.industry) = (state.carried, nil, nil) }
        // `《纲要（草案）》明确了经济社会发展主要指标：…`: a paragraph opening on the outline of the
        // five-year plan the report's year is in speaks of the plan's years.
        if paragraphStart, let reportYear = context.reportYear, ["《纲要", "《规划纲要"].contains(where: text.hasPrefix),
            let plan = PeriodCue.fiveYearPlan((reportYear - 1966) / 5 + 3)
        {
            state.paragraphCues = [Cue(offset: -1, kind: .period(plan))]
        }
        if let industry = Self.openingIndustry(of: sentence.characters) { state.industry = industry }
        var lending = state
        if lending.carried.isEmpty { lending.carried = state.paragraphCues }
        let found = self.facts(in: sentence, sentenceID: id, sectionID: section.id, context: sentenceContext, state: lending)
        facts += found
        // `They can enjoy a fixed allowance of $300 per month. And this part-time training allowance will be
        // implemented early next year.`: a later start named by the next sentence dates the sums given
        // for the speech's year.
        // Scheme names and starts told in a later sentence are read in English only.
        let isEnglish = !sentence.characters.contains(where: \.isHan)
        if isEnglish, sentence.matches.isEmpty, let reportYear = context.reportYear, let previous = Self.previousSentenceID(of: id),
            EnglishNounPhrase.saysWhenItStarts(text), let start = Self.laterStart(in: cues, after: reportYear)
        {
            for index in facts.indices.reversed() where facts[index].sentenceID == previous {
                guard facts[index].role == .target, facts[index].period == Period(year: reportYear) else { continue }
                (facts[index].period, facts[index].year) = (start, start.isYear ? start.first : nil)
            }
        }
        if isEnglish, let scheme = EnglishNounPhrase.lastSchemeName(in: text) { state.scheme = scheme }
        if text.hasSuffix("；") || text.hasSuffix(";") {
            // `地区生产总值从2015年的681亿元增长到2020年约1100亿元；`: a year that dates an end of a
            // change is no time of the clauses after it.
            state.carried = cues.last(where: { !Self.datesChangeEnd($0, in: sentence.characters) }).map { [$0] } ?? state.carried
        } else if found.isEmpty, sentence.matches.isEmpty, !text.hasSuffix("?"), !text.hasSuffix("？") {
            // A lead-in names its scope first (`今后五年的发展目标…，到2035年…`, `2025年是“十四五”
            // 收官之年`); what follows in it elaborates.
            // A long-range vision (`到2035年`, beyond the next five-year plan) is not lent.
            // A span named in passing (`We formulated the plan for the 13th Five-Year Plan period`,
            // `实现“十三五”良好开局`), and in Chinese a year too (`为今年应对困难挑战预留政策空间`), is
            // what the sentence is about, not its time; only one opening it is lent (English puts a
            // sentence's time anywhere: `Growth in 2024 is expected…`). A question asks; the time it
            // names is no scope for what follows.
            let isChinese = sentence.characters.contains(where: \.isHan)
            state.carried = cues.filter { cue in
                if cue.isRelativeSpan, context.partRole == nil { return false }
                if case .period(let period) = cue.kind {
                    return period.last - period.first < 5 && Self.opensSentence(cue, in: text)
                }
                return cue.kind != .target && (!isChinese || Self.opensSentence(cue, in: text))
            }.prefix(1).map { $0 }
        } else {
            state.carried = []
        }
    }

    /// ` for Anchor Operator centres and `, ` and `: what stands between two sums of one list, a short
    /// `for` phrase at most, with no other verb, number or clause between.
    static func continuesList(_ between: String) -> Bool {
        let words = between.lowercased().split(separator: " ").map(String.init)
        guard let last = words.last, last == "and", words.count <= 8, !between.contains(where: { $0.isNumber || ";:()".contains($0) })
        else { return false }
        let named = words.dropLast()
        return named.isEmpty || named.first == "for" && !named.contains { $0.hasSuffix(",") || Lexis.englishAuxiliaries.contains($0) }
    }

    /// `p3.s2` → `p3.s1`: the sentence before in the same paragraph.
    private static func previousSentenceID(of id: String) -> String? {
        guard let mark = id.lastLiteralRange(of: ".s"), let number = Int(id[mark.upperBound...]), number > 1 else { return nil }
        return id[..<mark.upperBound] + String(number - 1)
    }

    /// The first time a sentence names, when it begins after the speech's year.
    private static func laterStart(in cues: [Cue], after reportYear: Int) -> Period? {
        for cue in cues {
            switch cue.kind {
            case .year(let year): return year > reportYear ? Period(year: year) : nil
            case .period(let period): return period.first > reportYear ? period : nil
            case .target, .span: continue
            }
        }
        return nil
    }

    /// A cue among the first characters of a sentence, or after its first two English words
    /// (`During the past five years,`).
    /// `获2014年度珠三角…考核全省第一`: a year's award or assessment (`…年度` before its name) is no
    /// time the review turns to.
    static func namesYearlyEvent(at offset: Int, in characters: [Character]) -> Bool {
        let yearEnd = offset + 4
        guard offset >= 0, yearEnd + 2 < characters.count, characters[offset..<yearEnd].allSatisfy({ $0.isASCII && $0.isNumber }),
            characters[yearEnd] == "年", characters[yearEnd + 1] == "度"
        else { return false }
        return characters[yearEnd + 2].isHan
    }

    private static func opensSentence(_ cue: Cue, in text: String) -> Bool {
        let greeting = greetingLength(text)
        guard cue.offset >= greeting else { return false }
        let offset = cue.offset - greeting, opening = text.dropFirst(greeting).prefix(offset)
        return offset <= 6 || offset <= 16 && opening.split(separator: " ").count <= 2 && opening.allSatisfy { $0.isASCII }
    }

    /// `各位代表，刚刚过去的2025年，…`: the deputies greeted before a sentence are no part of where
    /// it opens.
    static func greetingLength(_ text: String) -> Int {
        var length = 0
        var rest = Substring(text)
        while let greeting = ["各位代表", "各位委员"].first(where: rest.hasPrefix),
            let mark = rest.dropFirst(greeting.count).first, "，！、：,!".contains(mark)
        {
            length += greeting.count + 1
            rest = rest.dropFirst(greeting.count + 1)
        }
        return length
    }

    /// Whether the first clause names an indicator near its start (`-- a reduction in energy consumption…`).
    private func beginsWithIndicator(_ text: String) -> Bool {
        let characters = Array(text)
        let end = characters.firstIndex { "，。；,;".contains($0) } ?? characters.count
        var phrase = String(characters[..<end])
        while let found = lexicon.match(in: phrase) {
            if found.range.lowerBound <= 20 { return true }
            phrase = String(phrase.prefix(found.range.lowerBound))
        }
        return false
    }

    // MARK: Role and year

    /// The role of a number and the years it speaks of, from the cues before it in its sentence
    /// and from where the sentence stands.
    private func roleAndPeriod(cues: [Cue], match: QuantityMatch, context: Context) -> (FactRole, Period?) {
        let reportYear = context.reportYear
        let hasTargetCue = cues.contains { $0.kind == .target }
        let time = cues.last { if case .target = $0.kind { false } else if case .span = $0.kind { false } else { true } }
        // `年均增长10%以上，技术合同成交额2030年达到600亿元`: the last word of time before a number
        // sets its period; an average named before a year stated later is another number's.
        let hasSpanCue = cues.contains { $0.kind == .span && $0.offset > (time?.offset ?? Int.min) }
        switch time?.kind {
        case .year(let year)?:
            let role: FactRole =
                if let reportYear { year < reportYear ? .outcome : .target } else {
                    context.partRole == .plan ? .target : .outcome
                }
            return (role, spanned(Period(year: year), role: role, hasSpanCue: hasSpanCue, context: context))
        case .period(let period)?:
            guard let reportYear else { return (hasTargetCue ? .target : .outcome, period) }
            return (period.last < reportYear ? .outcome : .target, period)
        default:
            break
        }
        let role: FactRole
        var period: Period?
        switch context.partRole {
        case .review:
            role = .outcome
            period = context.period ?? reportYear.map { Period(year: $0 - 1) }
        case .plan, .appendix:
            // An appendix (`附件1 2026年省十件民生实事`) lists the work of the report's year.
            role = .target
            period = context.period.flatMap { $0.isYear ? nil : $0 } ?? (reportYear ?? context.partYear).map(Period.init(year:))
        case .other, .requirements, .government, nil:
            if hasTargetCue {
                role = .target
                // `“十五五”时期…`: in a part about a coming span, an aim is one of the span.
                let span = context.period.flatMap { period in
                    period.isYear || period.last < (reportYear ?? period.first) ? nil : period
                }
                period = span ?? (context.partYear ?? reportYear).map(Period.init(year:))
            } else if let partYear = context.partYear, let reportYear, partYear >= reportYear {
                role = .target
                period = Period(year: partYear)
            } else if let span = context.period, !span.isYear {
                role = .outcome
                period = span
            } else {
                role = .outcome
                period = (context.partYear ?? reportYear.map { $0 - 1 }).map(Period.init(year:))
            }
        }
        if let current = period, !current.isYear, let reportYear {
            return (current.last < reportYear ? .outcome : .target, current)
        }
        return (role, period.map { spanned($0, role: role, hasSpanCue: hasSpanCue, context: context) })
    }

    /// A yearly average (`年均增长7.1%`) speaks of several years: those of its context, else
    /// the five before the report (an outcome) or the five from it (a target).
    private func spanned(_ period: Period, role: FactRole, hasSpanCue: Bool, context: Context) -> Period {
        guard hasSpanCue, period.isYear else { return period }
        if let known = context.period, !known.isYear { return known }
        guard let reportYear = context.reportYear else { return period }
        return role == .outcome
            ? Period(first: reportYear - 5, last: reportYear - 1) : Period(first: reportYear, last: reportYear + 4)
    }

    // MARK: Measure

    private func measure(of match: QuantityMatch, subject: Subject, in characters: [Character]) -> Measure {
        // `8成`: tenths are a share, as a percentage is.
        if match.quantity.unit == "成", match.direction == nil || match.direction == .reach { return .rate }
        guard match.isPercentage else {
            return (match.direction == .rise || match.direction == .fall) && !subject.countsDeed ? .growth : .level
        }
        switch match.direction {
        case .rise, .fall:
            return .growth
        case .reach, nil:
            // `均保持10%以上增长`: a percentage of the growth named after it.
            let after = characters[match.span.upperBound...].drop { $0 == "的" }
            if ["增长", "增速", "的增长"].contains(where: { after.starts(with: $0) }) { return .growth }
            // `“十三五”时期经济年均增长保持在6.5%以上`: a subject naming growth.
            if subject.entry == nil, ["增长", "增速"].contains(where: subject.text.hasSuffix) { return .growth }
            if let entry = subject.entry, entry.measure != .level { return entry.measure }
            return match.quantity.unit == "%" ? .rate : .growth
        }
    }
}
