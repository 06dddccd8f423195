import ReportModel
import ReportParsing
import Testing

@testable import ReportComparison

/// Sentences of the sample reports; the ones marked *edited* change only the number or qualifier
/// of a real sentence to sit on either side of a boundary.
private enum Sentence {
    static let gdpTarget2024 = "今年发展主要预期目标是：国内生产总值增长5%左右；"
    static let gdpOutcome2024 = "主要表现在，经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列，对全球经济增长的贡献率保持在30%左右。"
    static let jobsTarget2024 = "城镇新增就业1200万人以上，城镇调查失业率5.5%左右；"
    static let jobsTarget2025 = "城镇调查失业率5.5%左右，城镇新增就业1200万人以上；"
    static let jobsOutcome2024 = "就业、物价总体平稳，城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%。"
    static let cpiTarget2024 = "居民消费价格涨幅3%左右；"
    static let cpiTarget2025 = "居民消费价格涨幅2%左右；"
    static let grainTarget2024 = "粮食产量1.3万亿斤以上；"
    static let grainTarget2025 = "粮食产量1.4万亿斤左右；"
    static let grainOutcome2024 = "主要表现在，产业升级有新进展，粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤；"
    static let energyTarget2024 = "单位国内生产总值能耗降低2.5%左右，生态环境质量持续改善。"
    static let energyTarget2025 = "单位国内生产总值能耗降低3%左右，生态环境质量持续改善。"
    static let energyOutcome2024 = "单位国内生产总值能耗降幅超过3%；"
    static let deficitTarget2024 = "赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。"
    static let deficitTarget2025 = "今年赤字率拟按4%左右安排、比上年提高1个百分点，赤字规模5.66万亿元、比上年增加1.6万亿元。"
    static let pm25Target2025 = "推动全市优良天数持续增加，PM2.5浓度控制在36微克/立方米以内，平遥、介休、祁县空气质量明显改善。"
    static let jinzhongGDPTarget2025 = "综合考虑各方面因素，今年发展主要预期目标是：地区生产总值增长5%以上；"
    static let jinzhongGDPOutcome2024 = "积极有效应对需求不足等困难挑战，全市经济总量跃升至全省第4位、达到2458.8亿元。"
    static let villagesTarget2025 = "开展电线、网线、广播电视线“三线整治”，再打造40个精品示范村、300个提档升级村，新改建“四好农村路”223公里。"
    static let villagesOutcome2024 = "学习运用“千万工程”经验，扎实推动“百乡千村”治理行动，建成34个精品示范村、261个提档升级村，完成农村危房改造920户。"
    static let leadersTarget2025 = "县级以上龙头企业销售收入突破330亿元。"
    static let coalOutcome2024 = "全年原煤产量1.16亿吨。"
    static let coalTarget2025 = "煤炭产量稳定在1.2亿吨左右。"
}

/// A target sentence, an outcome sentence and the verdict expected.
struct VerdictCase: Sendable, CustomTestStringConvertible {
    var target: String
    var outcome: String
    var name: String
    var measure: Measure?
    var expected: Verdict
    var note: String

    var testDescription: String { "\(note): \(expected.rawValue)" }
}

@Suite("Scorecard verdicts on real sentences")
struct ScorecardVerdictTests {
    static let cases: [VerdictCase] = [
        // 左右, higher is better (GDP): 0.5 points of tolerance below.
        .init(target: Sentence.gdpTarget2024, outcome: Sentence.gdpOutcome2024, name: "gdp", measure: .growth,
              expected: .met, note: "gdp 5%左右 by 5%"),
        .init(target: Sentence.gdpTarget2024, outcome: "国内生产总值达到134.9万亿元、增长4.5%", name: "gdp", measure: .growth,
              expected: .met, note: "edited: gdp 5%左右 by 4.5%"),
        .init(target: Sentence.gdpTarget2024, outcome: "国内生产总值达到134.9万亿元、增长4.4%", name: "gdp", measure: .growth,
              expected: .missed, note: "edited: gdp 5%左右 by 4.4%"),
        // 左右, ceiling (unemployment, CPI): anything up to 0.5 points above.
        .init(target: Sentence.jobsTarget2024, outcome: Sentence.jobsOutcome2024, name: "urban_unemployment_rate",
              expected: .met, note: "unemployment 5.5%左右 by 5.1%"),
        .init(target: Sentence.jobsTarget2024, outcome: "城镇新增就业1256万人、城镇调查失业率平均为6%",
              name: "urban_unemployment_rate", expected: .met, note: "edited: unemployment 5.5%左右 by 6%"),
        .init(target: Sentence.jobsTarget2024, outcome: "城镇新增就业1256万人、城镇调查失业率平均为6.1%",
              name: "urban_unemployment_rate", expected: .missed, note: "edited: unemployment 5.5%左右 by 6.1%"),
        .init(target: Sentence.cpiTarget2024, outcome: Sentence.jobsOutcome2024, name: "cpi",
              expected: .met, note: "cpi 3%左右 by 0.2%"),
        .init(target: Sentence.cpiTarget2024, outcome: "居民消费价格上涨3.5%。", name: "cpi",
              expected: .met, note: "edited: cpi 3%左右 by 3.5%"),
        .init(target: Sentence.cpiTarget2024, outcome: "居民消费价格上涨3.6%。", name: "cpi",
              expected: .missed, note: "edited: cpi 3%左右 by 3.6%"),
        // 左右, lower is better (energy intensity, a fall): up to 0.5 points less of a fall.
        .init(target: Sentence.energyTarget2024, outcome: Sentence.energyOutcome2024, name: "energy_intensity",
              expected: .met, note: "energy -2.5%左右 by a fall of over 3%"),
        .init(target: Sentence.energyTarget2024, outcome: "单位国内生产总值能耗降低2%；", name: "energy_intensity",
              expected: .met, note: "edited: energy -2.5%左右 by -2%"),
        .init(target: Sentence.energyTarget2024, outcome: "单位国内生产总值能耗降低1.9%；", name: "energy_intensity",
              expected: .missed, note: "edited: energy -2.5%左右 by -1.9%"),
        // 左右 on a level: 5% of the target, after normalising magnitudes.
        .init(target: Sentence.grainTarget2025, outcome: "粮食产量1.33万亿斤；", name: "grain_output",
              expected: .met, note: "edited: grain 1.4万亿斤左右 by 1.33万亿斤"),
        .init(target: Sentence.grainTarget2025, outcome: "粮食产量13200亿斤；", name: "grain_output",
              expected: .missed, note: "edited: grain 1.4万亿斤左右 by 13200亿斤"),
        // 以上: at least the number.
        .init(target: Sentence.jobsTarget2024, outcome: Sentence.jobsOutcome2024, name: "urban_new_jobs",
              expected: .met, note: "jobs 1200万人以上 by 1256万人"),
        .init(target: Sentence.jobsTarget2024, outcome: "城镇新增就业1200万人、城镇调查失业率平均为5.1%", name: "urban_new_jobs",
              expected: .met, note: "edited: jobs 1200万人以上 by 1200万人"),
        .init(target: Sentence.jobsTarget2024, outcome: "城镇新增就业1199万人、城镇调查失业率平均为5.1%", name: "urban_new_jobs",
              expected: .missed, note: "edited: jobs 1200万人以上 by 1199万人"),
        .init(target: Sentence.grainTarget2024, outcome: Sentence.grainOutcome2024, name: "grain_output",
              expected: .met, note: "grain 1.3万亿斤以上 by 1.4万亿斤"),
        .init(target: Sentence.grainTarget2024, outcome: "粮食产量13000亿斤；", name: "grain_output",
              expected: .met, note: "edited: grain 1.3万亿斤以上 by 13000亿斤"),
        .init(target: Sentence.grainTarget2024, outcome: "粮食产量12999亿斤；", name: "grain_output",
              expected: .missed, note: "edited: grain 1.3万亿斤以上 by 12999亿斤"),
        // 以内: at most the number.
        .init(target: Sentence.pm25Target2025, outcome: "PM2.5浓度36微克/立方米。", name: "pm25",
              expected: .met, note: "edited: PM2.5 36以内 by 36"),
        .init(target: Sentence.pm25Target2025, outcome: "PM2.5浓度36.1微克/立方米。", name: "pm25",
              expected: .missed, note: "edited: PM2.5 36以内 by 36.1"),
        // 突破: strictly more.
        .init(target: Sentence.leadersTarget2025, outcome: "县级以上龙头企业销售收入331亿元。", name: "县级以上龙头企业销售收入",
              expected: .met, note: "edited: 突破330亿元 by 331亿元"),
        .init(target: Sentence.leadersTarget2025, outcome: "县级以上龙头企业销售收入330亿元。", name: "县级以上龙头企业销售收入",
              expected: .missed, note: "edited: 突破330亿元 by 330亿元"),
        // No qualifier, outside the lexicon: the number itself, higher is better.
        .init(target: Sentence.villagesTarget2025, outcome: "建成40个精品示范村、261个提档升级村。", name: "精品示范村",
              expected: .met, note: "edited: 40个精品示范村 by 40"),
        .init(target: Sentence.villagesTarget2025, outcome: Sentence.villagesOutcome2024, name: "精品示范村",
              expected: .missed, note: "40个精品示范村 by 34"),
        // Not comparable: measures, units, or a bound that does not decide.
        .init(target: Sentence.jinzhongGDPTarget2025, outcome: Sentence.jinzhongGDPOutcome2024, name: "gdp",
              expected: .notComparable, note: "gdp growth 5%以上 by a level 2458.8亿元"),
        .init(target: Sentence.jobsTarget2024, outcome: "城镇新增就业1256万人次。", name: "urban_new_jobs",
              expected: .notComparable, note: "edited: jobs 1200万人以上 by 1256万人次"),
        .init(target: Sentence.cpiTarget2024, outcome: "居民消费价格上涨超过3.4%。", name: "cpi",
              expected: .notComparable, note: "edited: cpi 3%左右 by over 3.4%"),
    ]

    @Test(arguments: cases)
    func verdict(_ example: VerdictCase) throws {
        let target = try ScorecardSentences.target(example.target, example.name)
        let outcome = try ScorecardSentences.outcome(example.outcome, example.name, measure: example.measure)
        let judgement = TargetJudge().verdict(of: target, by: outcome)
        #expect(judgement.verdict == example.expected)
        #expect((judgement.reason != nil) == (example.expected == .notComparable))
    }

    @Test func reasonsSayWhy() throws {
        let judge = TargetJudge()
        let growth = try ScorecardSentences.target(Sentence.jinzhongGDPTarget2025, "gdp")
        let level = try ScorecardSentences.outcome(Sentence.jinzhongGDPOutcome2024, "gdp")
        #expect(judge.verdict(of: growth, by: level).reason == "目标为增速（5%以上），结果为总量（2458.8亿元）")
        let jobs = try ScorecardSentences.target(Sentence.jobsTarget2024, "urban_new_jobs")
        let visits = try ScorecardSentences.outcome("城镇新增就业1256万人次。", "urban_new_jobs")
        #expect(judge.verdict(of: jobs, by: visits).reason == "单位不同：目标为万人，结果为万人次")
    }
}

/// An earlier and a later statement and the change expected.
struct ChangeCase: Sendable, CustomTestStringConvertible {
    var previous: String
    var next: String
    var name: String
    var previousIsOutcome = false
    var expected: TargetChange
    var note: String

    var testDescription: String { "\(note): \(expected.rawValue)" }
}

@Suite("Scorecard target changes on real sentences")
struct ScorecardChangeTests {
    static let cases: [ChangeCase] = [
        .init(previous: Sentence.gdpTarget2024, next: Sentence.gdpTarget2024, name: "gdp",
              expected: .unchanged, note: "gdp 5%左右 → 5%左右"),
        .init(previous: Sentence.jobsTarget2024, next: Sentence.jobsTarget2025, name: "urban_new_jobs",
              expected: .unchanged, note: "jobs 1200万人以上 → 1200万人以上"),
        .init(previous: Sentence.jobsTarget2024, next: "城镇新增就业不低于1200万人；", name: "urban_new_jobs",
              expected: .unchanged, note: "edited: 以上 → 不低于 says the same"),
        .init(previous: Sentence.cpiTarget2024, next: Sentence.cpiTarget2025, name: "cpi",
              expected: .lowered, note: "cpi 3%左右 → 2%左右"),
        .init(previous: Sentence.grainTarget2024, next: Sentence.grainTarget2025, name: "grain_output",
              expected: .raised, note: "grain 1.3万亿斤以上 → 1.4万亿斤左右"),
        .init(previous: Sentence.energyTarget2024, next: Sentence.energyTarget2025, name: "energy_intensity",
              expected: .raised, note: "energy 降低2.5% → 降低3%"),
        .init(previous: Sentence.grainTarget2025, next: "粮食产量14000亿斤左右；", name: "grain_output",
              expected: .unchanged, note: "edited: 1.4万亿斤 → 14000亿斤 is the same"),
        .init(previous: Sentence.jobsTarget2025, next: "城镇调查失业率5.5%以内，城镇新增就业1200万人以上；",
              name: "urban_unemployment_rate", expected: .qualifierChanged, note: "edited: unemployment 5.5%左右 → 5.5%以内"),
        .init(previous: Sentence.deficitTarget2024, next: Sentence.deficitTarget2025, name: "deficit",
              expected: .raised, note: "deficit 4.06万亿元 → 5.66万亿元"),
        .init(previous: Sentence.jinzhongGDPOutcome2024, next: Sentence.jinzhongGDPTarget2025, name: "gdp",
              previousIsOutcome: true, expected: .notComparable, note: "gdp outcome level → growth target"),
        .init(previous: Sentence.jobsTarget2024, next: "城镇新增就业1200万人次以上；", name: "urban_new_jobs",
              expected: .notComparable, note: "edited: 万人 → 万人次"),
        .init(previous: Sentence.coalOutcome2024, next: Sentence.coalTarget2025, name: "coal_output",
              previousIsOutcome: true, expected: .raised, note: "coal outcome 1.16亿吨 → 1.2亿吨左右"),
        .init(previous: "城镇新增就业3.2万人。", next: "城镇新增就业3.2万人以上。", name: "urban_new_jobs",
              previousIsOutcome: true, expected: .unchanged, note: "edited: an outcome's hedge is no change of target"),
        .init(previous: Sentence.villagesOutcome2024, next: Sentence.villagesTarget2025, name: "精品示范村",
              previousIsOutcome: true, expected: .raised, note: "34个精品示范村 → 40个"),
    ]

    @Test(arguments: cases)
    func change(_ example: ChangeCase) throws {
        let previous = example.previousIsOutcome
            ? try ScorecardSentences.outcome(example.previous, example.name)
            : try ScorecardSentences.target(example.previous, example.name)
        let next = try ScorecardSentences.target(example.next, example.name, year: 2025)
        let judgement = TargetJudge().change(from: previous, to: next)
        #expect(judgement.change == example.expected)
        #expect((judgement.reason != nil) == (example.expected == .notComparable))
    }

    @Test func rateAgainstChangeInPointsIsNotComparable() throws {
        let context = FactExtractor.Context(partRole: .plan, partYear: 2025, reportYear: 2025)
        let facts = ScorecardSentences.extractor.facts(
            inSentence: Sentence.deficitTarget2025, sentenceID: "s1", sectionID: "part2", context: context
        )
        let rate = try #require(facts.first { $0.indicator == "deficit_ratio" && $0.measure == .rate })
        let points = try #require(facts.first { $0.indicator == "deficit_ratio" && $0.measure == .growth })
        let judgement = TargetJudge().change(from: rate, to: points)
        #expect(judgement.change == .notComparable)
        #expect(judgement.reason == "目标为比率（4%左右），下年目标为增速（1个百分点）")
    }
}
