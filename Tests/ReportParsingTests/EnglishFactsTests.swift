import ReportModel
import Testing

@testable import ReportParsing

/// English facts read by general rules (a phrase's shape, a verb's role, a unit's class), each
/// from real sentences of the English reports.
@Suite("English facts")
struct EnglishFactsTests {
    private static let review = FactExtractor.Context(partRole: .review, partYear: 2016, reportYear: 2017)
    private static let plan = FactExtractor.Context(partRole: .plan, partYear: 2017, reportYear: 2017)
    private static let range = SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 2))

    /// The facts of each sentence read on its own, in order.
    /// A speech's context: no review or plan part, only the year it is given.
    private static func speech(_ year: Int) -> FactExtractor.Context {
        FactExtractor.Context(partRole: nil, partYear: nil, reportYear: year)
    }

    private static func facts(_ sentences: [String], _ context: FactExtractor.Context) -> [Fact] {
        sentences.flatMap { sentence in
            FactExtractor().facts(inSentence: sentence, sentenceID: "s1", sectionID: "p1", context: context)
        }
    }

    /// National 2017 and 2019: a currency's country written onto `$` keeps the bound before it.
    @Test func aBoundBeforeACurrencysCountryHolds() {
        let facts = Self.facts(
            [
                "In 2016, China utilized more than US$130 billion of overseas investment.",
                "China's foreign exchange reserves were maintained at over US$3 trillion.",
            ], Self.review)
        #expect(facts.map(\.quantity.qualifier) == [.atLeast, .atLeast])
    }

    /// National 2017: a part named in an indicator's `of` complement narrows it, as a word before it
    /// does (`a central government deficit`), so it is no figure of the whole.
    @Test func anOwnerInTheComplementNarrowsAnIndicator() {
        let facts = Self.facts(
            ["To break this down, the projected deficit of the central government is 1.55 trillion yuan, and the projected deficit of local governments is 830 billion yuan."],
            Self.plan)
        #expect(facts.map(\.indicator) == [nil, nil])
        #expect(facts.map(\.subject) == ["projected deficit of the central government", "projected deficit of local governments"])
    }

    /// National 2017: what a sum is spent on is named in its own clause; `and` opens another.
    @Test func aSumsPurposeStaysInItsClause() {
        let facts = Self.facts(
            ["The trial replacement of business tax with VAT was extended to cover all sectors, slashing the tax burden of businesses for the year by over 570 billion yuan and reducing tax burdens in every sector."],
            Self.review)
        #expect(facts.map(\.subject) == ["tax burden of businesses"])
        #expect(facts.map(\.quantity.shortText).first?.hasPrefix("-570") == true)
    }

    /// National 2017 and 2016: a time between a number and its change noun keeps the change, and a
    /// dash typed as a hyphen before an article ends the phrase.
    @Test func aTimeBeforeAChangeNounKeepsTheChange() {
        let facts = Self.facts(
            ["People were busy launching businesses, with a 24.5-percent year-on-year increase in the number of new businesses registered-an average of 15,000 new businesses daily."],
            Self.review)
        #expect(facts.first?.subject == "new businesses")
        #expect(facts.first?.measure == .growth)
    }

    /// National 2017, State of the Union 2020: a number `more than` an earlier time is the change
    /// since then; `more than` anything else sets it against that, and it is context.
    @Test func aNumberMoreThanAnEarlierTimeIsAChange() {
        let facts = Self.facts(
            [
                "This year's target for urban job creation is one million more than last year.",
                "Since my election, we have created 7 million new jobs—5 million more than government experts projected.",
            ], Self.plan)
        #expect(facts.map(\.measure) == [.growth, .level])
        #expect(facts.map(\.quantity.value) == [1, 7])
    }

    /// National 2017: a share a verb of cutting takes from a whole is a fall of that whole.
    @Test func aShareCutFromAWholeIsAFall() {
        let facts = Self.facts(
            ["Central government departments should take the lead by cutting no less than 5 percent of their general expenditures."],
            Self.plan)
        #expect(facts.map(\.subject) == ["general expenditures of Central government departments"])
        #expect(facts.map(\.measure) == [.growth])
        #expect(facts.map(\.quantity.value) == [-5])
    }

    /// National 2015–2018, State of the Union 2022 and 2024: things counted or measured are named by
    /// what the verbs before the number did to them; a count of things added is no count of all.
    @Test func thingsCountedAreNamedByWhatWasDoneToThem() {
        let plans = Self.facts(
            [
                "At the same time, we will suspend or postpone construction on or eliminate no less than 50 million kilowatts of coal-fired power generation capacity.",
                "This year, we will renovate another 6 million housing units in these areas.",
                "We will continue to improve rural land, adding 1.33 million hectares of farmland under highly water-efficient irrigation.",
                "Now pass my plan to build and renovate 2 million  affordable homes and bring those rents down!",
            ], Self.plan)
        #expect(
            plans.map(\.subject) == [
                "coal-fired power generation capacity suspended, postponed or eliminated", "housing units in these areas renovated",
                "farmland added", "affordable homes built and renovated",
            ])
        let outcomes = Self.facts(
            [
                "We have built or upgraded 1.27 million kilometers of rural roads, built 46 new civilian airports.",
                "We have increased financial aid to students, giving out 430 million grants in total.",
                "We’ve sent 475 Million vaccine doses to 112 countries.",
                "A record 16 million Americans are starting small businesses.",
            ], Self.review)
        #expect(
            outcomes.map(\.subject) == ["rural roads built or upgraded", "grants given out", "vaccine doses sent", "Americans starting small businesses"])
    }

    /// National 2015–2019: a physical measure is a unit without a magnitude (`1,900 kilometers`);
    /// a list of amounts shares the passive after its last item, with a short rest of the clause.
    @Test func aPhysicalMeasureIsAUnitOnItsOwn() {
        let facts = Self.facts(
            [
                "Over 1,900 kilometers of new high-speed rail lines came into service, and more than 6,700 kilometers of expressways and 290,000 kilometers of rural roads were built or upgraded.",
                "An additional 8,427 kilometers of railway lines were put into operation.",
                "More than 6 million homes in rundown urban areas and over 3.8 million dilapidated rural houses were renovated.",
            ], Self.review)
        #expect(facts.map(\.quantity.shortText) == ["1900 kilometers以上", "6700 kilometers以上", "290000 kilometers", "8427 kilometers", "6 million以上", "3.8 million以上"])
        #expect(
            facts.map(\.subject) == [
                "new high-speed rail lines", "expressways built or upgraded", "rural roads built or upgraded",
                "railway lines put into operation", "homes in rundown urban areas renovated", "dilapidated rural houses renovated",
            ])
    }

    /// National 2015–2018: a relative clause that only says which goes on the phrase before it; an
    /// infinitive taking the number leads to it; a sum's purpose is read for money only.
    @Test func phrasesBeforeTheNumberKeepWhichAndDropTheWayToIt() {
        let facts = Self.facts(
            [
                "The length of high-speed railways that are up and running in China reached 16,000 kilometers.",
                "We will expand trials to replace grain crop with feed crop cultivation to cover over 667,000 hectares.",
                "The length of expressways open to traffic exceeded 120,000 kilometers.",
                "The area of desertified land has been reduced by close to 2,000 square kilometers on average each year.",
                "We will turn more than 800,000 hectares of marginal farmland into forests or grassland.",
            ], Self.plan)
        #expect(
            facts.map(\.subject) == [
                "length of high-speed railways up and running in China", "feed crop cultivation", "length of expressways open to traffic",
                "area of desertified land", "marginal farmland turned into forests or grassland",
            ])
    }

    /// National 2016 and 2018, Singapore 2023: a part of a whole is named after `of which … are`; a
    /// measure saying which things are meant (`units with a capacity of less than …`) is no fact.
    @Test func aPartOfAWholeIsNamedAndAMeasureOfWhichIsNoFact() {
        let facts = Self.facts(
            [
                "The length of railways in service reached 121,000 kilometers, of which more than 19,000 kilometers are high-speed rail lines-more than 60% of the world's total.",
                "Coal-fired power generating units with a capacity of less than 300,000 kilowatts that fail to meet standards should be closed.",
                "Buyers of cars with an OMV of $40,000 or less will not be affected.",
                "Overall, I expect to end FY2024 with a surplus of $6.4 billion.",
            ], Self.review)
        #expect(facts.map(\.quantity.shortText) == ["121000 kilometers", "19000 kilometers以上", "60%以上", "6.4 billion dollars"])
        #expect(facts.dropFirst().first?.subject == "high-speed rail lines")
    }

    /// National 2017: negative growth is a fall, and `the previous year's` is the year before the
    /// one spoken of; a clause naming only the change goes on about the subject before it.
    @Test func thePreviousYearsNegativeGrowthIsAnEarlierFall() {
        let facts = Self.facts(
            ["With an 8.5-percent increase in profits, industrial enterprises reversed the previous year's negative growth of 2.3 percent."],
            Self.review)
        #expect(facts.map(\.subject) == ["profits", "profits"])
        #expect(facts.map(\.quantity.value) == [8.5, -2.3])
        #expect(facts.map(\.year) == [2016, 2015])
    }

    /// National 2017: a five-year plan named in passing by a sentence without numbers does not turn
    /// the next sentence's results into its targets; people given a thing are named by the giving.
    @Test func aSpanNamedInPassingIsNotLent() {
        let review = Section(
            id: "part1", kind: .part, title: "Review", role: .review, year: 2016, range: Self.range,
            paragraphs: [
                Paragraph(
                    id: "part1.p1", text: "",
                    sentences: [
                        "We formulated the plan for the 13th Five-Year Plan period for large-scale development in the western region.",
                        "We deepened reform of the household registration system, and granted urban residency to another 16 million people from rural areas.",
                    ].enumerated().map { Sentence(id: "part1.p1.s\($0 + 1)", text: $1, range: Self.range) },
                    range: Self.range)
            ])
        let report = Report(
            metadata: ReportMetadata(year: 2017), encoding: .utf8,
            root: Section(id: "doc", kind: .document, title: "", range: Self.range, children: [review]), diagnostics: [])
        let facts = FactExtractor().facts(in: report)
        #expect(facts.map(\.role) == [.outcome])
        #expect(facts.map(\.period) == [Period(year: 2016)])
        #expect(facts.map(\.subject) == ["people from rural areas granted urban residency"])
    }

    /// National 2017 and 2019: what people will do of themselves is a forecast the plan answers, no
    /// target; what will be done for them, or what they will receive, stays.
    @Test func whatPeopleWillDoOfThemselvesIsNoTarget() {
        let facts = Self.facts(
            [
                "This year, 7.95 million students will graduate from college, the highest number on record.",
                "This year, another 13 million people should be registered as permanent urban residents.",
                "In total, 3 million households will receive the rebate.",
            ], Self.plan)
        #expect(facts.map(\.quantity.value) == [13, 3])
    }

    /// National 2015–2017: a code of digits and capitals (`M2`, `4G`) is part of a name, a fiscal
    /// year is not; a number after `target of` restates the target of what the outcome is of.
    @Test func codesNameAndATargetOfIsATarget() {
        let facts = Self.facts(
            [
                "The M2 money supply increased by 11.3 percent, below our projected target of around 13 percent.",
                "The number of 4G mobile communications subscribers grew by 340 million.",
            ], Self.review)
        #expect(facts.map(\.subject) == ["M2 money supply", "M2 money supply", "4G mobile communications subscribers"])
        #expect(facts.map(\.role) == [.outcome, .target, .outcome])
        #expect(facts.map(\.measure) == [.growth, .growth, .growth])
    }

    /// National 2016 and 2017, Singapore 2025, State of the Union 2022: a share of things is named by
    /// what was done to them and by a named doer; a participle after `and` opens a clause unless it
    /// goes on one; a number with no noun is named by what will be done to it.
    @Test func sharesOfThingsAreNamedByWhatWasDoneToThem() {
        let facts = Self.facts(
            [
                "China contributed more than 30 percent of global growth.",
                "We are a key player in semi-conductors, supplying more than 10% of chips and producing one-fifth of semi-conductor equipment worldwide.",
                "The Ruble has lost 30% of its value.",
                "We will reduce the number of rural residents living in poverty by over 10 million, including 3.4 million to be relocated from inhospitable areas.",
                "We took stronger measures and saw a 9.1-percent drop in the annual average density of fine particulate matter (PM2.5) in 74 key cities.",
            ], Self.review)
        #expect(
            facts.map(\.subject) == [
                "global growth contributed by China", "chips supplied", "value lost", "rural residents living in poverty",
                "rural residents living in poverty to be relocated from inhospitable areas",
                "annual average density of fine particulate matter PM2.5",
            ])
    }

    /// National 2017: a long phrase loses its last complements, but not the one its participle needs
    /// (`enrolled in key universities`, `covered by the additional tax reduction policy`).
    @Test func aParticipleKeepsItsComplementInALongPhrase() {
        let facts = Self.facts(
            ["The number of students from poor rural areas enrolled in key universities grew by 21.3 percent."], Self.review)
        #expect(facts.map(\.subject) == ["students from poor rural areas enrolled in key universities"])
    }

    /// National 2018 and 2016: what has come about by now is an outcome even in a plan; what should
    /// have come about by a deadline stays a target.
    @Test func thePresentPerfectIsAnOutcome() {
        let facts = Self.facts(
            [
                "The annual grain yield has now reached 600 million metric tons.",
                "By that time, China's aggregate economic output should have exceeded 90 trillion yuan.",
            ], Self.plan)
        #expect(facts.map(\.role) == [.outcome, .target])
        #expect(facts.first?.year == 2016)
    }

    /// National 2019, State of the Union 2019: things counted that open their clause are named by
    /// its verb in the past tense; after another verb a participle only modifies them.
    @Test func aPastVerbAfterThingsOpeningTheClauseNamesThem() {
        let facts = Self.facts(
            [
                "Another 4,100 kilometers of high-speed railways opened to traffic.",
                "No one has benefitted more than women, who have filled 58 percent of the new jobs created in the last year.",
            ], Self.review)
        #expect(facts.map(\.subject) == ["high-speed railways opened to traffic", "new jobs filled"])
    }

    /// State of the Union 2024, Singapore 2023–2025: the word after a modal is its verb, and the
    /// phrase after it is what the number goes to, whose receiver (`save taxpayers`) names nothing;
    /// after `are` a noun stays whole.
    @Test func theVerbAfterAModalIsNoPartOfTheName() {
        let facts = Self.facts(
            [
                "That will not only save lives it will save taxpayers another $200 Billion!",
                "Now I want to cap prescription drug costs at $2,000 a year for everyone!",
                "Today, businesses can enjoy tax deductions of up to 250% of qualifying expenditure on some of these activities.",
                "When completed, Terminal 5 will expand our airport’s capacity by more than 50%.",
            ], Self.plan)
        #expect(facts.map(\.subject) == ["prescription drug costs", "tax deductions", "airport’s capacity"])
    }

    /// National 2018: people doing something of themselves after `with` set the scene; a particle
    /// stays on the verb of what was done (`taken … off the roads`).
    @Test func peopleDoingSomethingAfterWithAreTheSetting() {
        let facts = Self.facts(
            [
                "With over 8.2 million college students graduating this year, again reaching an all-time high, we need to expand the channels for employment.",
                "We have improved fuel quality, and taken over 20 million high-emission and old vehicles off the roads.",
            ], Self.review)
        #expect(facts.map(\.subject) == ["high-emission and old vehicles taken off the roads"])
    }

    /// National 2015 and 2016: how many people there are is the setting of a plan, as a population
    /// is; how many will be registered is its target.
    @Test func howManyPeopleThereAreIsNoTarget() {
        let facts = Self.facts(
            [
                "This year, the number of college graduates will reach 7.49 million, a record high.",
                "This year, there will be up to 7.65 million college graduates.",
                "This year, at least 13 million new urban residents will be registered as permanent urban residents.",
            ], Self.plan)
        #expect(facts.map(\.quantity.value) == [13])
    }

    /// National 2017: an item that shares the verb before it (`and coal by`) shares the head of the
    /// item before; one with a head of its own keeps it.
    @Test func aGappedItemSharesTheHeadBeforeIt() {
        let facts = Self.facts(
            [
                "Over the year, steel production capacity was cut by more than 65 million metric tons and coal by over 290 million metric tons.",
                "We cut steel capacity by 170 million tons and coal capacity by 800 million tons.",
            ], Self.review)
        #expect(facts.map(\.subject) == ["steel production capacity", "coal production capacity", "steel capacity", "coal capacity"])
    }

    /// National 2018, Singapore 2025: a sum a verb gives is named by what it is given for, not by who
    /// gives it; `to` before an article is a preposition and names no purpose.
    @Test func aSumIsNamedByItsPurposeNotItsGiver() {
        let facts = Self.facts(
            [
                "Over the past five years, the central government has appropriated over 280 billion yuan to fund poverty reduction.",
                "Over the past five years, we have set aside over $1.8 billion to support enterprise growth through investment funds.",
            ], Self.review)
        #expect(facts.map(\.subject) == ["poverty reduction", "enterprise growth"])
    }

    /// Singapore 2023, State of the Union 2014: after `by` a sum changes what came before it, and a
    /// second `and by` goes on about it; a word before a possessive is a verb.
    @Test func aSumAfterByChangesWhatCameBefore() {
        let facts = Self.facts(
            [
                "I will top up the ElderCare Fund by $500 million to support means-tested subsidies for seniors who need care.",
                "I will increase the Central Provident Fund (CPF) Housing Grant by $30,000 for eligible first-timer families purchasing 4-room or smaller resale flats and by $10,000 for those purchasing 5-room or larger flats.",
                "Independent economists say immigration reform will grow our economy and shrink our deficits by almost $1 trillion in the next two decades.",
            ], Self.plan)
        #expect(
            facts.map(\.subject) == [
                "ElderCare Fund", "Central Provident Fund CPF Housing Grant", "Central Provident Fund CPF Housing Grant", "deficits",
            ])
        #expect(facts.map(\.measure) == [.growth, .growth, .growth, .growth])
    }

    /// National 2015 and 2016: people a thing is given to are named by the giving, whatever the
    /// verb's form (`grant`, `granting`, `granted`).
    @Test func peopleAThingIsGivenToAreNamedByTheGiving() {
        let facts = Self.facts(
            [
                "This will mean granting urban residency to around 100 million people with rural household registration.",
                "Over 400 companies will also provide new jobs and education opportunities to almost 15 million Americans.",
            ], Self.plan)
        #expect(facts.map(\.subject).first == "people granted urban residency")
        #expect(facts.map(\.subject).last == "Americans provided new jobs and education opportunities")
    }

    /// Singapore 2025: how often a sum is paid stands between it and what it is in.
    @Test func howOftenASumIsPaidIsNoPartOfItsName() {
        let facts = Self.facts(
            ["They will also receive $1,000 annually in Large Family LifeSG credits for each of their third and fourth children."],
            Self.speech(2025))
        #expect(facts.map(\.subject) == ["Large Family LifeSG credits"])
    }

    /// Singapore 2025: a sentence's own `will` aims ahead of a past year lent by the sentence before.
    @Test func aSentencesOwnWillOutweighsALentPastYear() {
        let budget = Section(
            id: "part1", kind: .part, title: "Budget", range: Self.range,
            paragraphs: [
                Paragraph(
                    id: "part1.p1", text: "",
                    sentences: ["And that is why we established the Future Energy Fund last year.", "I will top up the Fund by $5 billion."]
                        .enumerated().map { Sentence(id: "part1.p1.s\($0 + 1)", text: $1, range: Self.range) },
                    range: Self.range)
            ])
        let report = Report(
            metadata: ReportMetadata(year: 2025), encoding: .utf8,
            root: Section(id: "doc", kind: .document, title: "", range: Self.range, children: [budget]), diagnostics: [])
        let facts = FactExtractor().facts(in: report)
        #expect(facts.map(\.role) == [.target])
        #expect(facts.map(\.year) == [2025])
    }

    /// Singapore 2023 and 2025: a cap or floor on a sum (`up to`, `capped at`, `a minimum benefit of`)
    /// is kept as its bound; a range of sums, each with its `$`, is one interval; `go up to` is where a
    /// motion ends, no cap.
    @Test func capsFloorsAndRangesOfSumsKeepTheirBounds() {
        let budget = Self.speech(2025)
        let caps = Self.facts(
            [
                "Eligible Housing and Development Board (HDB) households will receive up to $760 this financial year.",
                "The total benefit that each company will receive will be capped at $40,000.",
                "So, I will provide every active company that employed at least one local employee last year a minimum benefit of $2,000.",
            ], budget)
        #expect(caps.map(\.quantity.qualifier) == [.notMoreThan, .notMoreThan, .notLessThan])
        let ranges = Self.facts(
            ["I will provide a Cost-of-Living Special Payment of between $200 and $400 for each eligible adult Singaporean."],
            budget)
        #expect(ranges.map(\.quantity.value) == [200])
        #expect(ranges.map(\.quantity.upperValue) == [400])
        let motion = Self.facts(["And based on historical trends, we can expect our spending to go up to 20% of GDP by around 2030."], budget)
        #expect(motion.map(\.quantity.qualifier) == [nil])
    }

    /// Singapore 2025, State of the Union 2018: after a modal's verb the next word is its object
    /// (`will reimburse companies`), unless an adverb stands between (`can now deduct`).
    @Test func theWordAfterAModalsVerbIsItsObject() {
        let facts = Self.facts(
            [
                "The Government will reimburse companies up to 7% of the wages that they pay to workers aged 69 and above.",
                "Small businesses have also received a massive tax cut, and can now deduct 20 percent of their business income.",
            ], Self.speech(2025))
        #expect(facts.map(\.subject) == ["wages", "business income deducted"])
    }

    /// Singapore 2023 and 2025, State of the Union 2024: English dates a number by a time after it
    /// (`in 2026`, `from 2024 onwards`, `in January next year`, `by 2035`), but a time after a
    /// comparison (`over the number renovated last year`) dates what it is set against.
    @Test func aTimeAfterANumberDatesIt() {
        let budget = Self.speech(2023)
        let facts = Self.facts(
            [
                "I will increase the GSTV Cash quantum from $500 to $700 in 2023, and to a further $850 from 2024 onwards.",
                "So, all Singaporean households can look forward to another $300 of CDC vouchers in January next year.",
                "We have committed to reducing our emissions to between 45 and 50 million tonnes of carbon dioxide equivalent by 2035.",
            ], budget)
        #expect(facts.map(\.period?.first) == [2022, 2023, 2024, 2024, 2023])
        #expect(facts.last?.period?.last == 2035)
        #expect(facts.last?.role == .target)
        let renovated = Self.facts(
            ["We will renovate 3.66 million dilapidated rural houses, an increase of one million over the number renovated last year."],
            FactExtractor.Context(partRole: .plan, partYear: 2015, reportYear: 2015))
        #expect(renovated.map(\.period?.first) == [2015, 2015])
    }

    /// State of the Union 2022 and 2023, Singapore 2023: a span counted from the speech's year
    /// (`over the next 25 years`, `in the last two years`) is one of its years; a budget's `FY2023`
    /// is a year.
    @Test func spansCountedFromTheSpeechAndFinancialYearsDateNumbers() {
        let speech = Self.speech(2023)
        let facts = Self.facts(
            [
                "Our goal is to cut the cancer death rate by at least 50% over the next 25 years.",
                "In the last two years, my administration cut the deficit by more than $1.7 trillion — the largest deficit reduction in American history.",
                "For FY2023, I expect an overall slight deficit of $0.4 billion, or 0.1% of GDP.",
            ], speech)
        #expect(facts.map(\.period) == [
            Period(first: 2023, last: 2047), Period(first: 2021, last: 2022), Period(year: 2023), Period(year: 2023),
        ])
        #expect(facts.map(\.role) == [.target, .outcome, .target, .target])
    }

    /// Singapore 2023 and 2025: a sum named only by a common noun (`top-up`) is named by the named
    /// account or fund it goes to, or the named fund set up `with` it; an infinitive after `to` names none.
    @Test func aSumIsNamedByTheNamedAccountItGoesTo() {
        let facts = Self.facts(
            [
                "For households with children, I will provide each child aged six and below a top-up of $400 to their Child Development Account (CDA), and each older child a top-up of $300 to their Edusave account or Post-Secondary Education Account (PSEA).",
                "We will provide a $100 million top-up to the Cultural Matching Fund and extend it for five years until the end of FY2029.",
                "We have also set up a Coastal and Flood Protection Fund with an initial injection of $5 billion to support the construction of coastal and drainage infrastructure.",
            ], Self.speech(2025))
        #expect(facts.map(\.subject) == [
            "top-up to Child Development Account", "top-up to Edusave account", "top-up to Cultural Matching Fund",
            "initial injection for Coastal and Flood Protection Fund",
        ])
    }

    /// Singapore 2023: people a sum is `for` receive it; the sum is named by the scheme before it.
    @Test func peopleASumIsForDoNotNameIt() {
        let facts = Self.facts(
            [
                "I will increase the AP Cash by between $300 and $650 for eligible Singaporeans over the remaining years of the AP.",
                "I will provide additional support for seniors and extend a Cost-of-Living Seniors' Bonus of between $200 and $300 for eligible Singaporeans aged 55 and above.",
            ], Self.speech(2023))
        #expect(facts.map(\.subject) == ["AP Cash", "Cost-of-Living Seniors Bonus"])
    }

    /// Singapore 2023: what one case chosen to illustrate a measure gets is no fact; a sentence
    /// naming a kind of case (`For example, we provided $3 billion`) still gives one.
    @Test func aWorkedExampleGivesNoFacts() {
        let budget = Self.speech(2023)
        #expect(Self.facts(["For example, an elderly retired couple living in a 3-room HDB flat will receive $6,500 in 2023."], budget).isEmpty)
        #expect(Self.facts(["For example, we provided $3 billion in MediSave top-ups in December last year."], budget).count == 1)
    }

    /// Singapore 2023 and 2025: the bounds of a band of homes or people a measure reaches (`homes
    /// with annual values of above $13,000 and up to $21,000`) are no facts; a sum provided `with`
    /// is one.
    @Test func theBoundsOfWhomAMeasureReachesAreNoFacts() {
        let budget = Self.speech(2023)
        let band = Self.facts(
            ["For those residing in homes with annual values of above $13,000 and up to $21,000, I will increase the GSTV Cash quantum from $250 to $350 in 2023, and then to $450 from 2024 onwards."],
            budget)
        #expect(band.map(\.quantity.value) == [250, 350, 450])
        let provided = Self.facts(["We will provide the self-help groups with additional funding of $60 million over the next five years."], budget)
        #expect(provided.map(\.subject) == ["additional funding"])
    }

    /// Singapore 2023, National 2016: a clause opening on a preposition (`To date,`, `in turn,`) names
    /// nothing counted, so a number with no other name gives no fact; `Of the deficit,` names the whole,
    /// whose share each doer carries.
    @Test func anOpeningAdverbialNamesNothingCounted() {
        let facts = Self.facts(
            [
                "To date, we have committed $1 billion to this effort and invested in about 60 Singapore-based companies.",
                "Of the deficit, 1.4 trillion yuan will be carried by the central government, and the remaining 780 billion yuan will be carried by local governments.",
            ], Self.plan)
        #expect(facts.map(\.subject) == ["deficit carried by central government", "deficit carried by local governments"])
    }

    /// Singapore 2023: `between` before an interval stands after the verb that makes it a change
    /// (`increase … by between`).
    @Test func betweenKeepsTheChangeBeforeIt() {
        let facts = Self.facts(
            ["I will increase the AP Cash by between $300 and $650 for eligible Singaporeans over the remaining years of the AP."], Self.plan)
        #expect(facts.map(\.measure) == [.growth])
    }

    /// State of the Union 2022 and 2024: what the speaker wants, proposes or says it is time for is
    /// an aim of the year ahead, not a result of the year past.
    @Test func aSpeakersProposalsAreTargets() {
        let facts = Self.facts(
            [
                "And now I want to cap the cost of insulin at $35 a month for every American who needs it!",
                "It’s time to raise the corporate minimum tax to at least 21% so every big corporation finally begins to pay their fair share.",
                "That’s why I’ve proposed a minimum tax of 25% for billionaires.",
                "I’ve already cut the federal deficit by over one trillion dollars.",
            ],
            Self.speech(2024))
        #expect(facts.map(\.role) == [.target, .target, .target, .outcome])
        #expect(facts.map(\.period?.first) == [2024, 2024, 2024, 2023])
    }

    /// State of the Union 2020, 2022, 2023: `let's` and asking Congress propose too; a phrase that is
    /// only a name inside the sentence (a place, a body, a people) names nothing counted, while a
    /// programme's name, a coined name and a capital opening the sentence do (2017, 2022, 2024;
    /// Singapore 2023).
    @Test func proposalsAndBareNames() {
        let speech = Self.speech(2023)
        let proposed = Self.facts(
            [
                "Let’s cap the cost of insulin at $35 a month for every American who needs it.",
                "That is why I’m asking Congress to provide an additional $50 million to fund neonatal research for America’s youngest patients.",
            ], speech)
        #expect(proposed.map(\.role) == [.target, .target])
        let named = Self.facts(
            [
                "America has spent approximately six trillion dollars in the Middle East, all this while our infrastructure at home is crumbling.",
                "Among the states hardest hit, Ohio is down 22 percent, Pennsylvania is down 18 percent.",
                "That’s why the American Rescue Plan provided $350 Billion that cities, states, and counties can use.",
                "I will also top up the MediFund by $1.5 billion to strengthen the safety net.",
                "Inflation has dropped from 9% to 3%.",
            ], speech)
        #expect(named.map(\.subject) == ["American Rescue Plan", "MediFund", "Inflation", "Inflation"])
        // State of the Union 2022, 2023: a clause of time, or a past verb joined by `and`, is no name.
        let clauses = Self.facts(
            [
                "Just last year, 55 Fortune 500 corporations earned $40 billion in profits and paid zero dollars in federal income tax.",
                "For example, 30 million workers had to sign non-compete agreements when they took a job.",
            ], speech)
        #expect(clauses.isEmpty)
    }

    /// Singapore 2023: what people `can expect` from a measure is to come, in a speech with no review part.
    @Test func whatPeopleCanExpectIsATarget() {
        let facts = Self.facts(
            ["Eligible parents can expect up to $9,000 in payouts in the first 18 months of a child's life."],
            Self.speech(2023))
        #expect(facts.map(\.role) == [.target])
        #expect(facts.map(\.period?.first) == [2023])
    }

    /// Singapore 2025, State of the Union 2014: a leading `minimum` or `maximum` makes the number a
    /// floor or a cap on the thing named; a minimum wage is the name of a level a law sets.
    @Test func aMinimumOrMaximumBoundsTheThingNamed() {
        let facts = Self.facts(
            [
                "So, I will provide every active company that employed at least one local employee last year a minimum benefit of $2,000.",
                "The maximum grant will increase to $600 per month, from $400 today.",
                "Tom Harkin and George Miller have a bill to fix that by lifting the minimum wage to $10.10.",
            ], Self.speech(2025))
        #expect(facts.map(\.subject) == ["benefit", "grant", "grant", "minimum wage"])
        #expect(facts.map(\.quantity.qualifier) == [.notLessThan, .notMoreThan, .notMoreThan, nil])
    }

    /// A report of one part (a speech) with one paragraph of these sentences.
    private static func speech(_ sentences: [String], year: Int) -> Report {
        let paragraph = Paragraph(
            id: "p1", text: sentences.joined(separator: " "),
            sentences: sentences.enumerated().map { Sentence(id: "p1.s\($0 + 1)", text: $1, range: Self.range) }, range: Self.range)
        let speech = Section(id: "part1", kind: .part, title: "Budget", range: Self.range, paragraphs: [paragraph])
        return Report(
            metadata: ReportMetadata(year: year), encoding: .utf8,
            root: Section(id: "doc", kind: .document, title: "", range: Self.range, children: [speech]), diagnostics: [])
    }

    /// Singapore 2025: a sentence pointing back to say when what the one before gave starts dates it.
    @Test func aLaterStartNamedNextDatesTheSumBefore() {
        let report = Self.speech(
            [
                "I will provide $100 in credits for every child.", "More details will be shared next year.",
                // As the reader splits it: the annex note keeps the two sentences one.
                "We will therefore extend the training allowance to workers undergoing part-time training. [Please refer toAnnex D-1.] They can enjoy a fixed allowance of $300 per month to defray their learning expenses.",
                "And this part-time training allowance will be implemented early next year.",
            ], year: 2025)
        #expect(FactExtractor().facts(in: report).map(\.year) == [2025, 2026])
    }

    /// Singapore 2023 and 2025: a subject saying only what kind of sum it is belongs to the scheme or
    /// fund named before it in its paragraph; a plural of the scheme's kind sums several schemes.
    @Test func aBareKindOfSumBelongsToTheSchemeNamedBefore() {
        let budget = Self.speech(2025)
        let sentences = [
            "We will help workers who lose their jobs to get back on their feet through the SkillsFuture Jobseeker Support scheme, which will start from April this year.",
            "The scheme will provide financial support of up to $6,000 over six months, to give our workers assurance as they undergo training or search for jobs.",
        ]
        let report = Self.speech(sentences, year: 2025)
        #expect(FactExtractor().facts(in: report).map(\.subject) == ["financial support of SkillsFuture Jobseeker Support scheme"])
        let facts = Self.facts(
            [
                "Part of the monies that fund ComCare come from the investment income from the ComCare Endowment Fund. To ensure that the Fund is able to provide the necessary support, I will top up the Fund by $300 million.",
                "Together with the Enhanced CPF Housing Grant and the Proximity Housing Grant, eligible families can receive up to $190,000 in grants when buying a resale flat.",
            ], budget)
        #expect(facts.map(\.subject) == ["ComCare Endowment Fund", "grants"])
    }

    /// Singapore 2023, State of the Union 2014: a span after the thing a number names dates it; the
    /// span's own `over the` is no distance from the number.
    @Test func aSpanAfterTheThingNamedDatesTheNumber() {
        let facts = Self.facts(
            ["I will also provide a $10 million top-up to the Self-Help Groups over the next three years."],
            Self.speech(2023))
        #expect(facts.map(\.period) == [Period(first: 2023, last: 2025)])
        let speech = Self.facts(
            ["An entrepreneur did her part to add to the more than eight million new jobs our businesses have created over the past four years."],
            Self.speech(2014))
        #expect(speech.map(\.period) == [Period(first: 2010, last: 2013)])
    }

    /// Singapore 2023, State of the Union 2013: a number a comparison's `than` leads to is what
    /// something else is set against, and context; a `than` before a preposition compares something else.
    @Test func aNumberSetAgainstIsContext() {
        let facts = Self.facts(
            [
                "This is lower than the initial draw of $52 billion that the Government had sought the President's agreement for.",
                "But for children aged three to four years old residing in public rental flats, the preschool enrolment rate is 80%, lower than the national average of about 88%.",
                "As a result, we are more than halfway towards the goal of $4 trillion in deficit reduction that economists say we need to stabilize our finances.",
            ], Self.speech(2023))
        #expect(facts.map(\.quantity.value) == [80, 4])
    }

    /// Singapore 2025 and 2023: a sum a verb of being or setting leads to is the level of the thing
    /// before it for the class its `for` names, and so is the next sum of the list, which shares its
    /// cap; after another verb `for` names a purpose.
    @Test func aSumSetForAClassIsTheThingsLevel() {
        let facts = Self.facts(
            [
                "The fees will be capped at $610 for Anchor Operator centres and $650 for Partner Operator centres.",
                "I will increase these co-matching caps by $1,000 each, to $4,000 for the first child and $7,000 for the second child.",
                "To support this, I will set aside up to $150 million for a new Enterprise Compute Initiative.",
                "From next month, individuals can apply for a training allowance of up to $3,000 per month for selected full-time courses.",
            ], Self.speech(2025))
        #expect(facts.prefix(2).map(\.quantity.qualifier) == [.notMoreThan, .notMoreThan])
        #expect(
            facts.map(\.subject) == [
                "fees for Anchor Operator centres", "fees for Partner Operator centres", "co-matching caps",
                "co-matching caps for first child", "co-matching caps for second child", "new Enterprise Compute Initiative",
                "training allowance for selected full-time courses",
            ])
    }

    /// Singapore 2025: an acronym in brackets goes on the name it stands in.
    @Test func anAcronymInBracketsGoesOnTheName() {
        let facts = Self.facts(
            ["First, I will provide $800 in Community Development Council (CDC) Vouchers to every Singaporean household."],
            Self.speech(2025))
        #expect(facts.map(\.subject) == ["Community Development Council CDC Vouchers"])
    }

    /// Singapore 2023 and 2025: a time (`this year`, `every six months`) or a subordinate clause (`if …`)
    /// ends the noun phrase after a sum; `as well as` names nothing, so the sum goes on about the one before.
    @Test func aTimeOrASubordinateClauseEndsAPhrase() {
        let facts = Self.facts(
            [
                "In total, eligible households can expect to receive up to $760 in U-Save Rebates this year.",
                "Eligible parents can expect up to $9,000 in payouts in the first 18 months of a child's life, as well as $400 every six months starting from when the child is two until the child turns six-and-a-half years old.",
                "For example, families can receive up to $30,000 in CPF top-ups if the adults sustain employment and do their part to save up for a home.",
            ], Self.speech(2023))
        #expect(facts.map(\.subject) == ["U-Save Rebates", "payouts", "payouts", "CPF top-ups"])
    }

    /// Singapore 2023 and 2025: `worth of` and `via` link a sum to what it is in or goes through.
    @Test func worthOfAndViaLinkASumToItsName() {
        let facts = Self.facts(
            [
                "Given the positive outcomes, I will set aside an additional $150 million via the SME Co-Investment Fund.",
                "We will further enhance the programme by providing an additional $100 worth of Climate Vouchers to HDB households.",
            ], Self.speech(2023))
        #expect(facts.map(\.subject) == ["SME Co-Investment Fund", "Climate Vouchers"])
    }

    /// Singapore 2023 and 2025: a verb taking a sum itself (`set aside`, `allocate`) names nothing; such a
    /// sum given to a scheme its paragraph named, pointed back to by its head, is the scheme's.
    @Test func aVerbTakingASumNamesNothing() {
        let report = Self.speech(
            [
                "In last year's Budget, I introduced the Singapore Global Enterprises (SGE) initiative to provide such companies with more dedicated and customised support.",
                "I will now set aside $1 billion to provide a further boost to this initiative.",
                "We will also allocate up to $1 billion over the next 20 to 30 years to upgrade ageing hawker centres and to build new centres.",
            ], year: 2023)
        #expect(FactExtractor().facts(in: report).map(\.subject) == ["Singapore Global Enterprises initiative"])
    }

    /// Singapore 2025: an income that qualifies someone for a measure says whom it reaches, and is no
    /// fact; a sum qualifying for a deduction is a limit of the measure and stays.
    @Test func aQualifyingIncomeSaysWhoQualifies() {
        let facts = Self.facts(
            [
                "We will also raise the maximum qualifying per capita household income for the Home Caregiving Grant to $4,800, so that more caregivers receive support.",
                "The qualifying expenditure will be capped at $400,000 for each activity.",
            ], Self.speech(2025))
        #expect(facts.map(\.quantity.value) == [400000])
    }

    /// National 2015 and 2018: what a clause's `its` or `their` owns is its subject's, when the two
    /// agree in number; an `its` opening the clause points further back.
    @Test func aPossessiveOwnerNarrowsTheThingOwned() {
        let facts = Self.facts(
            [
                "This year, the central government will increase its budgetary investment to 477.6 billion yuan.",
                "China’s gross domestic product (GDP) has risen from 54 trillion to 82.7 trillion yuan, registering average annual growth of 7.1 percent; and its share in the global economy has grown to roughly 15 percent, up from 11.4 percent.",
            ], Self.plan)
        #expect(facts.first?.subject == "budgetary investment of central government")
        #expect(facts.last?.subject == "share in the global economy")
    }

    /// Singapore 2023: the bounds of a band (`in excess of $1.5 million and up to $3 million`) are no
    /// facts; the rate on the band is named by the value and the band, and `that in excess of` is a band
    /// of the value named before.
    @Test func aRateOnABandIsNamedByTheBand() {
        let facts = Self.facts(
            ["For residential properties, the portion of the value of the property in excess of $1.5 million and up to $3 million would be taxed at 5%; while that in excess of $3 million would be taxed at 6%, up from the current rate of 4%."],
            Self.speech(2023))
        #expect(
            facts.prefix(2).map(\.subject) == [
                "portion of the value of the property in excess of $1.5 million and up to $3 million",
                "portion of the value of the property in excess of $3 million",
            ])
        #expect(facts.map(\.quantity.unit) == ["%", "%", "%"])
        // A proposed rule stated conditionally (`would be taxed`) is aimed at; the rate in force is the year before's.
        #expect(facts.map(\.role) == [.target, .target, .outcome])
        #expect(facts.map(\.year) == [2023, 2023, 2022])
    }

    /// Singapore 2023: an en dash set between spaces breaks a clause as a comma does.
    @Test func aSpacedEnDashBreaksAClause() {
        let facts = Self.facts(
            ["Indeed, this was what happened last year – real incomes grew by 2.0% for the median worker."],
            Self.speech(2023))
        #expect(facts.map(\.subject) == ["real incomes"])
    }

    /// Singapore 2023: a comparative after `and by` only sets the second number against the first, which
    /// changes the same thing.
    @Test func aComparativeAfterAndByKeepsTheVerb() {
        let facts = Self.facts(
            ["Indeed, this was what happened last year – real incomes grew by 2.0% for the median worker and by a higher 4.7% for a worker in the 20th percentile."],
            Self.speech(2023))
        #expect(facts.map(\.subject) == ["real incomes", "real incomes"])
        #expect(facts.map(\.measure) == [.growth, .growth])
    }

    /// Singapore 2025: `another` is a determiner, so a verb in `-ed` before it is no part of the name;
    /// what the rebate is `for` narrows it, and its cap too.
    @Test func anotherOpensTheObjectOfAVerb() {
        let facts = Self.facts(
            ["In November last year, we announced another rebate of up to 20% for owner-occupied residential properties in 2025, capped at $1,000."],
            Self.speech(2025))
        #expect(facts.map(\.subject) == ["rebate for owner-occupied residential properties", "rebate for owner-occupied residential properties"])
    }

    /// Singapore 2025: what starts next month is aimed at in the speech's year.
    @Test func whatStartsNextMonthIsATargetOfTheYear() {
        let facts = Self.facts(
            ["From next month, individuals can apply for a training allowance of up to $3,000 per month for selected full-time courses."],
            Self.speech(2025))
        #expect(facts.map(\.role) == [.target])
        #expect(facts.map(\.year) == [2025])
    }

    /// Singapore 2023: what a number replaces (`instead of $8,000`) is where it started, the year before.
    @Test func whatANumberReplacesIsTheYearBefores() {
        let facts = Self.facts(
            ["Eligible first- and second-born children will receive $11,000 instead of $8,000."],
            Self.speech(2023))
        #expect(facts.map(\.role) == [.target, .outcome])
        #expect(facts.map(\.year) == [2023, 2022])
    }

    /// Singapore 2025: people a sum goes to name whom it is for; the scheme their paragraph named is
    /// what the sum is.
    @Test func peopleReceivingASumNameWhomTheSchemeIsFor() {
        let report = Self.speech(
            [
                "Second, I will provide additional U-Save rebates to help households cope with their utilities expenses.",
                "Eligible Housing and Development Board (HDB) households will receive up to $760 this financial year.",
            ], year: 2025)
        #expect(FactExtractor().facts(in: report).map(\.subject) == ["U-Save rebates for Eligible Housing and Development Board HDB households"])
    }

    /// Singapore 2023: whom a sum is for narrows what it is in.
    @Test func whomASumIsForNarrowsWhatItIsIn() {
        let facts = Self.facts(
            [
                "With this change, eligible working mothers in the future will claim the same amount of tax relief for a child in the same child order: $8,000 in tax relief for her first child, $10,000 for her second child and $12,000 each for her third and subsequent child.",
            ], Self.speech(2023))
        #expect(
            facts.map(\.subject) == [
                "tax relief for her first child", "tax relief for her second child", "tax relief for her third and subsequent child",
            ])
        // Whom a bare kind of sum is for stays after the scheme it belongs to.
        #expect(
            EnglishNounPhrase.ofScheme("financial support for workers", named: "SkillsFuture Jobseeker Support scheme")
                == "financial support of SkillsFuture Jobseeker Support scheme for workers")
    }

    /// Singapore 2025 and 2023: where a change started, after how often (`per month, from $400 today`)
    /// or as the rate in force (`up from the current rate of 4%`), is the year before's, of the same
    /// thing and measure.
    @Test func whereAChangeStartedAfterItsRateOrTheRateInForce() {
        let context = Self.speech(2025)
        let grant = Self.facts(["The maximum grant will increase to $600 per month, from $400 today."], context)
        #expect(grant.map(\.role) == [.target, .outcome])
        #expect(grant.map(\.year) == [2025, 2024])
        let tax = Self.facts(["The portion in excess of $3 million would be taxed at 6%, up from the current rate of 4%."], context)
        #expect(tax.last?.subject == tax.first?.subject)
        #expect(tax.map(\.measure) == [.rate, .rate])
    }

    /// State of the Union 2024 and 2023: a question asks and reports nothing, and what things of a kind
    /// can cost illustrates the cap set on them; only the cap is a fact.
    @Test func aQuestionOrWhatThingsMayCostIsNoFact() {
        let context = Self.speech(2024)
        #expect(Self.facts(["Do you really think the wealthy and big corporations need another $2 trillion in tax breaks?"], context).isEmpty)
        let cap = Self.facts(
            ["Starting next year that same law caps total prescription drug costs for seniors on Medicare at $2,000 a year even for expensive cancer drugs that can cost $10,000, $12,000, $15,000 a year."],
            context)
        #expect(cap.map(\.quantity.value) == [2000])
        let capped = Self.facts(
            ["This law also caps out-of-pocket drug costs for seniors on Medicare at a maximum $2,000 per year when there are in fact many drugs, like expensive cancer drugs, that can cost up to $10,000, $12,000, and $14,000 a year."],
            Self.speech(2023))
        #expect(capped.map(\.quantity.value) == [2000])
    }

    /// State of the Union 2024 and 2020: `in just three years` is a span looked back on from the speech.
    @Test func aSpanStressedAsShortIsLookedBackOn() {
        let facts = Self.facts(["15 million new jobs in just three years – that’s a record!"], Self.speech(2024))
        #expect(facts.map(\.period) == [Period(first: 2021, last: 2023)])
    }

    /// State of the Union 2024 and 2022, national 2016: a verb with its object or its doer (`that save`,
    /// `to replace outstanding debt`, `Pass my plan`, `Many families pay`) names nothing counted, so its
    /// number gives no fact; a clause after `ensure that` keeps its own subject.
    @Test func aVerbWithItsObjectIsNoSubject() {
        let speech = Self.speech(2024)
        #expect(
            Self.facts(
                [
                    "I enacted tax credits that save $800 per person per year reducing health care premiums for millions of working families.",
                    "Pass my plan for $12 Billion to transform women’s health research and benefit millions of lives across America!",
                    "I’m saving American families $20 billion a year with all of the junk fees I’m eliminating.",
                    "Many families pay up to $14,000 a year for child care per child.",
                ], speech
            ).isEmpty)
        let bonds = Self.facts(
            ["Local government bonds issued to replace outstanding debt reached 3.2 trillion yuan, lessening the interest payment burden of local governments by approximately 200 billion yuan while also reducing their debt repayment pressure."],
            Self.review)
        #expect(!bonds.map(\.subject).contains("replace outstanding debt"))
        let emissions = Self.facts(
            ["This year, we will see that sulfur dioxide and nitrogen oxide emissions are both cut by 3 percent and that fine particulate matter (PM2.5) density in key areas falls markedly."],
            Self.plan)
        #expect(emissions.first?.subject == "sulfur dioxide and nitrogen oxide emissions")
    }

    /// National 2016, State of the Union 2024: a sum of things (`US$126.3 billion of overseas investment`)
    /// is named by what the verb before it did to them, as a count is, past a stressing `a record`.
    @Test func aSumOfThingsKeepsTheDeedBeforeIt() {
        let investment = Self.facts(["China utilized US$126.3 billion of overseas investment, an increase of 5.6%."], Self.review)
        #expect(investment.map(\.subject) == ["overseas investment utilized by China", "overseas investment utilized by China"])
        let homes = Self.facts(
            ["I’ve cut red tape so more builders can get federal financing, which is already helping build a record 1.7 million housing units nationwide."],
            Self.speech(2024))
        #expect(homes.map(\.subject) == ["housing units nationwide built"])
    }

    /// National 2016 and 2018, Singapore 2024: in a review of several years, a level passed (`exceeded`),
    /// reached by a change (`doubled to`) or holding `now`, and a part of a level (`of which`), are the
    /// last year's; what was done over the years keeps the span.
    @Test func aLevelPassedInAReviewIsTheLastYears() {
        let review = FactExtractor.Context(partRole: .review, reportYear: 2016, period: Period(first: 2011, last: 2015))
        func periods(_ sentence: String) -> [Period?] { Self.facts([sentence], review).map(\.period) }
        let last = Period(year: 2015)
        #expect(periods("The length of expressways open to traffic exceeded 120,000 kilometers, the eastern and middle routes of the South-to-North Water Diversion Project were put into operation.") == [last])
        #expect(periods("The length of railways in service reached 121,000 kilometers, of which more than 19,000 kilometers are high-speed rail lines-more than 60% of the world's total.").prefix(2) == [last, last])
        #expect(periods("Social old-age pension schemes now cover more than 900 million people.") == [last])
        #expect(periods("Over 64 million urban jobs were created.") == [Period(first: 2011, last: 2015)])
    }

    /// National 2016, 2015 and 2018, State of the Union 2013: what one unit is worth, how many people a
    /// country has, and a target's rate named to argue for it are no facts.
    @Test func aUnitsWorthAPopulationOrAnArgumentIsNoFact() {
        let sentences = [
            "Every percentage point of GDP growth today is equivalent to 1.5 percentage points of growth five years ago or 2.5 percentage points of growth ten years ago.",
            "Every dollar we invested to map the human genome returned $140 to our economy -- every dollar.",
            "A workforce of over 900 million, of whom over 100 million have received higher education or are professionally trained: this is our greatest resource and strength.",
            "In setting a projected growth rate of between 6.5% and 7%, we have taken into consideration the need to finish building a moderately prosperous society in all respects and the need to advance structural reform.",
            "Given our economic fundamentals and capacity for job creation, GDP growth of around 6.5 percent will enable us to achieve relatively full employment.",
        ]
        #expect(Self.facts(sentences, Self.plan).isEmpty)
    }

    /// State of the Union 2024 and 2020: what a speaker says of a predecessor's time is no fact of the
    /// speech's; a number set against it after a dash keeps its own.
    @Test func aPredecessorsTimeIsNoFact() {
        let context = Self.speech(2024)
        #expect(
            Self.facts(
                [
                    "The last administration enacted a $2 Trillion tax cut that overwhelmingly benefits the very wealthy and the biggest corporations and exploded the federal deficit.",
                    "The year before I took office, murders went up 30% nationwide the biggest increase in history.",
                ], context
            ).isEmpty)
        let jobs = Self.facts(
            ["Since my election, we have created 7 million new jobs—5 million more than government experts projected during the previous administration."],
            Self.speech(2020))
        #expect(jobs.first?.quantity.value == 7)
    }

    /// State of the Union 2024 and 2023: whom a sum goes to (`save taxpayers`, `give Americans`) does not
    /// name it, and what jobs pay describes them; neither gives a fact.
    @Test func whomASumGoesToOrWhatJobsPayIsNoFact() {
        let context = Self.speech(2024)
        #expect(
            Self.facts(
                [
                    "That will not only save lives it will save taxpayers another $200 Billion!",
                    "Creating tens of thousands of jobs many of them paying over $100,000 a year and don’t require a college degree.",
                    "Jobs paying $130,000 a year, and many don’t require a college degree.",
                ], context
            ).isEmpty)
    }

    /// State of the Union 2024, Singapore 2024, national 2016: whom a thing set `of` a number is `for`
    /// narrows it, but not how long (`for as long as they work`); a sentence opening on the areas it
    /// speaks of narrows its counts to them.
    @Test func aScopeAfterTheNumberOrOpeningTheSentenceNarrowsTheSubject() {
        let speech = Self.speech(2024)
        #expect(Self.facts(["That’s why I’ve proposed a minimum tax of 25% for billionaires."], speech).map(\.subject) == ["minimum tax for billionaires"])
        #expect(
            Self.facts(["They will receive a yearly bonus of up to $1,000 for as long as they work, with more going to those who earn lower incomes."], speech)
                .allSatisfy { !$0.subject.hasSuffix("for long") })
        let rural = Self.facts(
            ["In rural areas, another 64.34 million people gained access to safe drinking water and greater alleviation efforts reduced the number of people living in poverty by 14.42 million."],
            Self.review)
        #expect(rural.map(\.subject) == ["people gained access to safe drinking water in rural areas", "people living in poverty in rural areas"])
    }

    /// National 2016 and 2015: a deed named by its noun (`the rebuilding of`) is done to the things
    /// its `of` counts; work begun on them (`work started on the reconstruction of`, `Construction began
    /// on`) says only that it started; where the things are stands before their passive.
    @Test func aDeedNamedByItsNounStaysInTheName() {
        let started = Self.facts(
            ["Over the course of the year, 7.72 million government-subsidized housing units were basically completed in urban areas, work started on the reconstruction of 6.01 million housing units in rundown urban areas, and 4.32 million dilapidated houses in rural areas were rebuilt, helping large numbers of families that are struggling with housing realize their dream of having a home to settle in."],
            Self.review)
        #expect(started.map(\.subject).suffix(2) == ["housing units in rundown urban areas with reconstruction started", "dilapidated houses in rural areas rebuilt"])
        let planned = Self.facts(
            [
                "We should improve systems of government housing support, which should include the rebuilding of 20 million housing units in rundown urban areas.",
                "Construction will begin on at least 2,000 kilometers of utility tunnels.",
            ], Self.plan)
        #expect(planned.map(\.subject) == ["housing units in rundown urban areas rebuilt", "utility tunnels with construction started"])
    }

    /// National 2016: amounts a sentence opening on a cut lists after `included` are falls of what the
    /// cut was made in, not stocks of the things.
    @Test func partsACutIncludedAreFallsOfWhatItWasMadeIn() {
        let facts = Self.facts(
            ["Cuts made in outdated production capacity over the past three years have included over 90 million metric tons of steel and iron, 230 million metric tons of cement, over 76 million weight cases of plate glass, and more than 1 million metric tons of electrolytic aluminum."],
            Self.review)
        #expect(facts.first?.subject == "outdated production capacity of steel and iron")
        #expect(facts.map(\.quantity.value).prefix(2) == [-90, -230])
    }

    /// State of the Union 2024: a verb of cutting before an indicator's article and qualifier makes the
    /// number after it a fall, with no `by`.
    @Test func aCutThroughAnArticleIsAFall() {
        let facts = Self.facts(
            ["And now it’s my goal to cut the federal deficit $3 trillion more by making big corporations and the very wealthy finally pay their fair share."],
            Self.speech(2024))
        #expect(facts.map(\.quantity.value) == [-3])
        #expect(facts.map(\.measure) == [.growth])
    }

    /// State of the Union 2024 and 2023, Singapore 2023: a name before `pay` says who pays, not what the
    /// sum is, so it gives no fact.
    @Test func aPayerNamesNoSum() {
        let context = Self.speech(2024)
        #expect(
            Self.facts(
                [
                    "Instead of paying $400 a month for insulin seniors with diabetes only have to pay $35 a month!",
                    "But now, because of the law I signed, billion-dollar companies have to pay a minimum of 15%.",
                    "Lower-income families now pay as little as $3 a month for full-day childcare in an Anchor Operator preschool.",
                ], context
            ).isEmpty)
    }
}
