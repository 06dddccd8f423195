import Foundation
import ReportExport
import ReportModel
import ReportParsing
import Testing

@testable import ReportComparison

/// Small reports built from real sentences: periods, `分别` lists, baselines, gap years.
@Suite("Scorecard periods, lists, baselines and gaps")
struct ScorecardPeriodTests {
    static func report(_ text: String, year: Int) throws -> Report {
        try Report(
            parsing: Data(text.utf8), format: .text, defaults: ReportMetadata(issuer: "cn-national", year: year)
        )
    }

    /// From the 2016 national report: the 十三五 jobs total and this year's jobs target.
    static let national2016 = """
        政府工作报告
        一、2015年工作回顾
        城镇新增就业1312万人，超过全年预期目标。
        二、“十三五”时期主要目标任务和重大举措
        实现城镇新增就业5000万人以上。
        三、2016年重点工作
        今年发展的主要预期目标是：
        国内生产总值增长6.5%－7%，居民消费价格涨幅3%左右，城镇新增就业1000万人以上，城镇登记失业率4.5%以内。
        """

    @Test func fiveYearAndAnnualTargetsAreTwoRowsOfDifferentPeriods() throws {
        let report = try Self.report(Self.national2016, year: 2016)
        let jobs = FactExtractor().facts(in: report).filter { $0.indicator == "urban_new_jobs" && $0.role == .target }
        #expect(jobs.map(\.quantity.shortText) == ["5000万人以上", "1000万人以上"])
        #expect(jobs.map(\.period) == [Period(first: 2016, last: 2020), Period(year: 2016)])
        #expect(jobs.map(\.isHeadline) == [false, true])
        let fiveYear = """
            政府工作报告
            一、“十三五”时期工作回顾
            “十三五”时期，城镇新增就业超过6000万人。
            二、2021年重点工作
            今年发展主要预期目标是：城镇新增就业1100万人以上。
            """
        let later = try Self.report(fiveYear, year: 2021)
        let rows = Scorecard(reports: [report, later].map { $0.withFacts() }).rows.filter { $0.indicator == "urban_new_jobs" }
        let annual = try #require(rows.first { $0.period == Period(year: 2016) })
        #expect(annual.nextTarget == nil || annual.nextTarget?.quantity.shortText == "1100万人以上")
        #expect(annual.target?.quantity.shortText == "1000万人以上" && annual.isHeadline)
        let period = try #require(rows.first { $0.period == Period(first: 2016, last: 2020) })
        #expect(period.target?.quantity.shortText == "5000万人以上")
        #expect(period.outcome?.quantity.shortText == "6000万人超过")
        #expect(period.verdict == .met && period.change == nil)
        let text = Scorecard(reports: [report, later].map { $0.withFacts() }).text()
        #expect(text.contains("five-year periods:\n城镇新增就业"))
    }

    @Test func respectivelyGivesEachValueToItsItem() throws {
        let text = """
            政府工作报告
            一、2025年政府工作任务
            居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2025))
        #expect(facts.map(\.subject) == ["居民医保人均财政补助标准", "基本公共卫生服务经费人均财政补助标准"])
        #expect(facts.map(\.quantity.shortText) == ["30元", "5元"])
        #expect(facts.allSatisfy { $0.role == .target && $0.year == 2025 })
    }

    @Test func fromXToYMakesXABaseline() throws {
        let text = """
            政府工作报告
            一、“十四五”时期工作回顾
            地区生产总值从11.37万亿元提高到14.58万亿元，人均地区生产总值从9万元提高到11万元。
            二、2026年工作安排
            地区生产总值增长4.5%—5%。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2026))
        let gdp = facts.filter { $0.subject == "地区生产总值" }
        #expect(gdp.map(\.quantity.shortText) == ["11.37万亿元", "14.58万亿元", "4.5—5%"])
        #expect(gdp.map(\.role) == [.outcome, .outcome, .target])
        // A level reached at the end of a review of five years is the level of its last year.
        #expect(gdp.map(\.period) == [Period(year: 2020), Period(year: 2025), Period(year: 2026)])
        #expect(facts.filter { $0.subject == "人均地区生产总值" }.map(\.quantity.shortText) == ["9万元", "11万元"])
    }

    /// Guangdong and Sichuan 2026: in a review of five years a share or a mark passed is where the
    /// span ended; a running total and a level held all along speak of the whole span.
    @Test func sharesAndMarksPassedInAFiveYearReviewAreOfItsLastYear() throws {
        let text = """
            政府工作报告
            一、“十四五”时期工作回顾
            职工医保参保人数突破5100万。核电装机规模占全国25.8%。全省空气优良天数率稳定在90%左右。累计新增就业超700万人。
            进出口总额接连突破8万亿元、9万亿元。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2026))
        let span = Period(first: 2021, last: 2025)
        #expect(facts.map(\.period) == [Period(year: 2025), Period(year: 2025), span, span, span, Period(year: 2025)])
    }

    /// National 2016 and 2018, Sichuan 2026: in a review of several years the level of a stock (a
    /// length in service, a coverage, a balance) is where the span ended; a level that stayed so
    /// all along speaks of the whole span; of marks a stock passed one after another, the last is
    /// where it ended.
    @Test func stocksInAFiveYearReviewAreOfItsLastYear() throws {
        let text = """
            政府工作报告
            一、过去五年工作回顾
            高速公路通车里程超过12万公里。社会养老保险覆盖9亿多人。全省贷款余额13万亿元。
            财政性教育经费占国内生产总值比例持续超过4%。经济总量连续迈上4万亿、5万亿两个台阶。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2018))
        let span = Period(first: 2013, last: 2017)
        #expect(facts.map(\.period) == [Period(year: 2017), Period(year: 2017), Period(year: 2017), span, Period(year: 2017)])
    }

    @Test func thresholdsAreNoFacts() throws {
        let text = """
            政府工作报告
            一、2017年重点工作
            扩大小微企业享受减半征收所得税优惠的范围，年应纳税所得额上限由30万元提高到50万元。
            """
        #expect(FactExtractor().facts(in: try Self.report(text, year: 2017)).isEmpty)
    }

    @Test func aBaselineDatedByItsYearKeepsTheSubject() throws {
        let text = """
            政府工作报告
            一、“十四五”时期工作回顾
            人均GDP从2020年的5.2万元提高到2025年的7.4万元。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2026))
        #expect(facts.map(\.subject) == ["人均GDP", "人均GDP"])
        #expect(facts.map(\.period) == [Period(year: 2020), Period(year: 2025)])
        #expect(facts.allSatisfy { $0.role == .outcome })
    }

    @Test func aListSetAgainstAnEarlierTimeTakesItsItemsFromBefore() throws {
        let text = """
            政府工作报告
            一、“十四五”时期工作回顾
            新建改造城市道路4767公里，更新改造地下管网1.8万公里，较“十三五”时期分别增长4.8%、50%。
            累计使用外资比“十三五”时期增长71%。
            二、2025年工作回顾
            事故起数、死亡人数同比分别下降12.04%、11.56%。
            全年GDP增长4%，快于2024年1.8个百分点，投资、消费增速分别快于全国3.4个、1个百分点。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2026))
        #expect(
            facts.map(\.subject) == [
                "新建改造城市道路", "更新改造地下管网", "新建改造城市道路", "更新改造地下管网", "累计使用外资", "事故起数", "事故死亡人数",
                "GDP",
            ])
        #expect(
            facts.map(\.quantity.shortText) == [
                "4767公里", "1.8万公里", "4.8%", "50%", "71%", "-12.04%", "-11.56%", "4%",
            ])
    }

    @Test func attributesNamesAndRanksAreNoFacts() throws {
        let text = """
            政府工作报告
            一、2025年工作回顾
            总投资超500亿元的晋北采煤沉陷区新能源基地加快建设。
            特殊教育学校覆盖20万人口以上的县。
            寿阳七元500万吨智能化矿井联合试运转。
            出台稳增长“21条”“18条”等政策，务实办好西博会、项目签约3543亿元。
            新增ESI全球前1‰学科1个、前1%学科24个。
            经济总量超千亿元的县域达12个。
            13个县被命名为国家生态文明建设示范区，我省在全国占比超过10%的有44种。
            谋划9条技术路径，制定出台20条具体举措。
            二、2026年工作安排
            重点做好以下10个方面工作：
            选择11个左右的县探索片区化推进乡村振兴。
            名词解释
            稳增长“21”条：2025年4月1日，省政府办公厅印发《若干政策措施》，从4个方面提出21条措施。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2026))
        #expect(facts.map(\.quantity.shortText) == ["3543亿元", "1个", "24个", "12个", "13个", "44种", "11个左右"])
        #expect(facts[4].subject == "被命名为国家生态文明建设示范区的县")
        #expect(facts[3].subject == "经济总量超千亿元的县域" && facts[3].indicator == nil)
        #expect(facts.last?.role == .target && facts.last?.year == 2026)
    }

    @Test func modalsStartingPointsAndBareTotalsAreNoSubjects() throws {
        let text = """
            政府工作报告
            一、2018年工作回顾
            国内生产总值增长6.6%，总量突破90万亿元。
            工业企业利润由上年下降2.3%转为增长8.5%。
            全社会研发经费支出与国内生产总值之比达到2.08%。
            我国是一个有13亿多人口的发展中大国。
            近三年淘汰落后炼钢炼铁产能9000多万吨。
            广义货币M2增长11.3%，低于13%左右的预期目标。
            经营主体净增98万户，水利投资连续两年超1000亿元。
            二、2019年政府工作任务
            城镇新增就业预期目标比去年多100万人。
            今年要再压减钢铁产能5000万吨左右，新建改建农村公路20万公里。
            城乡居民医保财政补助由每人每年420元提高到450元。
            全员劳动生产率从人均8.7万元提高到12万元以上。
            深化增值税改革，将制造业等行业现行16%的税率降至13%。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2019))
        let rates = facts.filter { $0.subject == "制造业等行业税率" }
        #expect(rates.map(\.quantity.shortText) == ["16%", "13%"] && rates.map(\.role) == [.outcome, .target])
        #expect(
            facts.map(\.subject) == [
                "国内生产总值", "国内生产总值", "工业企业利润", "工业企业利润", "全社会研发经费支出与国内生产总值之比",
                "落后炼钢炼铁产能", "广义货币M2", "广义货币M2", "经营主体", "水利投资", "城镇新增就业", "钢铁产能", "新建改建农村公路",
                "城乡居民医保财政补助", "城乡居民医保财政补助", "全员劳动生产率", "全员劳动生产率", "制造业等行业税率",
                "制造业等行业税率",
            ])
        #expect(facts[4].indicator == nil)
        #expect(facts[5].period == Period(first: 2016, last: 2018) && facts[5].quantity.shortText == "-9000万吨多")
        #expect(facts[7].role == .target && facts[7].year == 2018)
        #expect(facts[10].measure == .growth && facts[10].quantity.shortText == "100万人")
    }

    @Test func englishWillAimsAtTheYearAhead() throws {
        let text = """
            State of the Union
            In the last two years, my administration cut the deficit by more than $1.7 trillion.
            My plan will lower the deficit by $2 trillion.
            Willow Street got 3 million dollars.
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2023))
        #expect(facts.map(\.role) == [.outcome, .target, .outcome])
        #expect(facts[1].indicator == "deficit" && facts[1].year == 2023)
    }

    /// Sentences of the official translations (2015, 2017, 2019): the subject is the noun phrase the
    /// number belongs to, never the verb before it, its unit or the year; how many people the country
    /// has is no fact.
    @Test func englishSubjectsAreNounPhrases() throws {
        let text = """
            Report on the Work of the Government
            The number of people living in poverty in rural areas was reduced by 12.4 million.
            Over 5.5 million kilometers of optical fiber cables were added.
            We saw a 5.6-percent decline in sulfur dioxide emissions.
            The value created by the service sector rose to 51.6 percent of GDP.
            Over the year, steel production capacity was cut by more than 65 million metric tons and coal by over 290 million metric tons.
            This year, 2.15 trillion yuan of special local government bonds will be issued, an 800 billion yuan increase on last year.
            The length of high-speed railways reached 16,000 kilometers, accounting for more than 60% of the world's total.
            China has a population of 1.3 billion and a workforce of 900 million.
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2017))
        #expect(facts.map(\.subject) == [
            "people living in poverty in rural areas", "optical fiber cables added", "sulfur dioxide emissions",
            "value created by the service sector", "steel production capacity", "coal production capacity", "special local government bonds issued",
            "special local government bonds issued", "length of high-speed railways", "length of high-speed railways",
        ])
        #expect(facts[4].quantity.value == -65 && facts[4].quantity.unit == "million metric tons")
    }

    /// A share that opens its clause is a share of the noun after it, named by what the clause
    /// says of it (`…占比`); a bound before a list of bare numbers holds for each.
    @Test func sharesOpeningTheirClauseAndBoundsSharedByAList() throws {
        let text = """
            政府工作报告
            一、2025年工作回顾
            基层医疗能力提升，80%乡镇卫生院实现远程诊疗，95%以上纳入医保管理。
            水、气质量达标率分别超96%和92%。
            提请审议地方性法规草案5件，出台政府规章3部，办理人大代表建议600件、政协提案500件。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2026))
        #expect(facts.first?.subject == "实现远程诊疗的乡镇卫生院占比")
        #expect(facts.dropFirst().first?.subject.contains("乡镇卫生院") == true)
        #expect(facts.map(\.quantity.shortText).suffix(2) == ["96%超过", "92%超过"], "papers the government handles are no facts")
    }

    /// Short names listed with `、` before a number share it; a level passed after a change is a
    /// level; counts of reform tasks and of the year's livelihood projects are no facts; a measure
    /// of the firms just counted is theirs, as is a bare measure listed after another of theirs.
    @Test func listedNamesShareANumberAndALevelPassedIsALevel() throws {
        let text = """
            政府工作报告
            一、2025年工作回顾
            完成燃气、排水、供水管网改造500公里。
            铁路运营里程新增800公里、突破6000公里。
            持续抓好20项引领性改革和200项改革任务，办好十件民生实事。
            科创板上市公司达300家、总市值超9000亿元。
            全省国有企业资产总额增长10%，营业收入、利润分别增长8%、6%。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2026))
        #expect(facts.map(\.subject) == [
            "燃气、排水、供水管网改造", "铁路运营里程", "铁路运营里程", "科创板上市公司", "科创板上市公司总市值",
            "国有企业资产总额", "国有企业营业收入", "国有企业利润",
        ])
        #expect(facts.map(\.measure) == [.level, .growth, .level, .level, .level, .growth, .growth, .growth])
    }

    /// A verb of cutting before its object makes the number after the object a fall and leaves
    /// the object as the subject, also for a list item after it; a level stepped onto is passed, and
    /// of levels stepped onto in turn only the last says where the thing stands.
    @Test func cutsBeforeTheirObjectAndLevelsSteppedOnto() throws {
        let text = """
            政府工作报告
            一、2025年工作回顾
            平均压减办理时间40%、申报材料35%。
            全年降低企业用电成本约300亿元。
            建设用地规模减量约20平方公里，会议数量精简三成。
            地区生产总值连续迈上3万亿、4万亿两个台阶。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2026))
        #expect(facts.map(\.subject) == ["办理时间", "申报材料", "企业用电成本", "建设用地规模", "会议数量", "地区生产总值"])
        #expect(facts.map(\.quantity.shortText) == ["-40%", "-35%", "-300亿元约", "-20平方公里约", "-3成", "4万亿突破"])
    }

    /// `increased 21 percent`, `has grown at an average annual rate of`, `a 40% increase in` are
    /// changes; `registering average annual growth of` restates the change before it; `Both` opens
    /// no subject, and `per unit of GDP` stays whole.
    @Test func englishChangesNamedByTheirVerbOrNoun() throws {
        let text = """
            Report on the Work of the Government
            Corporate profits increased 21 percent.
            Spending on research has grown at an average annual rate of 11 percent.
            We saw a 40% increase in foreign visitors.
            GDP has risen from 50 trillion to 80 trillion yuan, registering average annual growth of 7 percent.
            Both energy and water consumption per unit of GDP have fallen more than 20 percent.
            The government deficit is projected at 2 trillion yuan, with a central government deficit of 1.2 trillion yuan.
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2018))
        #expect(facts.prefix(3).map(\.measure) == [.growth, .growth, .growth])
        #expect(facts[5].subject == facts[4].subject && facts[5].measure == .growth)
        #expect(facts[6].subject == "energy and water consumption per unit of GDP" && facts[6].quantity.value == -20)
        // A part of the whole an indicator names is not that indicator.
        #expect(facts.suffix(2).map(\.indicator) == ["deficit", nil] && facts.last?.subject == "central government deficit")
    }

    /// A count of people, or an amount of land, is named by what the clause says of them, up to
    /// the clause's own verb; a verb of having names nothing of them.
    @Test func aCountOfPeopleIsNamedByWhatHappensToThem() throws {
        let text = """
            Report on the Work of the Government
            More than 50 million people have been lifted out of poverty.
            Over 30 million people who have moved from rural to urban areas have gained urban residency.
            This year, 2 million people are to be relocated from remote areas.
            Forty million families have an average of 900 dollars more.
            More than 5 million hectares of land should be afforested.
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2019))
        #expect(facts.prefix(3).map(\.subject) == [
            "people lifted out of poverty", "people moved from rural to urban areas", "people relocated from remote areas",
        ])
        #expect(facts.last?.subject == "land afforested")
        #expect(!facts.contains { $0.subject.contains("average") })
    }

    /// `respectively` gives each number of a bare list to its item (sharing a `per …` tail, a head
    /// after two adjectives, or the head of an `of` complement) and the list its verb; two numbers
    /// joined by `and` are no interval without `between`; a year compared with is no year spoken of;
    /// a span named after a sentence's first two words turns the review to it.
    @Test func englishListsComparisonsAndOpeningSpans() throws {
        let text = """
            Report on the Work of the Government
            I. Review of Our Work in the Past Five Years
            During the past five years, great progress was made.
            Over 60 million urban jobs were created.
            II. Work for 2016
            We aim to ensure that water use, land use, and coal use per unit of GDP are cut by 20%, 10%, and 15%, respectively.
            Pensions in rural and urban areas will be increased by 6% and 4%, respectively.
            We will cut emissions of lead and mercury by 3% and 2% respectively.
            The deficit will be 2 trillion yuan, an increase of 500 billion yuan over last year.
            Growth should be between 6.5% and 7%.
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2016))
        #expect(facts.first?.period == Period(first: 2011, last: 2015))
        let plan = facts.dropFirst()
        #expect(plan.prefix(7).map(\.subject) == [
            "water use per unit of GDP", "land use per unit of GDP", "coal use per unit of GDP", "Pensions in rural areas",
            "Pensions in urban areas", "emissions of lead", "emissions of mercury",
        ])
        #expect(plan.prefix(7).map(\.quantity.value) == [-20, -10, -15, 6, 4, -3, -2])
        #expect(plan.dropFirst(7).map(\.role) == [.target, .target, .target] && plan.dropFirst(7).allSatisfy { $0.year == 2016 })
        #expect(plan.last?.quantity.upperValue == 7)
    }

    /// A second `… by N` that shares the first one's verb, a share cut after its number, a fall
    /// named after its number, a sum spent on what follows it, an aside in commas, a verb before
    /// an article and a particle after a verb: none of them is part of the subject or lost from the sign.
    @Test func englishClausesLendTheirVerbAndSubject() throws {
        let text = """
            Report on the Work of the Government
            We have cut steel capacity by 40 million tons and coal capacity by 200 million tons.
            Some 25 percent of administrative fees have been abolished.
            This year we will achieve a 3-percent drop in both water use and land use.
            We plan to see 500 billion yuan invested in rural roads.
            The country's registered businesses, all types included, now total over 90 million.
            To lighten the tax burden on small firms by over 200 billion yuan, we will cut rates.
            The number of items requiring approval has been cut back by 60 percent.
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2019))
        #expect(facts.map(\.subject) == [
            "steel capacity", "coal capacity", "administrative fees abolished", "water use and land use",
            "rural roads", "country's registered businesses", "tax burden on small firms", "items requiring approval",
        ])
        #expect(facts.map(\.quantity.value) == [-40, -200, -25, -3, 500, 90, -200, -60])
    }

    /// Sentences of the 2018 translation: where a change started, a fall written after its number,
    /// dollars named by their country, and a clause that only restates a change.
    @Test func englishChangesKeepTheirStartAndSign() throws {
        let text = """
            Report on the Work of the Government
            I. Review of Our Work in the Past Five Years
            China’s gross domestic product (GDP) has risen from 54 trillion to 82.7 trillion yuan.
            Its share in the global economy has grown to roughly 15 percent, up from 11.4 percent.
            Foreign investment totaled 136.3 billion U.S. dollars, hitting a new all-time high.
            High-tech manufacturing has achieved an average annual increase of 11.7 percent.
            The deficit-to-GDP ratio is 2.6 percent, 0.4 percentage point lower than last year.
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2018))
        #expect(facts[0].year == 2012 && facts[0].quantity.unit == "trillion yuan")
        #expect(facts[3].subject == facts[2].subject && facts[3].year == 2012)
        #expect(facts[4].quantity.unit == "billion dollars" && facts[4].subject == "Foreign investment")
        #expect(facts[5].subject == "High-tech manufacturing")
        #expect(facts[7].quantity.value == -0.4)
    }

    @Test func aMissingYearIsNamed() throws {
        let reports = try ["cn-national/2016.txt", "cn-national/2018.txt"].map(GoldScorecards.report)
        try Scorecard.validate(reports)
        let rows = Scorecard(reports: reports.map { $0.withFacts() }).rows.filter { $0.year == 2016 && $0.target != nil }
        #expect(rows.count >= 5)
        #expect(rows.allSatisfy { $0.verdict == .notReported && $0.reason?.hasPrefix("缺2017年报告") == true })
        let gdp = try #require(rows.first { $0.indicator == "gdp" })
        #expect(gdp.nextTarget?.quantity.shortText == "6.5%左右")
    }

    @Test func appendixOfThisYearsProjectsHoldsTargets() throws {
        let text = """
            政府工作报告
            一、2024年工作回顾
            城镇新增就业149.4万人。
            附件1：2025年省十件民生实事
            改造农村公路危旧桥梁240座。
            """
        let facts = FactExtractor().facts(in: try Self.report(text, year: 2025))
        let bridges = try #require(facts.first { $0.quantity.shortText == "240座" })
        #expect(bridges.role == .target && bridges.year == 2025)
    }

    @Test func valuesReadNaturally() {
        #expect(Quantity(value: 3, unit: "%", qualifier: .over).naturalText(chinese: true) == "超过3%")
        #expect(Quantity(value: Decimal(string: "1.5") ?? 0, unit: "万亿元", qualifier: .about).naturalText(chinese: true) == "约1.5万亿元")
        #expect(Quantity(value: -3, unit: "%", qualifier: .around).naturalText(chinese: true) == "下降3%左右")
        #expect(Quantity(value: Decimal(string: "5.5") ?? 0, unit: "%", qualifier: .around).naturalText(chinese: false) == "around 5.5%")
        // A fall: said, implied by a name that says it (能耗下降), or a level below zero.
        let fall = Quantity(value: -3, unit: "%", qualifier: .around)
        #expect(fall.naturalText(chinese: true, fall: .implied) == "3%左右")
        #expect(fall.naturalText(chinese: false, fall: .said) == "down around 3%")
        #expect(fall.naturalText(chinese: true, fall: .signed) == "-3%左右")
        #expect(IndicatorLexicon.shipped.name(of: "urban_unemployment_rate", chinese: true) == "城镇调查失业率")
        #expect(IndicatorLexicon.shipped.name(of: "registered_unemployment_rate", chinese: false) == "Registered urban unemployment rate")
    }

    @Test func anUnreadIssuerIsAWarningNotARefusal() throws {
        let named = try Self.report(Self.national2016, year: 2016)
        let unnamed = try Report(
            parsing: Data("政府工作报告\n一、2016年工作回顾\n城镇新增就业1314万人。\n".utf8), format: .text,
            defaults: ReportMetadata(year: 2017)
        )
        #expect(unnamed.metadata.issuer == nil)
        try Scorecard.validate([named, unnamed])
        let warnings = Scorecard.issuerWarnings([named, unnamed])
        #expect(warnings.last == "warning: report 2 names no issuer; taken to be of the same issuer as the others")
        let jobs = try #require(Scorecard(reports: [named, unnamed].map { $0.withFacts() }).rows.first { $0.indicator == "urban_new_jobs" })
        #expect(jobs.verdict == .met)
    }
}
