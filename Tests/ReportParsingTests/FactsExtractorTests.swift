import Foundation
import ReportExport
import ReportModel
import ReportText
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import ReportParsing

private let range = SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 2))

private let packageRoot = SampleReports.root

/// Reads a sample report with the year from its file name, as the CLI does.
private func facts(of path: String) throws -> [Fact] {
    let data = try Data(contentsOf: packageRoot.appendingPathComponent("Reports/\(path)"))
    let year = Int(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
    let report = try Report(parsing: data, defaults: ReportMetadata(year: year))
    return FactExtractor().facts(in: report)
}

/// One acceptance row: `indicator role measure year value unit qualifier`.
private func row(_ fact: Fact) -> String {
    [
        fact.indicator ?? fact.subject, fact.role.rawValue, fact.measure.rawValue,
        fact.year.map(String.init) ?? "-", "\(fact.quantity.value)", fact.quantity.unit,
        fact.quantity.qualifier?.rawValue ?? "",
    ].joined(separator: " ").trimmingCharacters(in: .whitespaces)
}

@Suite("Facts of the sample reports")
struct FactsExtractorTests {
    @Test func jinzhongAcceptanceRows() throws {
        let rows = Set(try facts(of: "cn-jinzhong/2025.txt").map(row))
        let expected = [
            "gdp target growth 2025 5 % 以上", "industrial_value_added target growth 2025 4 % 以上",
            "fixed_asset_investment target growth 2025 6 % 以上", "retail_sales target growth 2025 5 % 以上",
            "urban_new_jobs target level 2025 3.2 万人", "cpi target growth 2025 2 % 左右",
            "gdp outcome level 2024 2458.8 亿元", "fixed_asset_investment outcome level 2024 682.6 亿元",
            "coal_output outcome level 2024 1.16 亿吨", "urban_new_jobs outcome level 2024 3.2 万人",
            "foreign_trade outcome growth 2024 36.9 %", "afforestation outcome level 2024 24 万亩",
            "coal_output target level 2025 1.2 亿吨 左右", "grain_output target level 2025 31 亿斤 以上",
            "grain_area target level 2025 378.9 万亩 以上", "pm25 target level 2025 36 微克/立方米 以内",
            "afforestation target level 2025 32.4 万亩",
            "建成精品示范村 outcome level 2024 34 个", "打造精品示范村 target level 2025 40 个",
        ]
        for line in expected {
            #expect(rows.contains(line), "missing: \(line)")
        }
    }

    @Test func jinzhongHasNoFactsFromDatesCodesOrSlogans() throws {
        let facts = try facts(of: "cn-jinzhong/2025.txt")
        let values = Set(facts.map { "\($0.quantity.value)" })
        for value in ["156", "13710", "26", "2.5", "80", "20", "5"] where value != "5" && value != "20" {
            #expect(!values.contains(value), "value \(value) should not be a fact")
        }
        #expect(!facts.contains { $0.quantity.unit == "级" || $0.quantity.unit == "岁" || $0.quantity.unit == "届" })
        #expect(!facts.contains { $0.quantity.value == 5 && $0.sentence.contains("5A") && $0.quantity.unit != "%" })
        #expect(!facts.contains { $0.quantity.value == 2 && $0.quantity.unit == "月" })
    }

    @Test func factsAreInDocumentOrderWithStableIDs() throws {
        let facts = try facts(of: "cn-jinzhong/2025.txt")
        #expect(facts.count > 60)
        #expect(Set(facts.map(\.id)).count == facts.count)
        for fact in facts {
            #expect(fact.id.hasPrefix(fact.sentenceID + ".f"))
        }
        #expect(facts.first?.role == .outcome)
        #expect(facts.last?.role == .target)
    }

    @Test func national2024() throws {
        let rows = Set(try facts(of: "cn-national/2024.txt").map(row))
        let expected = [
            "gdp target growth 2024 5 % 左右", "urban_new_jobs target level 2024 1200 万人 以上",
            "urban_unemployment_rate target rate 2024 5.5 % 左右", "cpi target growth 2024 3 % 左右",
            "grain_output target level 2024 1.3 万亿斤 以上", "energy_intensity target growth 2024 -2.5 % 左右",
            "gdp outcome growth 2023 5.2 %", "urban_new_jobs outcome level 2023 1244 万人",
            "urban_unemployment_rate outcome rate 2023 5.2 %", "cpi outcome growth 2023 0.2 %",
        ]
        for line in expected {
            #expect(rows.contains(line), "missing: \(line)")
        }
    }

    @Test func national2025() throws {
        let rows = Set(try facts(of: "cn-national/2025.txt").map(row))
        let expected = [
            "gdp outcome level 2024 134.9 万亿元", "gdp outcome growth 2024 5 %",
            "urban_new_jobs outcome level 2024 1256 万人", "urban_unemployment_rate outcome rate 2024 5.1 %",
            "cpi outcome growth 2024 0.2 %", "grain_output outcome level 2024 1.4 万亿斤",
            "energy_intensity outcome growth 2024 -3 % 超过",
            "gdp target growth 2025 5 % 左右", "cpi target growth 2025 2 % 左右",
            "grain_output target level 2025 1.4 万亿斤 左右", "energy_intensity target growth 2025 -3 % 左右",
        ]
        for line in expected {
            #expect(rows.contains(line), "missing: \(line)")
        }
    }

    @Test func englishReportsGiveEnglishQuantitiesWithoutChineseTargets() throws {
        let facts = try facts(of: "us-sotu/2022.txt") + facts(of: "us-sotu/2023.txt")
        let readings = facts.map { "\($0.quantity.value) \($0.quantity.unit)" }
        #expect(readings.contains("-2 trillion dollars"))
        #expect(readings.contains("10 million"))
        #expect(!facts.contains { $0.quantity.unit.contains { $0.isHan } })
        #expect(facts.filter { $0.role == .target }.count < facts.count / 4)
    }
}

@Suite("Fact extraction on hand-built reports")
struct FactsHandBuiltTests {
    private static func paragraph(_ id: String, _ sentences: [String]) -> Paragraph {
        Paragraph(
            id: id, text: sentences.joined(),
            sentences: sentences.enumerated().map { Sentence(id: "\(id).s\($0 + 1)", text: $1, range: range) },
            range: range
        )
    }

    /// The facts of one sentence read on its own.
    private static func facts(_ sentence: String, _ context: FactExtractor.Context) -> [Fact] {
        FactExtractor().facts(inSentence: sentence, sentenceID: "s1", sectionID: "p1", context: context)
    }

    /// The subjects of the facts of each sentence read on its own, in order.
    private static func subjects(in sentences: [String], _ context: FactExtractor.Context) -> [String] {
        sentences.flatMap { sentence in
            Self.facts(sentence, context).map(\.subject)
        }
    }

    private static func report(_ parts: [Section], year: Int? = 2025) -> Report {
        Report(
            metadata: ReportMetadata(year: year), encoding: .utf8,
            root: Section(id: "doc", kind: .document, title: "", range: range, children: parts), diagnostics: []
        )
    }

    @Test func sentenceCuesOverrideThePartRole() {
        let plan = Section(
            id: "part2", kind: .part, title: "2025年工作安排", role: .plan, year: 2025, range: range,
            paragraphs: [
                Self.paragraph("part2.p1", [
                    "去年全市地区生产总值增长5.1%，今年力争增长5%以上。", "到2027年，粮食产量达到32亿斤。",
                ])
            ]
        )
        let facts = FactExtractor().facts(in: Self.report([plan]))
        #expect(facts.map(\.role) == [.outcome, .target, .target])
        #expect(facts.map(\.year) == [2024, 2025, nil])
        #expect(facts.map(\.period) == [Period(year: 2024), Period(year: 2025), Period(first: 2025, last: 2027)])
        #expect(facts.map(\.indicator) == ["gdp", "gdp", "grain_output"])
        #expect(facts.map(\.id) == ["part2.p1.s1.f1", "part2.p1.s1.f2", "part2.p1.s2.f1"])
    }

    /// National 2016 (English), State of the Union 2024: English puts the modal after the subject that holds
    /// the number; a clause opening between them keeps it off; a bound on whom a plan reaches
    /// (`nobody earning less than $400,000`) is no fact.
    @Test func anEnglishModalAfterTheNumberMakesItATarget() {
        let speech = Section(
            id: "part1", kind: .part, title: "Budget", range: range,
            paragraphs: [
                Self.paragraph("part1.p1", [
                    "Some have had to tighten their belts.", "Over 21 million training opportunities should be provided.",
                    "It is cutting the federal deficit by $160 billion because Medicare will no longer overpay.",
                    "Under my plan, nobody earning less than $400,000 a year will pay an additional penny in taxes.",
                ])
            ]
        )
        let facts = FactExtractor().facts(in: Self.report([speech]))
        #expect(facts.map(\.role) == [.target, .outcome])
        #expect(facts.map(\.year) == [2025, 2024])
    }

    /// National 2023 (a news page): a time cut to so many working days is the level reached, of
    /// the time named before the verb; what is already set up is there at the span's end; `十年来`
    /// speaks of ten years.
    @Test func aTimeCutToWorkingDaysAndTenYears() {
        let review = FactExtractor.Context(partRole: .review, reportYear: 2023, period: Period(first: 2018, last: 2022))
        let cut = Self.facts("加大出口退税、信保、信贷等政策支持力度，企业出口退税办理时间压缩至6个工作日以内。", review)
        #expect(cut.map(\.subject) == ["企业出口退税办理时间"])
        #expect(cut.map(\.measure) == [.level])
        #expect(cut.map(\.quantity.value) == [6])
        #expect(cut.map(\.quantity.unit) == ["个工作日"])
        #expect(cut.map(\.period) == [Period(year: 2022)])
        #expect(Self.facts("已设21个自由贸易试验区，海南自由贸易港建设稳步推进。", review).map(\.period) == [Period(year: 2022)])
        let decade = Self.facts("十年来我国居民消费价格涨幅稳定在2%左右的较低水平。", review)
        #expect(decade.map(\.period) == [Period(first: 2013, last: 2022)])
    }

    /// National 2023 (a news page): `增产` changes the output named before it; a time word's `底`
    /// and a deed's `了` are no part of a name; a name running on past a longer one holds the
    /// head (`全社会研发经费投入强度` is the intensity); a plan named as a document
    /// (`“十四五”规划重大工程项目`) gives the sentence no time; a list of bare magnitudes takes the
    /// unit written at its end; the cities an indicator is measured over stay in its name.
    @Test func namesAndTimesOfTheReviewOf2022() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2022, reportYear: 2023)
        #expect(Self.facts("粮食产量1.37万亿斤，增产74亿斤。", review).map(\.subject) == ["粮食产量", "粮食产量"])
        #expect(Self.facts("粮食产量1.37万亿斤，增产74亿斤。", review).map(\.measure) == [.level, .growth])
        #expect(Self.facts("去年底企业数量超过5200万户。", review).map(\.subject) == ["企业数量"])
        #expect(Self.facts("完全化解了本世纪初形成的14486亿元金融改革历史成本。", review).map(\.subject) == ["本世纪初形成的金融改革历史成本"])
        #expect(Self.facts("全社会研发经费投入强度从2.1%提高到2.5%以上。", review).map(\.indicator) == ["rd_intensity", "rd_intensity"])
        let areas = Self.facts("水土流失、荒漠化、沙化土地面积分别净减少10.6万、3.8万、3.3万平方公里。", review)
        #expect(areas.map(\.quantity.unit) == ["万平方公里", "万平方公里", "万平方公里"])
        let air = Self.facts("地级及以上城市空气质量优良天数比例达86.5%。", review)
        #expect(air.map(\.subject) == ["地级及以上城市空气质量优良天数比例"])
        #expect(air.map(\.indicator) == ["good_air_days"])
        let tools = Self.facts("提前实施部分“十四五”规划重大工程项目，分两期投放政策性开发性金融工具7400亿元。", review)
        #expect(tools.map(\.role) == [.outcome])
        #expect(tools.map(\.period) == [Period(year: 2022)])
    }

    /// Sums in pounds and euros are read as sums in dollars are; `pounds` alone weighs.
    @Test func poundsAndEuros() {
        let plan = FactExtractor.Context(partRole: nil, reportYear: 2024)
        #expect(Self.facts("We will invest £2.5 billion in new schools this year.", plan).map(\.quantity.unit) == ["billion pounds"])
        #expect(Self.facts("The deficit fell to €120 billion last year.", plan).map(\.quantity.unit) == ["billion euros"])
        let seized = Self.facts("We seized over 23,000 pounds of fentanyl in just the last several months.", plan)
        #expect(!seized.contains { $0.quantity.unit.contains("pounds") })
    }

    @Test func targetListInAnOtherPartIsTargetsAcrossSemicolons() {
        let other = Section(
            id: "part2", kind: .part, title: "总体要求", role: .other, range: range,
            paragraphs: [
                Self.paragraph("part2.p1", [
                    "今年发展主要预期目标是：国内生产总值增长5%左右；", "城镇调查失业率5.5%左右；",
                ])
            ]
        )
        let facts = FactExtractor().facts(in: Self.report([other]))
        #expect(facts.map(\.role) == [.target, .target])
        #expect(facts.map(\.year) == [2025, 2025])
        #expect(facts.map(\.measure) == [.growth, .rate])
    }

    @Test func leadTitlesAreScanned() {
        let lead = Section(
            id: "part1.lead1", kind: .lead, title: "粮食产量1.39万亿斤", range: range,
            paragraphs: [Self.paragraph("part1.lead1.p1", ["再创历史新高。"])]
        )
        let review = Section(
            id: "part1", kind: .part, title: "2024年工作回顾", role: .review, year: 2024, range: range,
            children: [lead]
        )
        let facts = FactExtractor().facts(in: Self.report([review]))
        #expect(facts.count == 1)
        #expect(facts.first?.sentenceID == "part1.lead1.title")
        #expect(facts.first?.indicator == "grain_output")
        #expect(facts.first?.role == .outcome)
        #expect(facts.first?.year == 2024)
    }

    @Test func sharedSubjectsCarryAcrossListsAndSplitClauses() {
        let review = Section(
            id: "part1", kind: .part, title: "2024年工作回顾", role: .review, year: 2024, range: range,
            paragraphs: [
                Self.paragraph("part1.p1", [
                    "全市经济总量跃升至全省第4位、达到2458.8亿元。", "全市快递业务量突破 4.5亿件，增长31.9%。",
                    "建成34个精品示范村、261 个提档升级村。",
                ])
            ]
        )
        let facts = FactExtractor().facts(in: Self.report([review]))
        #expect(facts.map(\.subject) == ["经济总量", "快递业务量", "快递业务量", "建成精品示范村", "建成提档升级村"])
        #expect(facts.first?.indicator == "gdp")
        #expect(facts.map(\.measure) == [.level, .level, .growth, .level, .level])
    }

    /// Real sentences (Sichuan and Beijing 2026): a gap to another place is context; a count's
    /// noun shares the head of the next; a `分别` item shares the last item's head; a compound unit.
    @Test func subjectsUnitsAndContextNumbers() {
        let review = Section(
            id: "part1", kind: .part, title: "2025年工作回顾", role: .review, year: 2025, range: range,
            paragraphs: [
                Self.paragraph("part1.p1", [
                    "民间投资增长2.1%、高于全国8.5个百分点，民营经济增加值增长5.5%。",
                    "刑事、治安案件分别下降6.6%、3.6%，信访总量连续3年下降。",
                    "培育形成3个万亿级和7个千亿级产业集群。",
                ])
            ]
        )
        let facts = FactExtractor().facts(in: Self.report([review]))
        #expect(facts.map(\.subject) == ["民间投资", "民营经济增加值", "刑事案件", "治安案件", "万亿级产业集群", "千亿级产业集群"])
        #expect(facts.map(\.quantity.shortText) == ["2.1%", "5.5%", "-6.6%", "-3.6%", "3个", "7个"])
        let plan = FactExtractor().facts(
            inSentence: "全员劳动生产率达58万元/人左右，单位地区生产总值生产安全事故死亡率控制在0.6人/百亿元以下，"
                + "新增污水处理能力30万吨/日，排涝能力600立方米/秒。",
            sentenceID: "s1", sectionID: "part3", context: .init(partRole: .plan, partYear: 2026, reportYear: 2026)
        )
        #expect(plan.map(\.quantity.shortText) == ["58万元/人左右", "0.6人/百亿元以下", "30万吨/日", "600立方米/秒"])
    }

    /// National 2018, Guangdong 2025: a share opening its clause is a share of the things after
    /// `的` named by what they did; a share of a place's whole is that whole's; a rate opening an
    /// argument (`6.5%左右的增速可以…`) states nothing.
    @Test func sharesAreNamedByTheirWhole() {
        let subjects = Self.subjects(
            in: ["71%的煤电机组实现超低排放。", "进出口总额增长9.8%，贡献了全国38.7%的贸易增量。", "6.5%左右的增速可以实现比较充分的就业。"],
            .init(partRole: .review, partYear: 2024, reportYear: 2025))
        #expect(subjects == ["实现超低排放的煤电机组占比", "进出口总额", "全国贸易增量占比"])
        // Beijing 2026: a share of the things a deed reaches is named after the number.
        #expect(
            Self.subjects(in: ["养老助餐点覆盖九成以上城乡社区。"], .init(partRole: .review, partYear: 2025, reportYear: 2026))
                == ["养老助餐点覆盖城乡社区占比"])
    }

    /// Sichuan 2026, national 2018: a bare measure opening a later clause is of what the sentence
    /// opens on.
    @Test func aBareMeasureIsOfWhatTheSentenceOpensOn() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        #expect(
            Self.subjects(
                in: ["服务业支撑作用更加明显，增加值跨上3万亿元台阶，对经济增长贡献率超60%。", "成渝地区双城经济圈建设走深走实，经济总量超9万亿元。", "国有企业效益明显好转，去年利润增长23.5%。"],
                review) == ["服务业增加值", "服务业对经济增长贡献率", "成渝地区双城经济圈经济总量", "国有企业利润"])
        #expect(Self.facts("成渝地区双城经济圈建设走深走实，经济总量超9万亿元。", review)
            .allSatisfy { $0.indicator == nil })
    }

    /// Sichuan 2026: a count after examples (`乌东德、白鹤滩等`) or in a bare magnitude (`450万`) opens
    /// its clause too, and is named by what the clause says of it.
    @Test func countsAfterExamplesAreNamedByTheirPredicate() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        #expect(
            Self.subjects(
                in: ["乌东德、白鹤滩等14座大中型水电站建成发电。", "450万困难群众纳入城乡低保、特困人员救助供养范围。"],
                review) == ["建成发电的大中型水电站", "纳入城乡低保的困难群众"])
    }

    /// Guangdong and Sichuan 2026, Beijing 2026, national 2019: people or places a deed is done for
    /// or in are named by the deed; a list in the predicate runs on to its head; an adverb ends a noun.
    @Test func peopleAndPlacesADeedIsDoneForAreNamedByIt() {
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2026, reportYear: 2026)
        #expect(
            Self.subjects(
                in: [
                    "为超300万名婴幼儿发放育儿补贴。", "为138万残疾人发放生活补贴和护理补贴。", "在3000个小区设置智能回收机，为800个老旧小区引入物业服务。",
                    "为超8000名孤独症儿童免费提供个体康复、社会融入等针对性服务。", "17种抗癌药大幅降价并纳入国家医保目录。",
                ], plan)
                == [
                    "发放育儿补贴的婴幼儿", "发放生活补贴和护理补贴的残疾人", "设置智能回收机的小区", "引入物业服务的老旧小区",
                    "免费提供个体康复、社会融入等针对性服务的孤独症儿童", "大幅降价并纳入国家医保目录的抗癌药",
                ])
        #expect(Self.subjects(in: ["18户企业上榜全省民营企业百强、连续4年居全省首位。"], plan) == ["上榜全省民营企业百强的企业"])
        // National 2019: a clause naming only who may act goes on about what the clause before works on.
        #expect(Self.subjects(in: ["下调城镇职工基本养老保险单位缴费比例，各地可降至16%。"], plan) == ["城镇职工基本养老保险单位缴费比例"])
    }

    /// National 2019, Guangdong 2025: how many people of an age or a place there are, or people
    /// counted to describe what is theirs, are the setting; people a policy names are not.
    @Test func populationsAreTheSetting() {
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2019, reportYear: 2019)
        #expect(Self.subjects(in: ["我国60岁以上人口已达2.5亿。", "近14亿中国人的饭碗，必须牢牢端在自己手上。", "实时人口1.5亿左右。"], plan).isEmpty)
        #expect(Self.subjects(in: ["易地扶贫搬迁人口超过240万。"], plan) == ["易地扶贫搬迁人口"])
        #expect(Self.subjects(in: ["The number of people in China aged 60 and above has now reached 250 million."], plan).isEmpty)
    }

    /// National 2015: what was done to the things counted stays in their name, and a clause that
    /// only says what was done goes on about the things before.
    @Test func deedsStayInTheNameOfWhatTheyCount() {
        let facts = FactExtractor().facts(
            inSentence: "新开工保障性安居工程740万套，基本建成511万套。", sentenceID: "s1", sectionID: "part1",
            context: .init(partRole: .review, partYear: 2014, reportYear: 2015)
        )
        #expect(facts.map(\.subject) == ["新开工保障性安居工程", "基本建成保障性安居工程"])
    }

    /// Shanxi, Guangdong and Beijing 2026: a count after the deed that made the things counted
    /// is a count of new things, for every item of the list the deed opens (and each item of a
    /// list sharing one number after `各`), but a running total after them counts them all.
    @Test func aDeedBeforeACountStaysInTheNameOfWhatItCounts() {
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2026, reportYear: 2026)
        #expect(Self.subjects(in: ["新建70个博士创新站。"], plan) == ["新建博士创新站"])
        #expect(Self.subjects(in: ["开通3条地铁新线，优化242条公交线路。"], plan) == ["开通地铁新线", "优化公交线路"])
        #expect(Self.subjects(in: ["新建6个国家级、20个省级临床重点专科。"], plan) == ["新建国家级临床重点专科", "新建省级临床重点专科"])
        #expect(
            Self.subjects(in: ["支持企业牵头组建创新联合体，新建2—3家省级制造业创新中心和25—30家省级及以上企业技术中心。"], plan)
                == ["新建省级制造业创新中心", "新建省级及以上企业技术中心"])
        #expect(
            Self.subjects(in: ["新建省重点实验室、省技术创新中心、省工程研究中心各20家。"], plan)
                == ["新建省重点实验室", "新建省技术创新中心", "新建省工程研究中心"])
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        #expect(Self.subjects(in: ["净增涉税主体24.8万户、规上法人单位1302户。"], review) == ["净增涉税主体", "净增规上法人单位"])
        #expect(Self.subjects(in: ["新入选国家5G工厂29家、卓越级智能工厂10家。"], review) == ["新入选国家5G工厂", "新入选卓越级智能工厂"])
        let added = Self.facts("拓展国际经贸网络，新增1个省级境外经贸合作区、累计达8个。", review)
        #expect(added.map(\.subject) == ["新增省级境外经贸合作区", "累计省级境外经贸合作区"])
        #expect(added.map(\.measure) == [.level, .level])
        #expect(Self.subjects(in: ["累计培育123个“粤字号”农业区域公用品牌。"], review) == ["累计培育粤字号农业区域公用品牌"])
    }

    /// Guangdong 2025 and 2026, national 2019: a sum stated per person or per month keeps it in its
    /// unit, and trips are counted as trips.
    @Test func perPersonAndPerMonthStayInTheUnit() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2018, reportYear: 2019)
        let pension = Self.facts("城乡居民基础养老金最低标准从每月70元提高到88元。", review)
        #expect(pension.map(\.quantity.shortText) == ["70元/月", "88元/月"])
        let flights = Self.facts("起降设施增至3592个，飞行规模达2061万架次。", review)
        #expect(flights.map(\.quantity.unit) == ["个", "万架次"])
        #expect(Self.facts("每万人口发明专利拥有量从28件提高到70件。", review)
            .allSatisfy { $0.quantity.unit == "件" })
    }

    /// Sichuan and Beijing 2026: the work named after a list of counts is done to every item.
    @Test func theWorkClosingAListIsDoneToEveryItem() {
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2026, reportYear: 2026)
        #expect(
            Self.subjects(in: ["实施3000个老旧小区、120个老旧街区（厂区）改造。", "推进20个重点区域环境整治。"], plan)
                == ["改造老旧小区", "改造老旧街区（厂区）", "整治重点区域环境"])
    }

    /// Beijing, Sichuan 2026, national 2015 and 2016: a deed that changes the state of what it
    /// counts stays in its name, with the deeds joined before it.
    @Test func deedsChangingWhatTheyCountStayInItsName() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        #expect(
            Self.subjects(
                in: [
                    "实施杜家坎等30项市级疏堵工程，打通53条断头路。", "取消和下放311项行政审批事项。",
                    "新开、复航、加密44条国际及地区客货运航线。", "累计创建42个示范村、22个示范片区。",
                ], review)
                == [
                    "市级疏堵工程", "打通断头路", "取消和下放行政审批事项", "新开、复航、加密国际及地区客货运航线", "累计创建示范村",
                    "累计创建示范片区",
                ])
        #expect(
            Self.subjects(in: ["累计识别监测对象20.9万户。", "累计落地35支国家级大基金。"], review) == ["累计识别监测对象", "累计落地国家级大基金"])
    }

    /// National 2018, Guangdong 2026: a change after `均` is each listed item's, and a sibling measure
    /// (`水耗` after `…能耗`) keeps the first item's owner.
    @Test func aChangeAfterJunIsEachListedItems() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        let facts = FactExtractor().facts(
            inSentence: "单位国内生产总值能耗、水耗均下降20%以上，主要污染物排放量持续下降。", sentenceID: "s1", sectionID: "p1",
            context: review)
        #expect(facts.map(\.subject) == ["单位国内生产总值能耗", "单位国内生产总值水耗"])
        #expect(facts.map(\.quantity.value) == [-20, -20])
        #expect(Self.subjects(in: ["制造业贷款余额、科技贷款余额均增长11.7%。"], review) == ["制造业贷款余额", "科技贷款余额"])
    }

    /// Sichuan and Beijing 2026: items of a `分别` list share the head the last item goes on with
    /// and the owner of the first item's measure.
    @Test func listItemsShareTheLastItemsHeadAndTheFirstItemsOwner() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        #expect(
            Self.subjects(in: ["城乡居民基础养老金、城市低保、农村低保标准分别提高84%、40%、59%。"], review)
                == ["城乡居民基础养老金", "城市低保标准", "农村低保标准"])
        #expect(
            Self.subjects(in: ["生产安全事故起数、死亡人数分别下降15%、14.5%，未发生重大及以上事故。"], review)
                == ["生产安全事故起数", "生产安全事故死亡人数"])
        #expect(Self.subjects(in: ["刑事治安、涉诈、涉毒警情分别下降17.7%、17.4%、68%。"], review) == ["刑事治安警情", "涉诈警情", "涉毒警情"])
        #expect(Self.subjects(in: ["对东盟、中东出口分别增长9.9%、10.5%。"], review) == ["对东盟出口", "对中东出口"])
        // National 2017, Guangdong 2025 and 2026: one number after `分别` is each item's; a longer shared
        // word carries a longer head; quoted names listed before one number share it.
        #expect(Self.subjects(in: ["今年化学需氧量、氨氮排放量要分别下降2%。"], review) == ["化学需氧量排放量", "氨氮排放量"])
        #expect(
            Self.subjects(in: ["先进制造业、高技术制造业增加值占规模以上工业比重分别提高到56.7%、31.6%。"], review)
                == ["先进制造业增加值占规模以上工业比重", "高技术制造业增加值占规模以上工业比重"])
        #expect(Self.subjects(in: ["“港车北上”、“澳车北上”、“粤车南下”累计832万辆次。"], review) == ["港车北上、澳车北上、粤车南下"])
        #expect(
            Self.subjects(in: ["城镇新增就业超143万人、超额完成国家下达的110万人年度任务。", "技改投资增长11.5%、连续24个月保持两位数增长。"], review)
                == ["城镇新增就业", "技改投资"])
        #expect(Self.subjects(in: ["低空经济集聚全国30%以上产业链企业。"], review) == ["低空经济集聚全国产业链企业占比"])
        #expect(
            Self.subjects(in: ["市民服务热线诉求解决率、满意率分别达97.3%和97.7%。", "新增运营里程30公里，总里程达909公里。"], review)
                == ["市民服务热线诉求解决率", "市民服务热线诉求满意率", "新增运营里程", "运营总里程"])
        #expect(Self.subjects(in: ["国家公布产量的104种工业产品中，我省在全国占比超过10%的有44种。"], review).count == 1)
        #expect(
            Self.subjects(in: ["银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元。"], review)
                == ["银行机构本外币存款余额", "银行机构本外币贷款余额"])
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2026, reportYear: 2026)
        let raised = FactExtractor().facts(
            inSentence: "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。", sentenceID: "s1",
            sectionID: "p1", context: plan)
        #expect(raised.allSatisfy { $0.quantity.unit == "元/人·月" })
        // National 2016 and 2018: an amount stated as an average per person is per person; a change
        // stated as a yearly average is per year.
        let perPerson = Self.facts("基本公共卫生服务经费财政补助从人均40元提高到45元。", plan)
        #expect(perPerson.map(\.quantity.unit) == ["元/人", "元/人"])
        let yearly = Self.facts("沙化土地面积年均缩减近2000平方公里，地区生产总值年均增长7.1%。", review)
        #expect(yearly.map(\.quantity.unit) == ["平方公里/年", "%"])
        // National 2018: new things named in the lexicon stay new, and lend the deed to the list;
        // agreements newly signed or upgraded are counted as such.
        #expect(
            Self.subjects(in: ["新增高标准农田8000万亩以上、高效节水灌溉面积2000万亩。", "新签和升级8个自由贸易协定。"], plan)
                == ["新增高标准农田", "新增高效节水灌溉面积", "新签和升级自由贸易协定"])
        // National 2015 and 2016: a bare magnitude counts the people named first, whom the problem
        // solved for them names.
        #expect(Self.subjects(in: ["又解决6434万农村人口饮水安全问题。"], review) == ["解决饮水安全问题的农村人口"])
        // National 2016: a part named after `其中` is a kind of the whole just measured, measured as it is.
        #expect(
            Self.subjects(in: ["铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里。"], review) == ["铁路营业里程", "高速铁路营业里程"])
        // Guangdong 2025 and 2026: a sum of money listed right after a count of things is what they
        // sum to; land disposed of and bonds issued on top keep their deed. National 2024.
        #expect(
            Self.subjects(in: ["第三届大湾区全球招商大会达成投资项目1933个、总金额2.26万亿元。", "处置批而未供土地33.2万亩、闲置土地2.8万亩。"], review)
                == ["第三届大湾区全球招商大会达成投资项目", "第三届大湾区全球招商大会达成投资项目总金额", "处置批而未供土地", "处置闲置土地"])
        #expect(Self.subjects(in: ["增发1万亿元国债支持灾后恢复重建。"], review) == ["增发国债"])
        // Guangdong 2025: a sum per student per year; national 2024, 2018: a bare magnitude of people
        // counts persons, or trips.
        let perStudent = Self.facts("将特殊教育生均公用经费最低标准从每生每年6000元提高至7000元。", plan)
        #expect(perStudent.map(\.quantity.unit) == ["元/生·年", "元/生·年"])
        let people = Self.facts("脱贫人口务工规模超过3300万，出境旅游人次由8300万增加到1亿3千多万。", review)
        #expect(people.map(\.quantity.unit) == ["万人", "万人次", "亿人次"])
        // Guangdong 2025 and 2026: a count opening its clause, whose things do what the next number
        // counts, says only which things did it; a year inside a name is no such number (Jinzhong 2025).
        #expect(
            Self.subjects(in: ["15个主平台新承接产业转移项目约700个。", "62个省级纵向支持组团实施重点项目1000多个。"], review)
                == ["主平台新承接产业转移项目", "省级纵向支持组团实施重点项目"])
        #expect(Self.subjects(in: ["5户企业进入2024中国能源企业500强。"], review).count == 1)
        // National 2015, Guangdong 2025, Sichuan 2026: a share of the thing just counted is a share
        // of the whole the clause names.
        #expect(
            Self.subjects(in: ["高速铁路运营里程达1.6万公里，占世界的60%以上。", "经济总量超9万亿元，占全国比重升至6.5%左右。"], review)
                == ["高速铁路运营里程", "高速铁路运营里程占世界比重", "经济总量", "经济总量占全国比重"])
        // National 2015: a clause closed by `的` before a count says which things are counted; what
        // was set up already is last year's, even in a plan.
        #expect(Self.subjects(in: ["重大水利工程已开工的57个项目要加快建设。"], plan) == ["重大水利工程已开工的项目"])
        let setUp = Self.facts("国家已设立400亿元新兴产业创业投资引导基金，要整合筹措更多资金。", plan)
        #expect(setUp.map(\.role) == [.outcome])
        // Guangdong 2025 and 2026: deeds run together are one deed; Shanxi 2026: a deed beginning a
        // longer word (`开发区`) is none.
        #expect(
            Self.subjects(in: ["新开工建设4座中型水库。", "制定发布129项地方标准。", "开发储备超5000个公益性岗位。"], review)
                == ["新开工建设中型水库", "制定发布地方标准", "开发储备公益性岗位"])
        #expect(Self.subjects(in: ["开发区规上工业增加值、工业投资年均分别增长5.9%、6.7%。"], review).first == "开发区规上工业增加值")
        // Guangdong 2025: people a deed is done for are named by it, a long object by its head after `的`.
        #expect(
            Self.subjects(in: ["为超61万名孕妇免费提供地中海贫血、唐氏综合征、严重致死致残结构畸形的产前筛查。"], plan) == ["免费提供产前筛查的孕妇"])
        // Guangdong 2025: a subject without a letter or an ideograph names nothing.
        #expect(!Self.subjects(in: ["城乡居民收入比缩小至2.31:1，17个区、2个县（市）、124个镇获评全国百强区、百强县、千强镇。"], review).contains("1"))
        // National 2016 and 2018: a sum a treasury sets aside is that treasury's.
        #expect(Self.subjects(in: ["中央财政安排1000亿元专项奖补资金，重点用于职工分流安置。"], plan) == ["中央财政安排专项奖补资金"])
        // National 2016: a list opening on a measure per unit of GDP lists measures per unit of it; a
        // short item naming a measure is no modifier of the last item's head.
        #expect(
            Self.subjects(in: ["单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。"], plan)
                == ["单位国内生产总值用水量", "单位国内生产总值能耗", "单位国内生产总值二氧化碳排放量"])
        let livestock = Self.facts("生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上。", plan)
        #expect(livestock.map(\.quantity.shortText) == ["3900万头以上", "13.5亿只以上"])
        #expect(raised.map { "\($0.subject) \($0.role.rawValue) \($0.year ?? 0) \($0.quantity.value)" } == [
            "困难残疾人生活补贴标准 outcome 2025 209", "重度残疾人护理补贴标准 outcome 2025 280",
            "困难残疾人生活补贴标准 target 2026 217", "重度残疾人护理补贴标准 target 2026 290",
        ])
    }

    /// Shanxi 2026, national 2018: people a policy reaches are named by what reaches them.
    @Test func peopleAPolicyReachesAreNamedByWhatReachesThem() {
        let subjects = Self.subjects(
            in: ["育儿补贴政策惠及80余万名婴幼儿。", "改造老旧小区1万余个，惠及120万户居民。", "营养改善计划惠及3600多万农村学生。"],
            .init(partRole: .review, partYear: 2025, reportYear: 2026))
        #expect(subjects == ["育儿补贴政策惠及的婴幼儿", "改造老旧小区", "改造老旧小区惠及的居民", "营养改善计划惠及的农村学生"])
    }

    /// Shanxi 2026: the gap between two speeds, the plan's own outline and who qualifies for a
    /// subsidy are no facts.
    @Test func speedGapsPlanOutlinesAndQualifyingBoundsAreNoFacts() {
        let context = FactExtractor.Context(partRole: .plan, partYear: 2026, reportYear: 2026)
        #expect(Self.subjects(in: ["全年GDP增长4%，快于2024年1.8个百分点。"], context) == ["GDP"])
        #expect(Self.subjects(in: ["聚焦13个产业集群，细分培育30条以上产业链。"], context) == ["培育产业链"])
        #expect(Self.subjects(in: ["谋划9条技术路径，制定出台20条具体举措。", "抓实能源科技创新9条路径。"], context).isEmpty)
        #expect(Self.subjects(in: ["十二是对农产品网络销售额2万元以上且快递单量达1000单以上的经营主体进行补助。"], context).isEmpty)
        // Sichuan 2026: things a plan strengthens or supports already are.
        #expect(
            Self.subjects(in: ["加快打造6个万亿级产业，做优做强5个国家先进制造业集群。", "支持29个扩权赋能县（市）率先高质量发展。"], context)
                == ["打造万亿级产业"])
        #expect(Self.subjects(in: ["完成林分优化提升200万亩。"], context) == ["林分优化"])
    }

    /// Shanxi 2026, national 2016: the last word of time before a number sets its period; a
    /// percentage of the growth named after it is growth; a rate named as the condition of an
    /// argument states nothing.
    @Test func timeGrowthAndArgumentsAroundAPercentage() {
        let fiveYears = FactExtractor.Context(partRole: .plan, reportYear: 2026, period: Period(first: 2026, last: 2030))
        let plan = Self.facts("研发经费投入年均增长10%以上，技术合同成交额2030年达到600亿元。", fiveYears)
        #expect(plan.map(\.period) == [Period(first: 2026, last: 2030), Period(year: 2030)])
        let review = FactExtractor().facts(
            inSentence: "重点监测景区接待游客、经营收入均保持10%以上增长。", sentenceID: "s1", sectionID: "p1",
            context: .init(partRole: .review, partYear: 2025, reportYear: 2026))
        #expect(review.map(\.measure) == [.growth])
        #expect(Self.subjects(in: ["稳增长主要是为了保就业、惠民生，有6.5%—7%的增速就能够实现比较充分的就业。"], .init(partRole: .plan, partYear: 2016, reportYear: 2016)).isEmpty)
    }

    /// Shanxi 2026: a count that only says which things a later number measures is no fact nor
    /// part of the name; a bare kind of thing is named by what its clause says of it.
    @Test func countsNamingWhichThingsAndBareKinds() {
        let context = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        #expect(Self.subjects(in: ["推动11个能源重点领域项目投资突破2000亿元。"], context) == ["能源重点领域项目投资"])
        #expect(
            !FactExtractor().facts(
                inSentence: "74个重点城市细颗粒物（PM2.5）平均浓度下降9.1%。", sentenceID: "s1", sectionID: "p1", context: context
            ).contains { $0.quantity.value == 74 })
        #expect(Self.subjects(in: ["晋电外送24个省份。", "两所大学3个学科跻身“双一流”。"], context) == ["晋电外送的省份", "两所大学跻身双一流的学科"])
    }

    /// Guangdong 2026, Shanxi 2026, Jinzhong 2025: units counting pairs, trains, batches, people
    /// of rank and kinds; a total of things newly registered counts all of them; a conjunction
    /// after a count goes on about what came before; a rank is no fact.
    @Test func moreUnitsTotalsConjunctionsAndRanks() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        #expect(
            Self.subjects(in: ["新登记经营主体320万户、增长13%，总量达2037.7万户。"], review) == ["新登记经营主体", "新登记经营主体", "经营主体"])
        #expect(Self.subjects(in: ["国际友城和外国驻穗总领馆分别增至214对和69家。"], review) == ["国际友城", "外国驻穗总领馆"])
        #expect(
            Self.subjects(in: ["发放以旧换新补贴资金3亿元，带动新能源汽车、家电类零售额分别增长56.4%、13%。"], review)
                == ["以旧换新补贴资金", "新能源汽车零售额", "家电类零售额"])
        #expect(Self.subjects(in: ["建成老年助餐点3897个并有序向各年龄段开放。"], review) == ["建成老年助餐点"])
        #expect(Self.subjects(in: ["9位科学家增选为两院院士。"], review) == ["增选为两院院士的科学家"])
        #expect(Self.subjects(in: ["平遥古城持续位居全国5A级景区百强榜前10位。"], review).isEmpty)
        let batches = Self.facts("开展农产品定量抽检超2.3万批次，开行中欧中亚班列721列。", review)
        #expect(batches.map(\.quantity.shortText) == ["2.3万批次超过", "721列"])
    }

    /// Guangdong and Sichuan 2026: kinds listed up to `等` or `的` qualify the head that is counted; a deed of
    /// renovation is kept past the bound before the number; a duration naming a kind of service
    /// is no fact.
    @Test func kindsBeforeAHeadDeedsPastABoundAndDurationsOfAService() {
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2026, reportYear: 2026)
        #expect(Self.subjects(in: ["为超20000名视力、听力、肢体、智力等残疾儿童免费提供视力功能基本训练。"], plan) == ["残疾儿童"])
        #expect(Self.subjects(in: ["打造40个吸引力强、带动面广的消费场景。"], plan) == ["打造消费场景"])
        let renovated = Self.facts("改造提升超5000个已建成自然村的生活污水治理设施。", plan)
        #expect(renovated.map(\.subject) == ["改造提升已建成自然村"])
        #expect(renovated.map(\.measure) == [.level])
        #expect(Self.subjects(in: ["动员全省超8000名志愿者线上线下接力，每天24小时提供免费心理疏导。"], plan).count == 1)
    }

    /// National 2017 and 2019, Guangdong 2025: an item of a list in the unit of the first shares
    /// its deeds (not a noun like `建设用地`); in a plan, what already is is the year before's.
    @Test func listItemsShareDeedsAndWhatAlreadyIsIsNoTarget() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2016, reportYear: 2017)
        #expect(
            Self.subjects(in: ["新建改建高速公路6700多公里、农村公路29万公里。"], review) == ["新建改建高速公路", "新建改建农村公路"])
        #expect(
            Self.subjects(in: ["完成农用地整治23.8万亩、建设用地整理4.8万亩、生态保护修复42.4万亩。"], review).last == "生态保护修复")
        let plan = FactExtractor().facts(
            inSentence: "全市国家级高新技术企业数量已达3万家。", sentenceID: "s1", sectionID: "p1",
            context: .init(partRole: .plan, partYear: 2019, reportYear: 2019))
        #expect(plan.map(\.role) == [.outcome] && plan.map(\.year) == [2018])
    }

    /// National 2016: a short item of a list in the first item's unit shares its head; a count per
    /// day is of the things before; a number
    /// after `每` is a unit of reckoning; how many graduates there will be is a forecast; a subject
    /// naming growth makes the percentage growth.
    @Test func listHeadsUnitsOfReckoningForecastsAndGrowthSubjects() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2015, reportYear: 2016)
        #expect(Self.subjects(in: ["近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨。"], review).last == "水泥产能")
        let daily = Self.facts("全年新登记注册企业增长21.6%，平均每天新增1.2万户。", review)
        #expect(daily.last?.subject == "平均每天新登记注册企业" && daily.last?.measure == .level)
        #expect(!Self.subjects(in: ["现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点。"], review).contains { $0.hasSuffix("每") })
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2016, reportYear: 2016)
        #expect(Self.subjects(in: ["今年高校毕业生将高达765万人，要落实好就业促进计划。"], plan).isEmpty)
        let growth = Self.facts("“十三五”时期经济年均增长保持在6.5%以上。", plan)
        #expect(growth.map(\.measure) == [.growth])
    }

    /// National 2018 and 2025: a noun ends where its first verb begins; `、` separates the items
    /// of a `分别` list, and `和` only where the numbers need it; a count of a task is the size of
    /// what the task does; where a change starts from is no part of a name.
    @Test func nounsEndAtTheirFirstVerbAndTasksAreNoThings() {
        let review = FactExtractor.Context(partRole: .review, reportYear: 2018, period: Period(first: 2013, last: 2017))
        #expect(Self.subjects(in: ["8000多万农业转移人口成为城镇居民。"], review) == ["成为城镇居民的农业转移人口"])
        #expect(
            Self.subjects(in: ["信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%。"], review)
                == ["信息传输软件和信息技术服务业增加值", "租赁和商务服务业增加值"])
        #expect(Self.subjects(in: ["各方配合基本完成裁减军队员额30万任务。"], review).allSatisfy { !$0.contains("任务") })
        #expect(Self.subjects(in: ["日均新设企业由5千多户增加到1万6千多户。"], review) == ["日均新设企业"])
    }

    /// National 2016–2018: capacity taken out (`退出`, `淘汰`, `停建`, `缓建`) is a fall, for a list
    /// item after it too; an item of a list of amounts shares the first item's deed; what a
    /// change turned from (`由上年…转为`) is the year before's; a year a programme aims at is no
    /// time of the numbers after it; a count per day keeps what was done to the things; a bare
    /// rate is of what the clause before works on, and an item that only says what was done (并网)
    /// is done to the things before (Shanxi 2026).
    @Test func takingOutCapacityTurningPointsAndCountsPerDay() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2016, reportYear: 2017)
        let out = Self.facts("全年退出钢铁产能超过6500万吨、煤炭产能超过2.9亿吨。", review)
        #expect(out.map(\.subject) == ["钢铁产能", "煤炭产能"])
        #expect(out.map(\.quantity.value) == [-6500, -2.9] && out.allSatisfy { $0.measure == .growth })
        #expect(Self.subjects(in: ["新增第四代移动通信用户3.4亿、光缆线路550多万公里。"], review).last == "新增光缆线路")
        let turned = Self.facts("工业企业利润由上年下降2.3%转为增长8.5%。", review)
        #expect(turned.map(\.year) == [2015, 2016])
        let aimed = Self.facts("部署启动面向2030年的科技创新重大项目，新设6个国家自主创新示范区。", review)
        #expect(aimed.map(\.role) == [.outcome] && aimed.map(\.year) == [2016])
        #expect(Self.subjects(in: ["各类市场主体每天新增4.5万户。"], review) == ["每天新增各类市场主体"])
        #expect(Self.subjects(in: ["进一步规范和提升12345热线服务，满意率95.4%。"], review) == ["12345热线服务满意率"])
        #expect(
            Self.subjects(in: ["安排风电光伏装机规模3000万千瓦、并网2000万千瓦。"], review) == ["风电光伏装机规模", "并网风电光伏装机规模"])
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2024, reportYear: 2024)
        // A verb alone after an adverb counts what an earlier clause names after the same verb.
        #expect(Self.subjects(in: ["从今年开始拟连续几年发行超长期特别国债，专项用于国家重大战略实施，今年先发行1万亿元。"], plan) == ["超长期特别国债"])
        #expect(Self.subjects(in: ["扩大有效投资，全年投资增长5%左右。"], plan) == ["投资"])
        // How many people stand in a state is no target: graduates, pupils, the workforce.
        #expect(Self.subjects(in: ["预计今年高校毕业生超过1170万人，要强化促进青年就业政策举措。", "我国有2.9亿在校学生，要办好教育。"], plan).isEmpty)
        #expect(Self.subjects(in: ["招募3.4万名高校毕业生参加“三支一扶”。"], plan) == ["招募高校毕业生参加三支一扶"])
    }

    /// A bare measure after another measure in the list is of the same owner.
    @Test func aBareMeasureTakesTheOwnerOfTheMeasureBefore() {
        let subjects = Self.subjects(in: ["力争页岩气产量突破200亿立方米、投资超120亿元。"], .init(partRole: .plan, partYear: 2026, reportYear: 2026))
        #expect(subjects == ["页岩气产量", "页岩气投资"])
    }

    /// National 2019 (English): a word of increment between `by` and the number keeps the change.
    @Test func aChangeByAnotherNumberIsAChange() {
        let facts = FactExtractor().facts(
            inSentence: "This year, average broadband service rates for small and medium enterprises will be lowered by another 15 percent.",
            sentenceID: "s1", sectionID: "part3", context: .init(partRole: .plan, partYear: 2019, reportYear: 2019)
        )
        #expect(facts.map(\.measure) == [.growth])
        #expect(facts.map(\.quantity.shortText) == ["-15%"])
    }

    /// National 2015 and 2016 (English): a word taking a number after `and` is a verb, not part of
    /// the phrase before; a share of a whole after the clause's subject is that subject's.
    @Test func englishPhrasesEndBeforeAVerbAndSharesTakeTheirSubject() {
        let subjects = Self.subjects(
            in: [
                "We will invest over 800 billion yuan in railway construction and open over 8,000 kilometers of railway.",
                "Basic health insurance was expanded, and participation in basic pension plans exceeded 80% of the whole population.",
            ], .init(partRole: .plan, partYear: 2016, reportYear: 2016))
        #expect(subjects.first == "railway construction" && subjects.last == "participation in basic pension plans")
    }

    /// National 2018 (English), State of the Union 2024: a bare count of people is named by what
    /// was done to them and by whom; after an article the word before the number is no verb.
    @Test func aBareCountOfPeopleIsNamedByWhatWasDoneToThem() {
        let subjects = Self.subjects(
            in: [
                "Social old-age pension schemes now cover more than 900 million people, and basic health insurance plans cover 1.35 billion people.",
                "A record 16 million Americans are starting small businesses.",
            ], .init(partRole: .review, partYear: 2017, reportYear: 2018))
        #expect(subjects == ["people covered by Social old-age pension schemes", "people covered by basic health insurance plans", "Americans starting small businesses"])
    }

    /// Singapore 2025: after an article a share names the noun it qualifies.
    @Test func aShareAfterAnArticleNamesItsNoun() {
        let facts = FactExtractor().facts(
            inSentence: "So, I will introduce a 50% Corporate Income Tax rebate in the Year of Assessment 2025.",
            sentenceID: "s1", sectionID: "p1", context: .init(partRole: nil, partYear: nil, reportYear: 2025)
        )
        #expect(facts.map(\.subject) == ["Corporate Income Tax rebate"])
        #expect(facts.map(\.role) == [.target])
    }

    /// Guangdong, Beijing and Sichuan 2026: a count opening its clause, or after the preposition of
    /// whom a deed is done for, is named by what the clause says of it, past a count of its parts,
    /// which it names too.
    @Test func aCountOpeningItsClauseIsNamedByItsPredicate() {
        let subjects = Self.subjects(
            in: [
                "11家企业入选全球人形机器人上市公司百强。", "16个区均被评为全国双拥模范城。",
                "为超8000名孤独症儿童免费提供个体康复服务。", "116个国家和地区近4000名运动员参赛。",
            ], .init(partRole: .review, partYear: 2025, reportYear: 2026))
        #expect(subjects.count == 5)
        #expect(subjects.prefix(2) == ["入选全球人形机器人上市公司百强的企业", "被评为全国双拥模范城的区"])
        #expect(subjects[2] == "免费提供个体康复服务的孤独症儿童")
        #expect(subjects.dropFirst(3) == ["参赛的国家和地区", "国家和地区参赛的运动员"])
        #expect(
            Self.subjects(in: ["8所高校14个学科入选国家第二轮“双一流”建设名单。"], .init(partRole: .review, partYear: 2025, reportYear: 2026))
                .first == "入选国家第二轮双一流建设名单的高校")
    }

    /// Beijing 2026: the plan's indicators follow a paragraph opening on `“十五五”时期` and a lead-in
    /// whose last sentence looks on to 2035; they are targets of 2026–2030, not of 2026–2035 nor
    /// outcomes of the review.
    @Test func aFiveYearPlanLeadInIsNotOverriddenByALongRangeVision() {
        let part = Section(
            id: "part2", kind: .part, title: "“十四五”时期发展成就和“十五五”时期主要目标任务", role: .review,
            period: Period(first: 2021, last: 2030), range: range,
            paragraphs: [
                Self.paragraph("part2.p1", ["“十四五”时期是极不平凡的五年。", "这五年，地区生产总值年均增长5.2%。"]),
                Self.paragraph("part2.p2", ["“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期，战略机遇和风险挑战并存。"]),
                Self.paragraph("part2.p3", [
                    "《纲要草案》明确了今后五年的发展目标：一是首都功能持续提升。",
                    "在此基础上再奋斗五年，到2035年率先基本实现社会主义现代化。",
                ]),
                Self.paragraph("part2.p4", ["围绕上述目标，设置了29项主要指标，包括：地区生产总值年均增速4.5%-5%。"]),
            ]
        )
        let facts = FactExtractor().facts(in: Self.report([part], year: 2026)).filter { $0.indicator == "gdp" }
        #expect(facts.map(\.role) == [.outcome, .target])
        #expect(facts.map(\.period) == [Period(first: 2021, last: 2025), Period(first: 2026, last: 2030)])
    }

    /// Shanxi 2026: a five-year review whose last paragraphs open on `刚刚过去的2025年` review that
    /// year; a five-year plan named in passing there does not turn them back. Sichuan 2026: `城乡`
    /// before a `分别` list names the urban and the rural item.
    @Test func aParagraphOpeningOnTheYearJustPastReviewsThatYear() {
        let part = Section(
            id: "part1", kind: .part, title: "一、“十四五”时期工作回顾", role: .review,
            period: Period(first: 2021, last: 2025), range: range,
            paragraphs: [
                Self.paragraph("part1.p1", ["地区生产总值超过2.5万亿元、年均增长5%。"]),
                Self.paragraph("part1.p2", [
                    "刚刚过去的2025年，全省上下以奋力收官“十四五”、科学谋划“十五五”为牵引，坚定有序推进转型发展。",
                    "全年规上原煤产量13.05亿吨、增长2.1%。",
                    "城乡居民人均可支配收入分别增长4.4%、5.6%。",
                ]),
            ]
        )
        let facts = FactExtractor().facts(in: Self.report([part], year: 2026))
        // The level reached is the span's last year's, the yearly average the span's.
        #expect(facts.map(\.period) == [Period(year: 2025), Period(first: 2021, last: 2025)] + Array(repeating: Period(year: 2025), count: 4))
        #expect(facts.suffix(2).map(\.subject) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"])
        #expect(facts.suffix(2).map(\.indicator) == ["disposable_income_urban", "disposable_income_rural"])
    }

    /// National 2017: a five-year span named in passing by a sentence without numbers
    /// (`编制西部大开发“十三五”规划`) is what it is about, not the time of the next sentence.
    @Test func aSpanNamedInPassingIsNotLentToTheNextSentence() {
        let part = Section(
            id: "part1", kind: .part, title: "一、2016年工作回顾", role: .review, year: 2016, range: range,
            paragraphs: [
                Self.paragraph("part1.p1", [
                    "编制西部大开发“十三五”规划，实施新一轮东北振兴战略，推动中部地区崛起，支持东部地区率先发展。",
                    "加快推进新型城镇化，深化户籍制度改革，全面推行居住证制度，又有1600万人进城落户。",
                ])
            ]
        )
        let facts = FactExtractor().facts(in: Self.report([part], year: 2017))
        #expect(facts.map(\.period) == [Period(year: 2016)] && facts.map(\.role) == [.outcome])
    }

    @Test func yearIsInferredWithoutMetadata() {
        let plan = Section(
            id: "part1", kind: .part, title: "工作安排", role: .plan, year: 2026, range: range,
            paragraphs: [Self.paragraph("part1.p1", ["城镇新增就业3万人。"])]
        )
        let facts = FactExtractor().facts(in: Self.report([plan], year: nil))
        #expect(facts.first?.year == 2026)
        #expect(facts.first?.role == .target)
    }

    @Test func oddSentencesGiveNothingAndDoNotCrash() {
        let odd = [
            "", "。", "；；；", "%%%", "以上左右以内", "增长", "——", "$", "1—", "—6%", "百分之", "两",
            String(repeating: "投资增长5%、", count: 2_000),
        ]
        let paragraphs = odd.enumerated().map { Self.paragraph("p\($0)", [$1]) }
        let part = Section(id: "part1", kind: .part, title: "", role: .plan, range: range, paragraphs: paragraphs)
        let facts = FactExtractor().facts(in: Self.report([part]))
        #expect(facts.allSatisfy { $0.sentenceID.hasPrefix("p12.") })
        #expect(facts.count == 2_000)
    }

    /// Shapes of the 2026 reports of Henan and Yunnan (not in Reports/), each a rule for any report.
    @Test func namesOfSharesOwnersListsAndRelativeSpans() throws {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2026, reportYear: 2026)
        // `占…的80%`: the share of a whole.
        #expect(Self.subjects(in: ["14个重点产业产值占农林牧渔业总产值的80%以上。"], review).last == "重点产业产值占农林牧渔业总产值比重")
        // A bare measure after another of one owner is that owner's.
        #expect(Self.subjects(in: ["地方一般公共预算收入增长2.3%、支出首次超过7000亿元。"], review) == ["地方一般公共预算收入", "地方一般公共预算支出"])
        // The owner before the first deed owns the next.
        #expect(Self.subjects(in: ["新能源开工1600万千瓦、投产1000万千瓦以上。"], plan) == ["新能源开工", "新能源投产"])
        // Nouns of a kind listed to the clause's end share one count; a clause going on does not.
        #expect(Self.subjects(in: ["新建200个智能车间、智能工厂，数字经济规模2.5万亿元。"], plan).first == "新建智能车间、智能工厂")
        #expect(Self.subjects(in: ["接待境外采购商约50万名、创历史新高。"], review) == ["接待境外采购商"])
        // A measure of the things just counted is theirs.
        #expect(Self.subjects(in: ["实施1000个以上省重点项目，年度完成投资1万亿元。"], plan) == ["省重点项目", "省重点项目年度完成投资"])
        // `收支` names revenue and spending in turn.
        #expect(Self.subjects(in: ["一般公共预算收支累计分别突破9千亿元、3万亿元。"], review) == ["一般公共预算收入", "一般公共预算支出"])
        // `扩容至` reaches a level.
        #expect(Self.facts("跨境电商综试区扩容至7个。", review).map(\.subject) == ["跨境电商综试区"])
        // `过去的五年` is `过去五年`.
        let report = try Report(parsing: Data("2026年河南省政府工作报告\n一、工作回顾\n过去的五年极不寻常。\n城镇新增就业603.7万人。\n".utf8))
        #expect(FactExtractor().facts(in: report).map { $0.period?.description } == ["2021-2025"])
    }

    /// A year's award (`获2014年度…考核`) turns a five-year review to no single year: the changes after
    /// it run from the span's base to its end. From Shenzhen's 2016 report (not in Reports/).
    @Test func aYearsAwardIsNoTimeUnderReview() throws {
        let text = """
            一、2015年工作回顾和“十二五”发展成就
            五年来，我们牢固树立深圳质量理念。获2014年度珠三角“九年大跨越”考核全省第一。与2010年相比，主要指标实现“八个大幅增长”。地区生产总值由9581.5亿元增加到1.75万亿元。技术贸易增长241%。
            """
        let facts = FactExtractor().facts(in: try Report(parsing: Data(text.utf8)))
        #expect(facts.map { "\($0.subject) \($0.quantity.shortText) \($0.period?.description ?? "-")" } == [
            "地区生产总值 9581.5亿元 2010", "地区生产总值 1.75万亿元 2015", "技术贸易 241% 2011-2015",
        ])
    }

    /// A year dating where a change went is no time of the clauses after it: their starting values
    /// are of the span's base. From Guangming district's 2021 report (not in Reports/).
    @Test func aChangesEndYearIsNotLent() throws {
        let text = """
            “十三五”时期主要成绩及2020年工作回顾
            过去的五年，地区生产总值从2015年的681亿元增长到2020年约1100亿元；规模以上工业企业从640家增至1323家。
            """
        let facts = FactExtractor().facts(in: try Report(parsing: Data(text.utf8)))
        #expect(facts.map { "\($0.quantity.shortText) \($0.period?.description ?? "-")" } == ["681亿元 2015", "1100亿元约 2020", "640家 2015", "1323家 2020"])
    }

    /// A multiple of what a thing was in an earlier plan is of that thing, in the span reviewed, and
    /// the earlier plan dates nothing after it. From Shenzhen's 2016 report (not in Reports/).
    @Test func multiplesOfAnEarlierPlan() throws {
        let text = """
            一、2015年工作回顾和“十二五”发展成就
            五年来，教育投入1349亿元，是“十一五”的2.4倍。“十二五”政府投资243亿元，是“十一五”3倍以上，新建污水管网1402公里。
            """
        let facts = FactExtractor().facts(in: try Report(parsing: Data(text.utf8)))
        #expect(facts.map { "\($0.subject) \($0.quantity.shortText) \($0.period?.description ?? "-")" } == [
            "教育投入 1349亿元 2011-2015", "教育投入 2.4倍 2011-2015", "十二五政府投资 243亿元 2011-2015", "十二五政府投资 3倍以上 2011-2015",
            "新建污水管网 1402公里 2011-2015",
        ])
    }

    /// Shapes of the 2026 reports of Shandong and Guangxi (not in Reports/), each a rule for any report.
    @Test func startsSharesDurationsTimesAndClasses() throws {
        let text = """
            2026年山东省政府工作报告
            一、“十四五”时期工作回顾
            五年来，经济总量占全国比重由2020年的7.2%提升至7.4%；人均生产总值由7.34万元提升至10.26万元。
            非化石能源发电装机达到1.39亿千瓦，占比由31%提升至54%。
            一般公共预算收入累计完成3.7万亿元，5年增长18.7%。
            服务群众1500万次，惠及经营主体超6.3万户次，全部工业增加值超8千亿元。
            建成北海铁山港20万吨级散货泊位，中央转移支付资金2000亿元、同口径增长5.6%。
            """
        let facts = FactExtractor().facts(in: try Report(parsing: Data(text.utf8)))
        #expect(facts.map { "\($0.subject) \($0.quantity.shortText) \($0.period?.description ?? "-")" } == [
            "经济总量占全国比重 7.2% 2020", "经济总量占全国比重 7.4% 2025", "人均生产总值 7.34万元 2020", "人均生产总值 10.26万元 2025",
            "非化石能源发电装机 1.39亿千瓦 2025", "非化石能源发电装机占比 31% 2020", "非化石能源发电装机占比 54% 2025",
            "一般公共预算收入 3.7万亿元 2021-2025", "一般公共预算收入 18.7% 2021-2025",
            "服务群众 1500万次 2021-2025", "惠及经营主体 6.3万户次超过 2021-2025", "全部工业增加值 8千亿元超过 2021-2025",
            "中央转移支付资金 2000亿元 2021-2025", "中央转移支付资金 5.6% 2021-2025",
        ])
    }

    /// Shapes of the 2026 reports of Hubei and Heilongjiang (not in Reports/), each a rule for any report.
    @Test func barsClassesEffectsAndTimeLeads() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2026, reportYear: 2026)
        // The bar things cleared is part of their name; examples between a deed and its count leave
        // the deed to the things counted, and a class shares the next count's head.
        #expect(Self.subjects(in: ["新增荆州、孝感、黄冈3个过三千亿元城市，新增仙桃、潜江4个千亿县。"], review) == ["新增过三千亿元城市", "新增千亿县"])
        #expect(Self.subjects(in: ["新增软件和研发设计等4个过五千亿、北斗应用等4个过千亿新兴产业。"], review) == ["新增过五千亿新兴产业", "新增过千亿新兴产业"])
        #expect(Self.subjects(in: ["建设全国统一大市场先行区等12个重点合作事项加快落地。"], review) == ["重点合作事项"])
        // How early something was done names nothing; the share is of the deed achieved.
        #expect(Self.facts("保交房项目提前3个月实现100%交付。", review).map { "\($0.subject) \($0.quantity.shortText)" } == ["保交房项目交付 100%"])
        // `调增` is a rise; what helps along is not what is measured.
        #expect(Self.facts("城乡居民基础养老金调增19.6%。", review).map(\.subject) == ["城乡居民基础养老金"])
        #expect(Self.subjects(in: ["陆相页岩油全国重点实验室助力页岩油年产量突破100万吨。"], review) == ["页岩油年产量"])
        // A national class keeps its name; a class of things (`一类`) names them.
        #expect(Self.subjects(in: ["全国重点实验室由7家增至16家。"], review) == ["全国重点实验室", "全国重点实验室"])
        #expect(Self.subjects(in: ["前沿技术加速迈向产业化，4个一类创新药获批上市。"], review) == ["获批上市的一类创新药"])
        // Examples listed before a count open its clause; a ranking's name holds no number of its own.
        #expect(Self.subjects(in: ["武汉东湖、襄阳、宜昌3家高新区位列全国50强。"], review) == ["位列全国50强的高新区"])
        #expect(Self.subjects(in: ["7家地方国企进入中国企业500强。"], review) == ["进入中国企业500强的地方国企"])
        #expect(Self.subjects(in: ["2所高职院校升格为职教本科。"], review) == ["升格为职教本科的高职院校"])
        // Items of a list share a trailing measure, and the owner of a count before a bare measure.
        #expect(Self.subjects(in: ["对共建“一带一路”国家、非洲、欧洲出口分别增长11.6%、28.4%、10.5%。"], review)
            == ["对共建一带一路国家出口", "对非洲出口", "对欧洲出口"])
        #expect(Self.subjects(in: ["入境游客数量和花费分别增长47.8%、52.3%。"], review) == ["入境游客数量", "入境游客花费"])
        // A bare increment is of what the sentence opens on, and is not the indicator itself.
        let increment = Self.facts("粮食总产再创历史新高，连续16年位居全国首位，增量39.7亿斤、占全国23.6%。", review)
        #expect(increment.map(\.subject) == ["粮食总产增量", "粮食总产增量占全国比重"])
        #expect(increment.allSatisfy { $0.indicator == nil })
        // What an item of a list brings about is the item's things'.
        #expect(Self.subjects(in: ["发放科技型企业知识价值信用贷款1110亿元、惠及企业2.2万户。"], review)
            == ["科技型企业知识价值信用贷款", "科技型企业知识价值信用贷款惠及企业"])
        // A name with a total of its own after it is another total; a number each year is no span's.
        #expect(Self.facts("进出口加工总值达到1000亿元。", plan).map { $0.indicator == nil } == [true])
        #expect(Self.facts("五年来，城镇新增就业每年超过90万人。", review).map { "\($0.subject) \($0.indicator ?? "-")" } == ["每年城镇新增就业 -"])
        // A deed continued (`续建`) is a deed; counts of indicators and restated targets are no facts.
        #expect(Self.subjects(in: ["续建安置房7550套，新开工1000套以上。"], plan) == ["续建安置房", "新开工安置房"])
        #expect(Self.facts("营商环境评价8个一级指标、28个二级指标及数字政府建设达到国内先进水平。", review).isEmpty)
        #expect(Self.facts("5.5%左右的预期增长目标与“十五五”发展目标总体衔接。", plan).isEmpty)
    }

    /// Shapes of the 2026 reports of Shanghai and Chongqing (not in Reports/), each a rule for any report.
    @Test func conversionsRunningTotalsSharedWordsAndRankings() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        // `其中` names a part, not the whole again; an amount converted is the same amount.
        #expect(Self.subjects(in: ["外贸进出口总额达到4.51万亿元、增长5.6%，其中出口增长10.8%。"], review) == ["外贸进出口总额", "外贸进出口总额", "出口"])
        #expect(Self.subjects(in: ["实际使用外资达到160.6亿美元、折合1148亿元人民币。"], review) == ["实际使用外资", "实际使用外资"])
        // A second list without items of its own is of the first list's, and changes of their own
        // start nothing.
        let running = Self.facts("“上海标准”、“上海品牌”分别新增12项和44项，累计分别达到64项和288项。", review)
        #expect(running.map { "\($0.subject) \($0.period?.description ?? "-")" } == ["上海标准 2025", "上海品牌 2025", "累计上海标准 2025", "累计上海品牌 2025"])
        // A count word's owner is the next measure's; a word inside the earlier name opens a sibling.
        #expect(Self.subjects(in: ["全市招商引资签约项目数与合同额分别增长22.1%、15.1%。"], review) == ["招商引资签约项目数", "招商引资签约合同额"])
        #expect(Self.subjects(in: ["城市轨道交通运营线路增至14条、运营里程超过580公里。"], review) == ["城市轨道交通运营线路", "城市轨道交通运营里程"])
        // How long a level has held and an adverb of time are no part of a name; a ranking's cut-off
        // is no number of the predicate.
        #expect(Self.subjects(in: ["74个国控断面水质优良比例连续3年保持100%。"], review) == ["国控断面水质优良比例"])
        #expect(Self.subjects(in: ["13项辅助生殖技术项目首次纳入医保报销。"], review) == ["纳入医保报销的辅助生殖技术项目"])
        #expect(Self.subjects(in: ["85个学科进入ESI世界学科排名前1%。"], review) == ["进入ESI世界学科排名前1%的学科"])
        // An amount each year of a span is no row of the span's indicator.
        #expect(Self.facts("就业增收更加扎实有力，城镇新增就业年均超过70万人。", review).map { $0.indicator == nil } == [true])
        // A bare measure later in a sentence is of what the sentence opens on, up to the words of
        // progress that open its predicate.
        #expect(Self.subjects(in: ["第八届中国国际进口博览会圆满成功举办，意向成交金额达到834.9亿美元。"], review) == ["第八届中国国际进口博览会意向成交金额"])
        #expect(Self.subjects(in: ["市场经营主体增量提质，总量突破1000万户。"], review) == ["市场经营主体总量"])
        // The circumstances a number came about in name nothing.
        #expect(Self.subjects(in: ["外贸进出口在对美贸易下降超3成的情况下增长12%。"], review).last == "外贸进出口")
        // The bar a share's things pass, the area a distance bounds and milestones passed are no facts;
        // a share after milestones is of the indicator they were passed by.
        #expect(!Self.facts("95%以上的村集体经营性收入超过10万元。", review).contains { $0.quantity.value == 10 })
        #expect(Self.facts("实施长江沿线1公里化工腾退地块土壤污染专项治理。", review).isEmpty)
        #expect(Self.subjects(in: ["经济总量连续跨过3个万亿元大关，占全国比重由2020年的7.2%提升至7.4%。"], review)
            == ["经济总量占全国比重", "经济总量占全国比重"])
    }

    /// Shapes of the 2026 reports of Fujian, Hunan and Anhui (not in Reports/), each a rule for any report.
    @Test func aPlansFirstYearGlossesAndWordsOfStating() throws {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        // A heading setting a plan off (`开好局、起好步`) is of the plan's first year; a part headed by a
        // slogan that opens on a past span reviews it.
        let text = """
            2026年福建省政府工作报告
            一、一年接着一年干，新福建建设持续取得新进展新成效
            五年来，我们坚持创新驱动发展。城镇新增就业265.15万人。
            三、一鼓作气勇争先，全力推动“十五五”开好局、起好步
            城镇新增就业50万人。
            """
        let report = try Report(parsing: Data(text.utf8))
        #expect(report.parts.map { $0.period?.description ?? "-" } == ["2021-2025", "2026"])
        #expect(FactExtractor().facts(in: report).map { "\($0.role) \($0.period?.description ?? "-")" } == ["outcome 2021-2025", "target 2026"])
        // A bracket right after a number measures the same thing on another basis.
        #expect(Self.subjects(in: ["地方一般公共预算收入达3507.6亿元、增长1.7%（同口径增长2.5%以上）。"], review).last == "地方一般公共预算收入（同口径）")
        // Words of stating (`提出`, `包括`) and of going against a trend (`逆势`) name nothing; a bare
        // measure after a length of time is of the sentence's topic.
        #expect(Self.facts("提出地区生产总值年均增长5%左右。", review).map(\.indicator) == ["gdp"])
        #expect(Self.subjects(in: ["积极应对外部环境冲击，出口逆势增长17.8%。"], review) == ["出口"])
        #expect(Self.subjects(in: ["地区生产总值迈上5万亿台阶、五年增量超1.36万亿元。"], review).last == "地区生产总值五年增量")
        // Items share the last item's head, or the scope the first rate is of.
        #expect(Self.subjects(in: ["制造业、普惠小微贷款余额分别增长10.7%、13.3%。"], review) == ["制造业贷款余额", "普惠小微贷款余额"])
        #expect(Self.subjects(in: ["新一代信息技术、新能源产业产值分别增长9.2%、8.2%。"], review) == ["新一代信息技术产业产值", "新能源产业产值"])
        #expect(Self.subjects(in: ["农村供电可靠率、自来水普及率分别达99.9%、94.5%。"], review) == ["农村供电可靠率", "农村自来水普及率"])
        // The part after `其中` is what `为` says of the whole; a share opening a clause is of what
        // its predicate is said of.
        #expect(Self.subjects(in: ["自贸试验区累计推出259项制度创新成果，其中56项为全国首创。"], review).last == "全国首创的制度创新成果")
        #expect(Self.subjects(in: ["八成以上财政资金用于民生。"], review) == ["用于民生的财政资金占比"])
    }

    /// Names listed before as many numbers listed after one verb pair in order, `分别` or not; a
    /// level and its change do not. From Shaanxi's 2026 report (not in Reports/).
    @Test func namesAndNumbersListedInTurnPairWithoutRespectively() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        #expect(Self.subjects(in: ["国内游客人次、总花费增长5.6%、7.5%。"], review) == ["国内游客人次", "国内游客总花费"])
        #expect(Self.subjects(in: ["战略性新兴产业和高技术制造业增加值年均增长8%、7.2%。"], review) == ["战略性新兴产业增加值", "高技术制造业增加值"])
        #expect(Self.subjects(in: ["实际使用内外资分别增长10%、6.4%。"], review) == ["实际使用内资", "实际使用外资"])
        #expect(Self.subjects(in: ["货物进出口总额达到9.5万亿元、增长4.4%。"], review) == ["货物进出口总额", "货物进出口总额"])
        // A name with no measure of its own shares the last item's rate.
        #expect(Self.subjects(in: ["农村自来水、卫生户厕普及率超过98%、85%。"], review) == ["农村自来水普及率", "卫生户厕普及率"])
        // A name holding a numeral word lists too; counts of different things pair; a word joining a
        // pair lists its two, unless the numbers are marks crossed in turn. From Shaanxi's verdicts.
        #expect(Self.subjects(in: ["“新三样”、集成电路出口增长30.4％、30.1％。"], review) == ["新三样出口", "集成电路出口"])
        #expect(Self.subjects(in: ["每千人床位数、执业（助理）医师数增至7.83张、3.57个。"], review) == ["每千人床位数", "每千人执业（助理）医师数"])
        #expect(Self.subjects(in: ["城乡居民人均收入年均增长5.3％、7.7％。"], review) == ["城镇居民人均收入", "农村居民人均收入"])
        #expect(Self.subjects(in: ["进出口总额接连突破8万亿元、9万亿元。"], review) == ["进出口总额", "进出口总额"])
    }

    /// Sentences of the 2026 provincial reports judged in rounds 12–15 and the subjects their
    /// numbers take in a review.
    static let realSentences: [(sentence: String, subjects: [String])] = [
        // Counts listed before one predicate share it; a name may hold a number (`5G`).
        ("8所职业院校、12个专业群入选国家第二期“双高计划”。", ["入选国家第二期双高计划的职业院校", "入选国家第二期双高计划的专业群"]),
        ("11户企业入选工信部5G工厂名录。", ["入选工信部5G工厂名录的企业"]),
        ("全省8个品种入选国家农作物优良品种推广目录。", ["入选国家农作物优良品种推广目录的品种"]),
        ("15所高职院校21个专业群入选国家“双高计划”名单。", ["入选国家双高计划名单的高职院校", "高职院校入选国家双高计划名单的专业群"]),
        // The owner named before a list's first deed does the later ones; an opening deed, after
        // `累计` too, is every item's; a deed with no things after it names work, not an owner, and
        // items naming their own measure share nothing.
        ("辽宁实验室集聚科研人员1110人、实施自主科研项目88项、转化科研成果328项。", ["辽宁实验室集聚科研人员", "辽宁实验室实施自主科研项目", "辽宁实验室转化科研成果"]),
        ("全市博物馆、美术馆举办文化展览1565场、接待海内外观众4900万人次。", ["博物馆、美术馆举办文化展览", "博物馆、美术馆接待海内外观众"]),
        ("软信产业“满天星”行动新增从业人员29.1万人、企业1.85万家。", ["软信产业满天星行动新增从业人员", "软信产业满天星行动新增企业"]),
        ("累计治理水土流失面积8000平方公里、石漠化面积1033平方公里。", ["累计治理水土流失面积", "累计治理石漠化面积"]),
        ("完成农用地整治23.8万亩、建设用地整理4.8万亩。", ["农用地整治", "建设用地整理"]),
        ("完成铁路建设投资8000亿元、公路水运投资1.8万亿元。", ["铁路建设投资", "公路水运投资"]),
        ("改造老旧供热、燃气、排水管网800公里、600公里、300公里。", ["改造老旧供热", "改造燃气管网", "改造排水管网"]),
        ("有序改造供热管网1287公里、燃气管网810公里。", ["改造供热管网", "改造燃气管网"]),
        ("启动城中村改造2.6万户、老旧小区改造8.36万户。", ["启动城中村改造", "启动老旧小区改造"]),
        ("创建示范、评比表彰项目分别压减88.5%、37.5%。", ["创建示范", "评比表彰项目"]),
        ("新增电力装机3000万千瓦，其中可再生能源装机2000万千瓦。", ["新增电力装机", "新增可再生能源装机"]),
        // A list's head after `等`, its scope, its items' own measures and owners.
        ("食品、石化、医药、信息等产业增加值分别增长7.5%、11.5%、17.4%、7.3%。", ["食品产业增加值", "石化产业增加值", "医药产业增加值", "信息产业增加值"]),
        ("学前教育毛入园率、高中阶段和高等教育毛入学率分别达到93.5%、98.5%、64.3%。", ["学前教育毛入园率", "高中阶段入学率", "高等教育毛入学率"]),
        ("限额以上通讯器材、家用电器、新能源汽车零售额分别增长40.9％、27.1％、30.6％。", ["限额以上通讯器材零售额", "限额以上家用电器零售额", "限额以上新能源汽车零售额"]),
        ("每千人托位、养老床位数分别达到4.7个、27.3张。", ["每千人托位", "每千人养老床位数"]),
        ("工业、制造业、工业技改投资分别增长9.4％、13.3％、6.1％。", ["工业投资", "制造业投资", "工业技改投资"]),
        ("全域旅游人数、旅游综合收入分别增长9.2%、10.2%。", ["全域旅游人数", "旅游综合收入"]),
        ("今年化学需氧量、氨氮排放量要分别下降2%。", ["化学需氧量排放量", "氨氮排放量"]),
        ("原煤、原油、天然气产量分别达到7000万吨、1280万吨、10亿立方米。", ["原煤产量", "原油产量", "天然气产量"]),
        ("对东盟、中亚进出口分别增长16.7%、20%。", ["对东盟进出口", "对中亚进出口"]),
        ("城乡低保标准提高到每月815元和615元。", ["城镇低保标准", "农村低保标准"]),
        ("金融机构本外币存、贷款余额双双突破6万亿元。", ["金融机构本外币存、贷款余额"]),
        // Shares of a plan or an average are ratios to it.
        ("城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%。", ["城镇新增就业完成年计划的比例", "发放创业担保贷款完成年计划的比例"]),
        ("单位地区生产总值能耗、主要污染物排放强度分别约为全国平均的70%、60%。", ["单位地区生产总值能耗为全国平均的比例", "主要污染物排放强度为全国平均的比例"]),
        // Gaps to an average, or between a growth rate and an earlier time's, compare; a target set
        // is restated where it is explained; a new milestone restates its number; a duration names
        // nothing.
        ("建成面积占永久基本农田比例达到66.25%，超过全国平均水平0.28个百分点。", ["建成面积占永久基本农田比例"]),
        ("地区生产总值年均增长4.5%，高于“十三五”时期1.2个百分点。", ["地区生产总值"]),
        ("高技术制造业投资增长11.5%，民间投资占比提高2.2个百分点。", ["高技术制造业投资", "民间投资占比"]),
        ("确定4.5%左右的增长目标，在实际工作中努力争取更好结果。", []),
        ("粮食综合生产能力迈上1000亿斤新台阶。", ["粮食综合生产能力"]),
        ("建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点。", ["建成面积占永久基本农田比例", "建成面积占永久基本农田比例"]),
        // What a later clause measures with no owner of its own is of the park, zone or corridor the
        // sentence opens on, not of an aim (`海洋强省`); a place or body right before a count owns the
        // things counted, examples do not.
        ("天开高教科创园蓬勃发展，“一核两翼多点”布局深化拓展，累计注册科技型企业超4500家，基金规模超200亿元。", ["天开高教科创园累计注册科技型企业", "天开高教科创园基金规模"]),
        ("西部陆海新通道扩面提质，辐射全国75个城市、164个铁路站点。", ["西部陆海新通道辐射全国的城市", "西部陆海新通道铁路站点"]),
        ("纵深推进海洋强省建设，海洋生产总值占GDP比重达到14%左右。", ["海洋生产总值占GDP比重"]),
        ("明月湖科创园8家企业亮相国际消费电子展。", ["明月湖科创园企业亮相国际消费电子展"]),
        ("三峡库区431处存量危岩全面除险清患。", ["三峡库区全面除险清患的存量危岩"]),
        ("沈阳浑南科技城落户87个项目。", ["沈阳浑南科技城落户的项目"]),
        ("可可盖等11处煤矿建成试运转。", ["建成试运转的煤矿"]),
        ("中欧班列（成渝）覆盖欧亚120多个城市。", ["中欧班列（成渝）覆盖欧亚的城市"]),
        ("黄浦江累计贯通69公里岸线。", ["黄浦江累计贯通的岸线"]),
        // Adverbs of how far or how early, words holding a verb (`所在`) and a verb before `了` stay
        // out of a noun; a digit joined to a letter is a name's; a length of time in a predicate
        // names a kind of service; a task's number names nothing.
        ("149.5万个婴幼儿所在家庭享受育儿补贴，57.6万名儿童享受减免幼儿园学前一年保育教育费。", ["享受育儿补贴的婴幼儿所在家庭", "享受减免幼儿园学前一年保育教育费的儿童"]),
        ("7家国家区域医疗中心基本建成。", ["建成的国家区域医疗中心"]),
        ("100万新就业群体有了职业伤害保障。", ["新就业群体"]),
        ("新增9家国家卓越级智能工厂、38家国家级5G工厂。", ["新增国家卓越级智能工厂", "新增国家级5G工厂"]),
        ("89.4%的公园实现24小时开放。", ["实现24小时开放的公园占比"]),
        ("7.实施公路安全生命防护工程1500公里。", ["公路安全生命防护工程"]),
        // An effect is brought about by what the clause before works on, not by the last of several
        // deeds; things given are named by whom they are for; a bare rate is of the owner the clause
        // before names.
        ("扩围实施“以旧换新”政策，拉动消费285.6亿元。", ["以旧换新政策拉动消费"]),
        ("国家奖助学金提标扩面、助学贷款提额降息，惠及学生3400多万人次。", ["惠及学生"]),
        ("为退役军人提供5万个就业岗位。", ["为退役军人提供的就业岗位"]),
        ("新增长护险参保人数1561万人，参保率达93%。", ["新增长护险参保人数", "长护险参保率"]),
        // A word joining kinds names each in turn; a share taken is named a share; examples and a
        // year before a count leave the predicate to name what is counted; counts joined by `和`
        // share it. From the Qinghai, Guizhou, Tibet and Xinjiang verdicts (round 16).
        ("农牧业增产增效，牛羊出栏分别增长5.2%、1.9%。", ["牛出栏", "羊出栏"]),
        ("一二三产增加值分别增长3.5%左右、6%左右、5%左右。", ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
        ("应届高校毕业生就业率95%以上，其中区外就业占12%以上。", ["应届高校毕业生就业率", "区外就业占比"]),
        ("蕨麻智慧种植、“江源巧姑”家政服务等5个项目获批国家标准化试点。", ["获批国家标准化试点的项目"]),
        ("西部矿业、能源发展集团等6家企业入选2025西部企业数字化建设成效卓越单位。", ["入选2025西部企业数字化建设成效卓越单位的企业"]),
        ("173名个人和6个科技创新团队入选“珠峰英才”计划。", ["入选珠峰英才计划的个人", "入选珠峰英才计划的科技创新团队"]),
        // A verb of an effect ends the noun after a count; a comma ends a list no `分别` opens; the
        // program a sentence opens on owns its bare funds and projects; a joiner opening a clause
        // or a word after a count is the word's; kinds closed by `等` and their head are counted,
        // as are `多式` lines and courts of a size. From the same verdicts.
        ("消费活力不断释放，20.3亿元以旧换新补贴拉动消费215亿元。", ["以旧换新补贴", "以旧换新补贴拉动消费"]),
        ("绿色食品、有机农产品和地理标志农产品达到1337个，59个产品获得香港STC优质“正”印认证。", ["绿色食品、有机农产品和地理标志农产品", "获得香港STC优质正印认证的产品"]),
        ("对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个。", ["对口援青和东西部协作落实资金", "对口援青和东西部协作项目"]),
        ("和田地区矿业权出让实现收益60.37亿元。", ["和田地区矿业权出让实现收益"]),
        ("深入实施文明乡风建设工程，打造150个和美乡村。", ["打造和美乡村"]),
        ("改造城市供排水、燃气、供热等管网600公里。", ["改造城市供排水、燃气、供热等管网"]),
        ("打造5条多式联运示范线路。", ["打造多式联运示范线路"]),
        ("建成250个社区健身路径或3人制篮球场。", ["建成社区健身路径"]),
        ("能源综合生产能力达到2.3亿吨标准煤左右。", ["能源综合生产能力"]),
        // A work a verb names, a rate of a cut, how long a number held, places and shares of a whole.
        ("推动基本公共服务向乡村延伸，实施21个薄弱电网县域可靠性提升项目。", ["薄弱电网县域可靠性提升项目"]),
        ("带头过紧日子，自治区本级一般性支出连续5年压减比例超5%。", ["自治区本级一般性支出压减比例"]),
        ("建成高原冷凉蔬菜万吨级出口产业集群，“青字号”农产品远销54个国家和地区。", ["青字号农产品远销国家和地区"]),
        ("巩固棉花优势地位，棉花产量连续4年占全国九成以上、就地转化率达45%。", ["棉花产量占全国比重", "就地转化率"]),
        // A bare sum is spent on the work the words after it do; a bare change after the basis it is
        // reckoned on is of the measure before; kinds after `其中` are kinds of what was counted; a
        // capacity names a mine. From the verdicts on Hailar's reports of 2015–2019 (round 17).
        ("投资2.5亿元,实施俄罗斯风情精品街项目。", ["俄罗斯风情精品街项目投资"]),
        ("投资4360万元，对城区雨水管网进行全面改造。", ["城区雨水管网改造投资"]),
        ("投资1亿元，启动实施黑羊站水厂改扩建工程。", ["黑羊站水厂改扩建工程投资"]),
        ("投入187亿元办好“28+10”项民生实事。", ["28+10项民生实事投入"]),
        ("全年地区生产总值完成192.3亿元，按可比价计算，同比增长6.0%。", ["地区生产总值", "地区生产总值"]),
        ("今年，我区安排重点项目105个，其中，工业类3个、城市建设类28个。", ["重点项目", "工业类重点项目", "城市建设类重点项目"]),
        ("推进大唐700万吨露天矿前期工作。", []),
        // Capacities listed up to the projects they size, a plant's units times their size and what a
        // project is to make a year too (Hailar 2012 and 2013).
        ("400万吨褐煤提质、5万千瓦风电、东电2×35万千瓦热电联产等项目前期工作扎实推进。", []),
        ("冀东物贸集团年产3000辆专用车项目顺利开工。", []),
        // Months are a length of time, no count of things (Shenzhen 2022, Guangming 2021).
        ("今年已经过去3个多月。", []),
        // A bound on a measure of firms, or on what a deed is done to, names a kind of them; a bound on
        // what a deed gives is an amount (Luohu 2019, Bao'an 2019).
        ("力争引进产值10亿元以上企业5家、产值千万元以上企业10家。", ["引进产值10亿元以上企业", "引进产值千万元以上企业"]),
        ("推动主营收入5亿元以上工业企业全部建立研发机构。", []),
        ("对200平方米以上餐厅厨房实施明厨亮灶。", []),
        ("发放5000亿元以上贷款。", ["贷款"]),
        // A bound after `均` holds for each item; names in quotes side by side are items, sharing the
        // words after the last quote (Shenzhen 2022).
        ("全社会用电量、供电量均突破1000亿千瓦时。", ["全社会用电量", "供电量"]),
        ("“i深圳”“深i企”注册用户分别超过1600万、180万。", ["i深圳注册用户", "深i企注册用户"]),
        // A measure per land is no indicator's own (Futian 2018).
        ("地区生产总值地均集约度48.6亿元/平方公里，增长8.4％。", ["地区生产总值地均集约度", "地区生产总值地均集约度"]),
        // `为` ending a word is no `为` of a level reached; adverbs of time or pace end no name
        // (Bao'an 2019, Guangming 2021).
        ("全年立案处罚环境违法行为868宗。", ["立案处罚环境违法行为"]),
        ("光明云谷片区开工的市政道路已经有9条。", ["光明云谷片区开工的市政道路"]),
        ("用5个月完成茅洲河碧道光明段建设。", []),
        ("城乡居民人均可支配收入分别增长7.5%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
        // Two numbers measuring the same things (`301户611人`) share their name; how a level was
        // reached and a filler leaving one character name nothing; a class of size is a name.
        ("建档立卡贫困户301户611人全部脱贫。", ["建档立卡贫困户", "建档立卡贫困户"]),
        ("棚改配套道路完成13条15公里。", ["棚改配套道路", "棚改配套道路"]),
        ("全区96户177人建档立卡贫困人口实现了两不愁。", ["实现了两不愁的建档立卡贫困人口", "建档立卡贫困人口"]),
        ("建立行政权责清单动态机制，行政许可事项缩减到130项。", ["行政许可事项"]),
        ("政务服务水平大幅提升，全年办件6109件，办结率100%。", ["办件", "办结率"]),
        ("建设600个亿元级工业项目。", ["建设亿元级工业项目"]),
        // The work after `的` is what was done to the things counted; a modifier of kind before `的`
        // qualifies the head after it; examples before `等` take the head without `的`; a count
        // and a length in another unit name the same things. From round 17's verdicts on Hailar.
        ("实施36个老旧小区的既有建筑节能改造、23个老旧小区的三级供热管网改造。", ["既有建筑节能改造的老旧小区", "三级供热管网改造的老旧小区"]),
        ("加快推进便民市场建设,建成4座现代化的垃圾中转站。", ["建成现代化垃圾中转站"]),
        ("投资6349万元,重点实施了第五中学改扩建等5项工程。", ["第五中学改扩建等工程投资", "第五中学改扩建等工程"]),
        ("完成了老城区8条、12.3公里道路提升改造。", ["老城区提升改造的道路", "道路"]),
        ("完成投资5.2亿元，建成保障性住房2262套。", ["保障性住房投资", "建成保障性住房"]),
        // A year before a name is no part of it; `递增` is a rise and `发展到` a level reached (Hailar 2016).
        ("2015年城镇常住居民人均可支配收入达到30788元，年均递增12.2%。", ["城镇常住居民人均可支配收入", "城镇常住居民人均可支配收入"]),
        ("农民专业合作社发展到133家。", ["农民专业合作社"]),
        ("老旧城区改造成效明显，五年累计投入16.54亿元用于老旧城区基础设施建设。", ["老旧城区基础设施建设投入"]),
        ("全年计划投资15亿元，统筹推进棚户区改造和城市基础设施建设。", ["棚户区改造和城市基础设施建设计划投资"]),
        // A list of works closed by `等` ends its last item there, and a work its kind names was done
        // to each item; a kind naming none adds nothing, and `等` in a word is no list's (Hailar 2012).
        ("11公里污水管网、16公里雨水管网和19公里城市道路等改扩建工程顺利完工。", ["污水管网改扩建", "雨水管网改扩建", "城市道路改扩建"]),
        ("完成了6条城市道路、10处公园绿地、60个小区等城区绿化工程。", ["城市道路绿化", "公园绿地绿化", "小区绿化"]),
        ("重点实施31.2公里农村公路、1.8万亩节水灌溉等工程建设。", ["农村公路", "节水灌溉"]),
        ("新建5所高等院校。", ["新建高等院校"]),
        // An amount per head after `年人均` is the standard's named before it, or the one the sentence
        // opens on, in the scope before `年人均` (Hailar 2012).
        ("城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村年人均提高200元，均高于自治区标准。", ["城镇最低生活保障标准", "农村最低生活保障标准"]),
        ("社区干部生活补贴、环卫工人工资再次提高，年人均增加2400元。", ["社区干部生活补贴、环卫工人工资"]),
        ("企业退休人员养老金年人均提高2556元。", ["企业退休人员养老金"]),
        // How a figure was counted, a note that it holds below, a record, a resolve or how much are
        // said of a name, not part of it (Luohu 2019, Yantian 2015, Hailar 2012).
        ("初步核算2018年地区生产总值达2253.69亿元，增长7.3%(下同)。", ["地区生产总值", "地区生产总值"]),
        ("预计（下同）实现本区生产总值450.23亿元，比上年（下同）增长8.9%。", ["本区生产总值", "本区生产总值"]),
        ("盐田港区集装箱吞吐量创历史新高，达1167.28万标箱，增长8.1%。", ["盐田港区集装箱吞吐量", "盐田港区集装箱吞吐量"]),
        ("新农合参合率再创新高，达到98.5%。", ["新农合参合率"]),
        ("全区旅游人数力争突破370万人次。", ["全区旅游人数"]),
        // Things bought, set up, adjusted or broken up are counted with the deed (Luohu 2019).
        ("财政出资购置9万平方米产业用房，挂牌6个中小学教育集团、3个幼教集团。", ["购置产业用房", "挂牌中小学教育集团", "挂牌幼教集团"]),
        ("优化调整102条公交线路，扫黑除恶专项斗争打掉5个犯罪集团。", ["优化调整公交线路", "打掉犯罪集团"]),
    ]

    @Test(arguments: realSentences)
    func subjectsOfRealSentences(_ sentence: String, _ subjects: [String]) {
        #expect(Self.subjects(in: [sentence], .init(partRole: .review, partYear: 2025, reportYear: 2026)) == subjects)
    }

    /// Qualifiers shared by a list, the measure of a standard raised per month, changes from a
    /// named year, a gloss before a bound, milestones crossed in turn, units of cases and sessions.
    /// From the verdicts on Fujian, Ningxia, Hebei, Liaoning, Zhejiang and Jilin's 2026 reports.
    @Test func qualifiersMeasuresPeriodsAndUnitsOfRealSentences() {
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        #expect(Self.facts("单位地区生产总值能耗、主要污染物排放强度分别约为全国平均的70%、60%。", review).map(\.quantity.qualifier) == [.about, .about])
        #expect(Self.facts("最低工资标准每月提高183元。", review).map { "\($0.subject) \($0.measure)" } == ["最低工资标准 growth"])
        #expect(Self.facts("城镇年人均提高600元。", review).map(\.quantity.unit) == ["元/人·年"])
        // `平米` is the square metre said short (Shenzhen 2016).
        #expect(Self.facts("拆除违法建筑153.6万平米。", review).map { "\($0.subject) \($0.quantity.shortText)" } == ["拆除违法建筑 153.6万平米"])
        // The urban income named without `居民`, and rural net income, the name before 2014 (Hailar 2012).
        #expect(Self.facts("城镇人均可支配收入达到23896元，农民人均纯收入达到16892元。", review).map { $0.indicator ?? "-" }
            == ["disposable_income_urban", "net_income_rural"])
        // A worker's full-time equivalent is counted in person-years (Shenzhen 2022).
        #expect(Self.facts("研究与试验发展人员全时当量达34.6万人年。", review).map(\.quantity.unit) == ["万人年"])
        // `缩短` is a fall (Futian 2018).
        #expect(Self.facts("审批时间缩短近30％。", review).map { "\($0.measure) \($0.quantity.shortText)" } == ["growth -30%近"])
        #expect(Self.facts("新增就业岗位6万个。", review).map { $0.indicator ?? "-" } == ["-"])
        // Disputes are resolved one by one: a count of deeds, and a rate of resolving (Guangming 2021).
        #expect(Self.facts("化解劳资纠纷8817宗，化解率99%。", review).map { "\($0.measure) \($0.quantity.shortText)" } == ["level 8817宗", "rate 99%"])
        let changes = FactExtractor().facts(
            inSentence: "全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元，一般公共预算收入从3826.5亿元增长到4398.6亿元。",
            sentenceID: "p1.s1", sectionID: "part1", context: .init(partRole: .review, partYear: nil, reportYear: 2026, period: Period(first: 2021, last: 2025)))
        #expect(changes.map { $0.period?.description ?? "-" } == ["2020", "2025", "2020", "2025"])
        let glossed = Self.facts("开放共享科研设施和科研仪器1万台（套）以上。", .init(partRole: .plan, partYear: 2026, reportYear: 2026))
        #expect(glossed.map { "\($0.subject) \($0.quantity.qualifier?.rawValue ?? "-")" } == ["开放共享科研设施和科研仪器 以上"])
        let milestones = Self.facts("全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%。", review)
        #expect(milestones.map { "\($0.indicator ?? "-") \($0.quantity.value) \($0.quantity.qualifier?.rawValue ?? "-")" } == ["gdp 9 超过", "gdp 5.9 -"])
        let units = Self.facts("盘活闲置农房2万宗，开设亲子关系成长课堂1万期，累计实施保护性耕作1.19亿亩次。", review)
        #expect(units.map(\.quantity.unit) == ["万宗", "万期", "亿亩次"])
    }

    /// Values a `分别` list starts from, after `从` or with the year they reach named, go with their
    /// items, and each start is of its own year; a capacity in a list of plants is part of a name.
    /// From the Tibet, Guizhou, Qinghai and Xinjiang verdicts (round 16).
    @Test func listedChangesFromNamedYearsAndCapacitiesOfListedPlants() throws {
        let review = FactExtractor.Context(partRole: .review, partYear: nil, reportYear: 2026, period: Period(first: 2021, last: 2025))
        let described = { (facts: [Fact]) in facts.map { "\($0.subject) \($0.period?.description ?? "-") \($0.quantity.value)" } }
        #expect(described(Self.facts("城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元，各族群众获得感成色更足。", review)) == [
            "城镇居民人均可支配收入 2021 46503", "农村居民人均可支配收入 2021 16935",
            "城镇居民人均可支配收入 2025 58794", "农村居民人均可支配收入 2025 23184",
        ])
        #expect(described(Self.facts("城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年，城乡居民基础养老金最低标准从98元/月提高到178元/月。", review)) == [
            "城镇低保平均标准 2020 645", "农村低保平均标准 2020 4318", "城镇低保平均标准 2025 801", "农村低保平均标准 2025 7226",
            "城乡居民基础养老金最低标准 2020 98", "城乡居民基础养老金最低标准 2025 178",
        ])
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2026, reportYear: 2026)
        #expect(Self.subjects(in: ["推动桥头铝电50万吨绿电铝产能置换转型升级技改、青海辉源20万吨绿色高性能铝板带箔、青海广泰10万吨再生铝等项目建设。"], plan).isEmpty)
        #expect(Self.subjects(in: ["国能哈密400万吨煤制油和天池准东、国能准东20亿立方米/年煤制天然气项目开工建设。"], review).isEmpty)
        #expect(Self.subjects(in: ["新增产能50万吨和3个项目。"], plan) == ["新增产能", "项目"])
        // A mark crossed on the way to the level stated next is no fact; a span named first is where
        // its changes start; one kind of a list closed by `等` is no indicator.
        #expect(described(Self.facts("农村居民人均可支配收入首次突破2万元、达到20793元。", review)) == ["农村居民人均可支配收入 2025 20793"])
        #expect(described(Self.facts("2020年到2025年，工业投资占固定资产投资比重从17.9%提升到35.5%。", review)) == [
            "工业投资占固定资产投资比重 2020 17.9", "工业投资占固定资产投资比重 2025 35.5",
        ])
        #expect(Self.facts("超长期特别国债、专项债、中央预算内等资金2118亿元。", review).map { $0.indicator ?? "-" } == ["-"])
        // The year a multiple is taken of is no time of it (Hailar 2016, round 18).
        #expect(described(Self.facts("旅游接待人数达到607万人次，是2020年的2.4倍。", review)) == ["旅游接待人数 2025 607", "旅游接待人数 2021-2025 2.4"])
        // Years bounding a change name no year under review: the five years go on after them.
        let text = "2026年政府工作报告\n一、2025年和“十四五”时期工作回顾\n五年来，我们办成了一些大事。2020年到2025年，工业投资占固定资产投资比重从17.9%提升到35.5%。新增五星级饭店16家。\n"
        let report = try Report(parsing: Data(text.utf8), defaults: ReportMetadata(year: 2026))
        #expect(FactExtractor().facts(in: report).map { $0.period?.description ?? "-" } == ["2020", "2025", "2021-2025"])
        let units = Self.facts("农作物种质资源总量突破48万份，能源综合生产能力达到2.3亿吨标准煤左右，解决3亿多农村人口饮水问题。", review)
        #expect(units.map { "\($0.quantity.unit) \($0.quantity.qualifier?.rawValue ?? "-")" } == ["万份 突破", "亿吨标准煤 左右", "亿人 多"])
    }

    /// A count of as many things as are named before it, or of a set something is one of, only sizes
    /// the set; so do a speed naming a class and places moved in a ranking. From the Jilin, Jiangxi
    /// and Liaoning verdicts.
    @Test func setSizesSpeedsAndRankingsAreNoFacts() {
        let plan = FactExtractor.Context(partRole: .plan, partYear: 2026, reportYear: 2026)
        let review = FactExtractor.Context(partRole: .review, partYear: 2025, reportYear: 2026)
        #expect(Self.subjects(in: ["构建碳达峰足迹管控、降碳路径、支撑保障3个体系。"], plan).isEmpty)
        #expect(Self.subjects(in: ["做大做强稻米、油料、果蔬、生猪、家禽、水产和林下经济7个千亿级产业。"], plan).isEmpty)
        #expect(Self.subjects(in: ["东北虎豹国家公园成为全国首批5个国家公园之一。"], review).isEmpty)
        #expect(Self.subjects(in: ["成为全国首个全部设区市通时速350公里高铁的省份。"], review).isEmpty)
        #expect(Self.subjects(in: ["创新能力综合指标排名提升7位。"], review).isEmpty)
        // Things made, and a share of a thousand, stay.
        #expect(Self.subjects(in: ["本桓宽、凌绥、台黑3条高速建成通车。"], review) == ["建成通车的高速"])
        #expect(Self.subjects(in: ["21个学科进入ESI前千分之一。"], review) == ["进入ESI前千分之一的学科"])
    }

    /// A paragraph opening on the five-year plan's outline speaks of the plan's years, and how many
    /// indicators the plan sets describes the plan. From Liaoning's 2026 report.
    @Test func theOutlineOfAFiveYearPlanSpeaksOfItsYears() throws {
        let text = """
            2026年辽宁省政府工作报告
            二、“十五五”时期目标任务和2026年工作安排
            《纲要（草案）》明确了经济社会发展主要指标：一是围绕经济发展，提出6项指标，其中地区生产总值年均增长5%左右。三是围绕民生福祉，提出8项指标，其中城镇调查失业率5.5%左右。以上共计28项指标，其中预期性指标19项、约束性指标9项。
            城镇调查失业率5.5%左右。
            """
        let facts = FactExtractor().facts(in: try Report(parsing: Data(text.utf8)))
        #expect(facts.map { "\($0.subject) \($0.period?.description ?? "-")" }
            == ["地区生产总值 2026-2030", "城镇调查失业率 2026-2030", "城镇调查失业率 2026"])
    }

    /// `这五年` opens a review of the five years before the report; what was added over them is no
    /// stock of their last year. From Hunan's 2026 report.
    @Test func theseFiveYearsReviewTheSpanAndWhatWasAddedOverIt() throws {
        let text = """
            2026年湖南省政府工作报告
            一、“十四五”时期工作回顾
            这五年，基础设施支撑力更加坚实。全省高速成网，新增高速公路通车里程1523公里，总里程达8667公里。
            """
        let facts = FactExtractor().facts(in: try Report(parsing: Data(text.utf8)))
        #expect(facts.map { "\($0.subject) \($0.period?.description ?? "-")" } == ["新增高速公路通车里程 2021-2025", "高速公路通车总里程 2025"])
    }

    /// A bare measure of an industry is of the industry the paragraph last opened a sentence on.
    /// From Jilin's 2026 report.
    @Test func aBareMeasureOfAnIndustryIsOfTheParagraphs() throws {
        let text = """
            2026年吉林省政府工作报告
            一、2026年工作安排
            石化产业持续“减油增化提质”，建设一批化工新材料项目。产值突破1300亿元。新材料产业瞄准高端化发力。拓展聚醚醚酮产业化应用。产值超过350亿元。
            产值达到780亿元。
            """
        let facts = FactExtractor().facts(in: try Report(parsing: Data(text.utf8)))
        #expect(facts.map(\.subject) == ["石化产业产值", "新材料产业产值", "产值"])
    }

    /// A part headed by a span and a year gives its sections the year. From Liaoning's 2026 report.
    @Test func sectionsOfASpanAndYearPartAreTheYears() throws {
        let text = """
            2026年辽宁省政府工作报告
            一、2025年和“十四五”时期工作回顾
            （一）着力推动政策落地
            城镇新增就业50万人。
            二、“十五五”时期目标任务和2026年工作安排
            “十五五”时期，全省城镇新增就业200万人以上。
            （一）统筹促消费和扩投资
            城镇新增就业45万人。
            """
        let facts = FactExtractor().facts(in: try Report(parsing: Data(text.utf8)))
        #expect(facts.map { "\($0.role) \($0.period?.description ?? "-")" } == ["outcome 2025", "target 2026-2030", "target 2026"])
    }

    /// A heading of slogans names no role; the part's first words do. From Fujian's 2026 report.
    @Test func aPartHeadedBySlogansTakesItsRoleFromItsFirstWords() throws {
        let text = """
            2026年福建省政府工作报告
            一、一年接着一年干，新福建建设持续取得新进展新成效
            2025年是“十四五”收官之年。新增国家级人才计划入选者106人。
            二、一张蓝图绘到底，奋力谱写中国式现代化福建篇章
            “十五五”时期是基本实现社会主义现代化夯实基础的关键时期。
            三、一鼓作气勇争先，全力推动“十五五”开好局、起好步
            城镇新增就业50万人。
            """
        let report = try Report(parsing: Data(text.utf8))
        #expect(report.parts.map { "\($0.role.map { "\($0)" } ?? "-") \($0.period?.description ?? "-")" } == ["review 2025", "plan 2026-2030", "plan 2026"])
        #expect(FactExtractor().facts(in: report).map { "\($0.role) \($0.period?.description ?? "-")" } == ["outcome 2025", "target 2026"])
    }

    /// The part explaining the next five-year plan looks back on the last one first: those
    /// paragraphs state outcomes of the span they open on. From Shanghai's 2026 report (not in Reports/).
    @Test func aLookBackInThePlanPartStatesOutcomes() throws {
        let text = """
            2026年上海市政府工作报告
            一、2025年工作回顾
            全市生产总值增长5.4%。
            二、关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明
            “十四五”时期，上海发展历程极不寻常。全市生产总值从4.16万亿元增加到5.67万亿元。
            “十五五”时期具有承前启后的重要地位。全市生产总值年均增长5%左右。
            """
        let facts = FactExtractor().facts(in: try Report(parsing: Data(text.utf8))).filter { $0.sectionID == "part2" }
        #expect(facts.map { "\($0.role) \($0.quantity.shortText) \($0.period?.description ?? "-")" } == [
            "outcome 4.16万亿元 2020", "outcome 5.67万亿元 2025", "target 5%左右 2026-2030",
        ])
    }

    /// A five-year review, then the year just past opened after a greeting (`各位代表，刚刚过去的2025年，…`)
    /// and its lead sentences: their numbers are the year's, not the five years'. From the 2026
    /// report of Jiangsu, which is not in Reports/.
    @Test func theYearJustPastAfterAGreeting() throws {
        let text = """
            2026年江苏省政府工作报告
            一、“十四五”时期和2025年工作回顾
            五年来，全省城镇新增就业690万人。
            各位代表，刚刚过去的2025年，全省上下着力稳就业，经济运行总体平稳。
            ——“向优”的质效稳步提升。城镇新增就业141万人。
            """
        let facts = FactExtractor().facts(in: try Report(parsing: Data(text.utf8)))
        #expect(facts.map { "\($0.quantity.shortText) \($0.period?.description ?? "-")" } == ["690万人 2021-2025", "141万人 2025"])
    }
}

@Suite("Indicator lexicon")
struct FactsLexiconTests {
    @Test(arguments: [
        "gdp", "industrial_value_added", "fixed_asset_investment", "retail_sales", "foreign_trade",
        "public_budget_revenue", "urban_new_jobs", "urban_unemployment_rate", "cpi", "disposable_income",
        "disposable_income_urban", "disposable_income_rural", "grain_output", "grain_area", "energy_intensity",
        "coal_output", "pm25", "good_air_days", "afforestation", "deficit_ratio",
    ])
    func shipsRequiredIndicator(_ id: String) {
        #expect(IndicatorLexicon.shipped.entry(id: id) != nil)
    }

    @Test(arguments: [
        ("国内生产总值", "gdp"), ("全市地区生产总值", "gdp"), ("经济总量", "gdp"), ("GDP", "gdp"),
        ("单位国内生产总值能耗", "energy_intensity"), ("农村居民人均可支配收入", "disposable_income_rural"),
        ("城镇调查失业率", "urban_unemployment_rate"), ("规上工业增加值", "industrial_value_added"),
    ])
    func findsTheLongestName(_ phrase: String, _ id: String) {
        #expect(IndicatorLexicon.shipped.match(in: phrase)?.entry.id == id)
    }

    @Test func polarityDecidesVerdicts() {
        #expect(IndicatorLexicon.shipped.entry(id: "cpi")?.polarity == .ceiling)
        #expect(IndicatorLexicon.shipped.entry(id: "energy_intensity")?.polarity == .lowerIsBetter)
        #expect(IndicatorLexicon.shipped.entry(id: "gdp")?.polarity == .higherIsBetter)
    }

    @Test func latinNamesMatchWholeWords() {
        #expect(IndicatorLexicon.shipped.match(in: "GDPR rules") == nil)
    }
}

@Suite("Fact output")
struct FactsFormatterTests {
    private static let fact = Fact(
        id: "p1.s1.f1", role: .target, indicator: "gdp", subject: "地区生产总值", measure: .growth, year: 2025,
        quantity: Quantity(value: 5, unit: "%", qualifier: .atLeast), sectionID: "part2",
        sentenceID: "p1.s1", sentence: "目标是：地区生产总值增长 5%以上，\"稳\"字当头。"
    )

    @Test func csvHasTheExactHeaderAndQuotesFields() {
        let lines = FactFormatter.csv([Self.fact]).components(separatedBy: "\r\n")
        #expect(lines[0] == "id,role,indicator,subject,measure,year,value,unit,qualifier,section,text,period,headline")
        #expect(lines[1] == "p1.s1.f1,target,gdp,地区生产总值,growth,2025,5,%,以上,part2,\"目标是：地区生产总值增长 5%以上，\"\"稳\"\"字当头。\",2025,")
    }

    @Test func xmlIsEscapedAndNamespaced() throws {
        var fact = Self.fact
        fact.sentence = "A & B <c> \"d\"\u{1}"
        let xml = String(decoding: try FactFormatter.xml([fact], source: "2025.txt"), as: UTF8.self)
        #expect(xml.contains("<facts xmlns=\"urn:report-diff:archive:1\" version=\"2\" source=\"2025.txt\">"))
        #expect(xml.contains(">A &amp; B &lt;c&gt; \"d\"</fact>"))
        #expect(xml.contains("qualifier=\"以上\""))
        let document = try XMLDocumentCheck(xml)
        #expect(document.factCount == 1)
    }

    @Test func tableEndsWithTheCount() {
        #expect(FactFormatter.table([Self.fact]).hasSuffix("1 facts\n"))
        #expect(FactFormatter.reading(of: Self.fact.quantity) == "5% 以上")
    }
}

/// Parses XML with Foundation's parser to prove the output is well formed.
private struct XMLDocumentCheck {
    var factCount = 0

    init(_ xml: String) throws {
        final class Delegate: NSObject, XMLParserDelegate {
            var facts = 0
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                if name == "fact" { facts += 1 }
            }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let delegate = Delegate()
        parser.delegate = delegate
        guard parser.parse() else { throw CocoaError(.coderReadCorrupt) }
        factCount = delegate.facts
    }
}
