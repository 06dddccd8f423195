import ReportComparison
import TestSupport
import Testing

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    @Test(arguments: [
        ("5.5%左右", "5.5%左右"),
        ("增长5.5%左右；", "5.5%左右"),
        ("达到2458.8亿元。", "2458.8亿元"),
        ("粮食产量1.3万亿斤以上；", "1.3万亿斤以上"),
        ("增长6%—6.5%，", "6%—6.5%"),
        ("城镇新增就业1244万人，", "1244万人"),
        ("增长３．５％左右", "３．５％左右"),
        ("比重36.9%，", "36.9%"),
        ("cut it by $1.9 trillion.", "$1.9 trillion"),
        ("grew 5.2 percent last year", "5.2 percent"),
        ("上涨0.2%。", "0.2%"),
        ("下降0.5个百分点", "0.5个百分点"),
        ("浓度30微克/立方米，", "30微克/立方米"),
        ("装机1000万千瓦以上", "1000万千瓦以上"),
        ("发电1.2亿千瓦时", "1.2亿千瓦时"),
        ("新增1000多万人", "1000多万人"),
        ("降低2.5%左右，", "2.5%左右"),
        ("控制在3%以内", "3%以内"),
        ("5条国省一级公路", "5条"),
        ("成立75周年", "75周年"),
        ("2024年工作回顾", "2024年"),
        ("created 12,000,000 jobs", "12,000,000"),
        ("赤字率拟按4%左右安排", "4%左右"),
        ("超长期特别国债1.3万亿元", "1.3万亿元"),
        ("increase of 10 percentage points", "10 percentage points"),
        ("提高到1.2万亿至1.5万亿元", "1.2万亿至1.5万亿元"),
        ("增长８％以下", "８％以下"),
        ("连续3个月下降", "3个月"),
        ("引进1000余家企业", "1000余家"),
    ])
    func numberTokens(text: String, number: String) {
        let tokens = tokenizer.tokens(in: text)
        let numbers = tokens.filter { $0.kind == .number }.map(\.text)
        #expect(numbers == [number])
        #expect(tokens.map(\.text).joined() == text)
    }

    @Test func kindsOfTokens() {
        let tokens = tokenizer.tokens(in: "国内生产总值增长5%左右；America's GDP  grew.")
        #expect(tokens.map(\.text) == [
            "国", "内", "生", "产", "总", "值", "增", "长", "5%左右", "；",
            "America's", " ", "GDP", "  ", "grew", ".",
        ])
        #expect(tokens.map(\.kind) == [
            .han, .han, .han, .han, .han, .han, .han, .han, .number, .punctuation,
            .word, .whitespace, .word, .whitespace, .word, .punctuation,
        ])
    }

    @Test(arguments: [
        "sentence ends in 2022. Next one",
        "一、二、三",
        "C919投入商业运营",
        "$ alone",
        "1,2,3",
        "COVID-19",
        "5多样",
    ])
    func numbersStopWhereTheyShould(text: String) {
        let tokens = tokenizer.tokens(in: text)
        #expect(tokens.map(\.text).joined() == text)
        for token in tokens where token.kind == .number {
            #expect(token.text.last?.isNumber == true || token.text.hasSuffix("年"))
        }
    }

    @Test(arguments: [("cn-national", 2024), ("cn-national", 2025), ("cn-jinzhong", 2025), ("us-sotu", 2022), ("us-sotu", 2023)])
    func roundTripOnSampleReports(issuer: String, year: Int) throws {
        let text = try SampleReports.text(issuer, year)
        let tokens = tokenizer.tokens(in: text)
        #expect(tokens.map(\.text).joined() == text)
        #expect(tokens.allSatisfy { !$0.text.isEmpty })
        #expect(tokens.contains { $0.kind == .number })
    }

    @Test func roundTripOnOddInput() {
        for text in ["", " ", "\r\n", "%", "5", "５", "$", "1.", "1,", "1,23", "6%—", "👨‍👩‍👧 e\u{301}", "\u{0}\u{FFFF}"] {
            #expect(tokenizer.tokens(in: text).map(\.text).joined() == text)
        }
    }

    /// Text with combining marks or emoji sequences is read by grapheme cluster, as plain text
    /// is read by scalar: the same tokens either way, and no cluster cut in two.
    @Test func graphemeClustersStayWhole() {
        let plain = tokenizer.tokens(in: "resume 增长5%左右，12,000 jobs。")
        let clustered = tokenizer.tokens(in: "re\u{301}sume 增长5%左右，12,000 jobs。👍🏽")
        #expect(clustered.first == TextToken(kind: .word, text: "re\u{301}sume"))
        #expect(Array(clustered.dropFirst().dropLast()) == Array(plain.dropFirst()))
        #expect(clustered.last == TextToken(kind: .punctuation, text: "👍🏽"))
        #expect(tokenizer.tokens(in: "a\r\nb").map(\.text) == ["a", "\r\n", "b"])
    }
}
