import Foundation
import ReportModel
import Testing

@testable import ReportParsing

/// One phrase and the quantities it must read as: `value unit qualifier` per quantity, with
/// `lower—upper` for intervals; an empty list means no quantity at all.
struct Phrase: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: [String]

    init(_ text: String, _ expected: String...) {
        self.text = text
        self.expected = expected
    }

    var testDescription: String { text }
}

/// Renders a parse the way the table writes it: `5 % 以上`, `6—6.5 %`, `-2.5 % 左右`.
private func rendered(_ match: QuantityMatch) -> String {
    let quantity = match.quantity
    var value = "\(quantity.value)"
    if let upper = quantity.upperValue { value += "—\(upper)" }
    return [value, quantity.unit, quantity.qualifier?.rawValue].compactMap { $0 }.joined(separator: " ")
}

@Suite("Quantity grammar")
struct FactsQuantityParserTests {
    static let phrases: [Phrase] = [
        // Arabic digits, decimals, magnitudes and units.
        Phrase("全市经济总量跃升至全省第4位、达到2458.8亿元", "2458.8 亿元"),
        Phrase("全年完成固定资产投资 682.6亿元", "682.6 亿元"),
        Phrase("原煤产量完成 1.16亿吨", "1.16 亿吨"),
        Phrase("全市城镇新增就业3.2万人", "3.2 万人"),
        Phrase("全市新造林24万亩", "24 万亩"),
        Phrase("粮食产量1.39万亿斤，再创历史新高", "1.39 万亿斤"),
        Phrase("国内生产总值达到134.9万亿元", "134.9 万亿元"),
        Phrase("建设高标准农田 20.4 万亩", "20.4 万亩"),
        Phrase("可再生能源新增装机3.7亿千瓦", "3.7 亿千瓦"),
        Phrase("新改建“四好农村路”223公里", "223 公里"),
        Phrase("PM2.5浓度控制在36微克/立方米以内", "36 微克/立方米 以内"),
        Phrase("建成34个精品示范村、261 个提档升级村", "34 个", "261 个"),
        Phrase("外贸实绩企业 187 户、排全省第 3位", "187 户"),
        Phrase("提请审议地方性法规草案 3件", "3 件"),
        Phrase("改造升级 373个农村老年人日间照料中心", "373 个"),
        Phrase("新建改扩建6所高校附属学校", "6 所"),
        Phrase("5条国省一级公路集中开工", "5 条"),
        Phrase("新能源汽车年产量突破1300万辆", "1300 万辆 突破"),
        Phrase("过境免签境内停留时间延长至240小时", "240 小时"),
        Phrase("亩产提升10.1斤", "10.1 斤"),
        Phrase("外汇储备超过3.2万亿美元", "3.2 万亿美元 超过"),
        Phrase("改造老旧小区 1,234 个", "1234 个"),
        // Full-width digits and percent signs.
        Phrase("清洁能源装机占比达５７％", "57 %"),
        Phrase("新增大宗工业固废综合利用率达到57％", "57 %"),
        Phrase("培育１２家专精特新企业", "12 家"),
        Phrase("增长３．５％", "3.5 %"),
        // Chinese numerals.
        Phrase("全市财政支出八成以上用于民生", "8 成 以上"),
        Phrase("储备项目盘子保持在年度投资计划两倍以上", "2 倍 以上"),
        Phrase("建成一百二十三个村级服务站", "123 个"),
        Phrase("赤字率提高百分之五", "5 %"),
        Phrase("比上年提高一个百分点", "1 个百分点"),
        Phrase("完成二十五项改革任务", "25 项"),
        Phrase("百分之十二点", "12 %"),
        // Percentages and percentage points with direction words.
        Phrase("地区生产总值增长 5%以上", "5 % 以上"),
        Phrase("国内生产总值增长5%左右", "5 % 左右"),
        Phrase("居民消费价格涨幅 2%左右", "2 % 左右"),
        Phrase("居民消费价格上涨0.2%", "0.2 %"),
        Phrase("单位国内生产总值能耗降低2.5%左右", "-2.5 % 左右"),
        Phrase("单位国内生产总值能耗降幅超过3%", "-3 % 超过"),
        Phrase("细颗粒物（PM2.5）平均浓度下降2.7%", "-2.7 %"),
        Phrase("城镇调查失业率平均为5.2%", "5.2 %"),
        Phrase("常住人口城镇化率提高到66.2%", "66.2 %"),
        Phrase("优良天数比例上升至87.2%", "87.2 %"),
        Phrase("零售额分别增长56.4%、13%", "56.4 %", "13 %"),
        Phrase("高技术制造业、装备制造业增加值分别增长8.9%、7.7%", "8.9 %", "7.7 %"),
        Phrase("占比分别达98%和100%", "98 %", "100 %"),
        Phrase("比上年提高1个百分点", "1 个百分点"),
        Phrase("失业率下降0.3个百分点", "-0.3 个百分点"),
        Phrase("出口增长近30%", "30 % 近"),
        Phrase("脱贫人口务工规模超过3300万", "3300 万 超过"),
        Phrase("居民存量房贷利息年支出减少约1500亿元", "-1500 亿元 约"),
        Phrase("赤字规模5.66万亿元、比上年增加1.6万亿元", "5.66 万亿元", "1.6 万亿元"),
        // Intervals.
        Phrase("经济增长6%—6.5%", "6—6.5 %"),
        Phrase("各开发区因地制宜发展1—2个主导产业", "1—2 个"),
        Phrase("能耗降低2%-3%", "-3—-2 %"),
        Phrase("每年新增3～5万人", "3—5 万人"),
        // Qualifiers.
        Phrase("城镇新增就业1200万人以上", "1200 万人 以上"),
        Phrase("城镇调查失业率5.5%左右", "5.5 % 左右"),
        Phrase("赤字率控制在3%以内", "3 % 以内"),
        Phrase("粮食播种面积稳定在378.9万亩以上", "378.9 万亩 以上"),
        Phrase("粮食总产量达到31亿斤以上", "31 亿斤 以上"),
        Phrase("收入增速不低于6%", "6 % 不低于"),
        Phrase("债务率不超过120%", "120 % 不超过"),
        Phrase("签约项目投资额达到 1000亿元以上", "1000 亿元 以上"),
        Phrase("快递业务量突破 4.5亿件", "4.5 亿件 突破"),
        Phrase("惠及消费者近 10万人次", "10 万人次 近"),
        Phrase("发放补贴约 3亿元", "3 亿元 约"),
        Phrase("6600多万纳税人受益", "6600 万 多"),
        Phrase("建成3000余家驿站", "3000 家 多"),
        Phrase("全年煤炭产量稳定在1.2亿吨左右", "1.2 亿吨 左右"),
        // National 2018: numbers written in two magnitudes.
        Phrase("从9000多公里增加到2万5千公里", "9000 公里 多", "2.5 万公里"),
        Phrase("出境旅游人次由8300万增加到1亿3千多万", "8300 万", "1.3 亿 多"),
        Phrase("化石能源发电量占比接近40%", "40 % 近"),
        Phrase("能耗强度5%以下", "5 % 以下"),
        Phrase("每县至少壮大1个主导产业", "1 个 不低于"),
        Phrase("至少50%", "50 % 不低于"),
        // Not quantities: dates, ordinals, codes, slogans, ages.
        Phrase("2025年2月26日在晋中市第五届人民代表大会第五次会议上"),
        Phrase("锚定“156”战略举措"),
        Phrase("省政府“13710”交办事项"),
        Phrase("平遥古城持续位居全国 5A级景区百强榜前 10位"),
        Phrase("数字经济加快发展，5G用户"),
        Phrase("全面贯彻落实党的二十大和二十届二中、三中全会精神"),
        Phrase("为 80岁以上老年人发放高龄津贴"),
        Phrase("市城区优良天数改善率排全省第1位"),
        Phrase("高质量完成“十四五”规划目标任务"),
        Phrase("国产大飞机C919投入商业运营"),
        Phrase("实施一批重大项目，三个一批活动"),
        Phrase("百乡千村治理行动"),
        Phrase("PM2.5浓度"),
        // Codes next to quantities.
        Phrase("PM2.5浓度下降2.7%", "-2.7 %"),
        Phrase("5G用户普及率超过50%", "50 % 超过"),
        // English.
        Phrase("The economy grew 5.2% last year", "5.2 %"),
        Phrase("unemployment fell to 3.4 percent", "3.4 %"),
        Phrase("We created 10 million jobs", "10 million"),
        Phrase("a $1.9 trillion rescue plan", "1.9 trillion dollars"),
        // `over` renders `以上` in the official translations: an inclusive lower bound.
        Phrase("over $300 billion in investment", "300 billion dollars 以上"),
        Phrase("around 5% of the budget", "5 % 左右"),
        Phrase("at least 50% lower", "-50 % 不低于"),
        Phrase("no more than $35 a month", "35 dollars 不超过"),
        Phrase("cut the deficit by $1.7 trillion", "-1.7 trillion dollars"),
        Phrase("prices are down 1.5 percentage points", "-1.5 percentage points"),
        Phrase("the 118th Congress met in 2023 to pass COVID-19 relief"),
        Phrase("more than one trillion dollars", "1 trillion dollars 以上"),
        Phrase("creation of at least ten million new urban jobs", "10 million 不低于"),
        Phrase("GDP growth of 6–6.5 percent", "6—6.5 %"),
        Phrase("GDP growth of 6.5% to 7%", "6.5—7 %"),
        Phrase("A drop of around 3 percent in energy consumption per unit of GDP", "-3 % 左右"),
        Phrase("has risen from 54 trillion to 82.7 trillion yuan", "54 trillion", "82.7 trillion yuan"),
        Phrase("cut by more than 65 million metric tons and coal by", "-65 million metric tons 以上"),
        Phrase("will be further eased by around 350 billion yuan", "-350 billion yuan 左右"),
        Phrase("cutting no less than 5 percent of their general expenditures", "-5 % 不低于"),
        Phrase("cutting the share of coal consumption by 2 percentage points", "-2 percentage points"),
        Phrase("is to be raised from 50 to 75 percent", "50 %", "75 %"),
        Phrase("ensure that the registered urban unemployment rate does not rise above 4.5%", "4.5 % 不超过"),
        Phrase("registered urban unemployment rate kept within 4.5%", "4.5 % 以内"),
        Phrase("GDP grew by 6.6 percent, exceeding 90 trillion yuan", "6.6 %", "90 trillion yuan 超过"),
        Phrase("共减轻市场主体负担3万多亿元", "3 万亿元 多"),
        Phrase("平板玻璃7600多万重量箱", "7600 万重量箱 多"),
        Phrase("比去年预算低0.4个百分点", "-0.4 个百分点"),
        Phrase("补助标准最高1000元", "1000 元"),
        Phrase("项目签约3543亿元", "3543 亿元"),
    ]

    @Test(arguments: phrases)
    func parses(_ phrase: Phrase) {
        let found = QuantityParser().quantities(in: phrase.text).map(rendered)
        #expect(found == phrase.expected)
    }

    @Test func tableCoversEnoughPhrases() {
        #expect(Self.phrases.count >= 80)
    }

    @Test func spansCoverTheNumberAndItsWords() throws {
        let text = "居民消费价格涨幅 2%左右。"
        let match = try #require(QuantityParser().quantities(in: text).first)
        let characters = Array(text)
        #expect(String(characters[match.span]) == "涨幅 2%左右")
        #expect(String(characters[match.numberSpan]) == "2%")
        #expect(match.direction == .rise)
        #expect(match.directionWord == "涨幅")
    }

    @Test func fallsAreSigned() throws {
        let match = try #require(QuantityParser().quantities(in: "能耗降低2.5%左右").first)
        #expect(match.direction == .fall)
        #expect(match.quantity.value == Decimal(string: "-2.5"))
    }

    @Test(arguments: [
        String(repeating: "1", count: 10_000),
        String(repeating: "亿", count: 10_000),
        "1" + String(repeating: "亿", count: 10_000),
        String(repeating: "1.", count: 5_000),
        String(repeating: "一十", count: 5_000) + "个",
        String(repeating: "5%、", count: 3_000),
    ])
    func pathologicalInputFinishesFast(_ text: String) {
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = QuantityParser().quantities(in: text) }
        #expect(elapsed < .seconds(120), "a hang guard against a runaway scan, not a speed test")
    }

    @Test func longDigitRunsAreNotNumbers() {
        #expect(QuantityParser().quantities(in: String(repeating: "9", count: 40) + "亿元").isEmpty)
    }
}
