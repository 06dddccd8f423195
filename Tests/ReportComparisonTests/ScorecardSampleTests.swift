import Foundation
import ReportExport
import ReportModel
import ReportParsing
import TestSupport
import Testing

@testable import ReportComparison

/// The sample reports read as the CLI reads them: issuer and year default to `<issuer>/<year>.txt`.
private enum ScorecardReports {
    static func report(_ issuer: String, _ year: Int) throws -> Report {
        try Report(parsing: Data(try SampleReports.text(issuer, year).utf8), format: .text, defaults: metadata(issuer, year))
    }

    static func metadata(_ issuer: String, _ year: Int) -> ReportMetadata {
        ReportMetadata(issuer: issuer, year: year)
    }

    /// The 2025 national report moved one year on, standing in for a third year: its review speaks
    /// of 2025 and its plan of 2026.
    static func nationalMovedOn() throws -> Report {
        let text = try SampleReports.text("cn-national", 2025)
            .replacingOccurrences(of: "2025年", with: "@@")
            .replacingOccurrences(of: "2024年", with: "2025年")
            .replacingOccurrences(of: "@@", with: "2026年")
        return try Report(parsing: Data(text.utf8), format: .text, defaults: metadata("cn-national", 2026))
    }

    static let national = Result { [try report("cn-national", 2024), try report("cn-national", 2025)] }
    static let jinzhong = Result { try report("cn-jinzhong", 2025) }
}

/// A row as the CSV writes it.
private func line(_ row: ScorecardRow) -> String {
    [
        row.indicator, row.measure.rawValue, String(row.year), row.target?.quantity.shortText ?? "",
        row.outcome?.quantity.shortText ?? "", row.verdict?.rawValue ?? "", row.nextTarget?.quantity.shortText ?? "",
        row.change?.rawValue ?? "",
    ].joined(separator: ",")
}

@Suite("Scorecard of the sample reports")
struct ScorecardSampleTests {
    @Test func nationalAcceptanceRows() throws {
        let scorecard = Scorecard(reports: (try ScorecardReports.national.get()).map { $0.withFacts() })
        let lines = scorecard.csv().split(separator: "\n").map(String.init)
        #expect(lines.first == "indicator,measure,year,target,outcome,verdict,next_target,change,period,headline")
        let expected = [
            "gdp,growth,2024,5%左右,5%,met,5%左右,unchanged,2024,yes",
            "urban_new_jobs,level,2024,1200万人以上,1256万人,met,1200万人以上,unchanged,2024,yes",
            "urban_unemployment_rate,rate,2024,5.5%左右,5.1%,met,5.5%左右,unchanged,2024,yes",
            "cpi,growth,2024,3%左右,0.2%,met,2%左右,lowered,2024,yes",
            "grain_output,level,2024,1.3万亿斤以上,1.4万亿斤,met,1.4万亿斤左右,raised,2024,yes",
            "energy_intensity,growth,2024,-2.5%左右,-3%超过,met,-3%左右,raised,2024,yes",
        ]
        #expect(Array(lines.dropFirst().prefix(6)) == expected)
    }

    @Test func nationalRowsCiteTheFirstStatementOfEachTarget() throws {
        let scorecard = Scorecard(reports: (try ScorecardReports.national.get()).map { $0.withFacts() })
        let gdp = try #require(scorecard.rows.first { $0.indicator == "gdp" })
        #expect(gdp.target?.sentenceID == "part2.p3.s1")
        #expect(gdp.outcome?.sentenceID == "part1.p2.s2")
        #expect(gdp.nextTarget?.sentenceID == "part2.p2.s1")
        let keys = scorecard.rows.map { "\($0.indicator) \($0.measure) \($0.year)" }
        #expect(Set(keys).count == keys.count)
        #expect(scorecard.rows.filter { $0.indicator == "gdp" }.count == 1)
    }

    @Test func nationalNotReportedNewAndDropped() throws {
        let rows = Scorecard(reports: (try ScorecardReports.national.get()).map { $0.withFacts() }).rows
        let deficitRatio = try #require(rows.first { $0.indicator == "deficit_ratio" && $0.measure == .rate })
        #expect(deficitRatio.verdict == .notReported)
        #expect(deficitRatio.outcome == nil)
        #expect(deficitRatio.reason == "2025年报告未报告2024年的完成情况")
        #expect(deficitRatio.change == .raised)
        // `比上年提高1个百分点`: the change of the deficit ratio beside it makes no row of its own.
        #expect(!rows.contains { $0.indicator == "deficit_ratio" && $0.measure == .growth })
        #expect(!rows.contains { $0.indicator == "local_special_bonds" && $0.measure == .growth })
        // `从今年开始拟连续几年发行超长期特别国债…，今年先发行1万亿元`: the bonds are the 2024 target too.
        let bonds = try #require(rows.first { $0.indicator == "ultra_long_special_treasury_bonds" && $0.measure == .level })
        #expect(bonds.target?.quantity.shortText == "1万亿元" && bonds.verdict == .notReported && bonds.change == .raised)
        #expect(bonds.nextTarget?.quantity.shortText == "1.3万亿元")
        let dropped = rows.filter { $0.change == .dropped }
        #expect(!dropped.isEmpty && dropped.allSatisfy { $0.nextTarget == nil && $0.target != nil })
    }

    @Test func jinzhongAloneAcceptanceRows() throws {
        let scorecard = Scorecard(reports: ([try ScorecardReports.jinzhong.get()]).map { $0.withFacts() })
        let lines = Set(scorecard.rows.map(line))
        let expected = [
            "coal_output,level,2024,,1.16亿吨,,1.2亿吨左右,raised",
            "urban_new_jobs,level,2024,,3.2万人,,3.2万人,unchanged",
            "afforestation,level,2024,,24万亩,,32.4万亩,raised",
            "打造精品示范村,level,2024,,34个,,40个,raised",
            "gdp,growth,2024,,2458.8亿元,,5%以上,not-comparable",
        ]
        for row in expected {
            #expect(lines.contains(row), "missing \(row)")
        }
        let gdp = try #require(scorecard.rows.first { $0.indicator == "gdp" })
        #expect(gdp.reason == "结果为总量（2458.8亿元），下年目标为增速（5%以上）")
        #expect(scorecard.rows.allSatisfy { $0.year == 2024 && $0.target == nil && $0.verdict == nil })
        #expect(scorecard.rows.allSatisfy { $0.nextTarget != nil })
    }

    @Test func threeReportsMakeOneSeriesPerIndicator() throws {
        var reports = try ScorecardReports.national.get()
        reports.append(try ScorecardReports.nationalMovedOn())
        try Scorecard.validate(reports)
        let rows = Scorecard(reports: reports.map { $0.withFacts() }).rows
        let gdp = rows.prefix(2).map(line)
        #expect(gdp == ["gdp,growth,2024,5%左右,5%,met,5%左右,unchanged", "gdp,growth,2025,5%左右,5%,met,5%左右,unchanged"])
        #expect(rows[2].indicator == "urban_new_jobs" && rows[3].indicator == "urban_new_jobs")
        #expect(rows[3].year == 2025)
        let cpi2025 = try #require(rows.first { $0.indicator == "cpi" && $0.year == 2025 })
        #expect(line(cpi2025) == "cpi,growth,2025,2%左右,0.2%,met,2%左右,unchanged")
        let order = rows.map(\.indicator).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
        #expect(Set(order).count == order.count, "rows of one indicator stay together")
    }

    @Test func tableShowsSources() throws {
        let scorecard = Scorecard(reports: (try ScorecardReports.national.get()).map { $0.withFacts() })
        let plain = scorecard.text()
        #expect(plain.hasPrefix("indicator"))
        #expect(!plain.contains("part2.p3.s1"))
        let traced = scorecard.text(showingSources: true).split(separator: "\n").map(String.init)
        let gdpRow = try #require(traced.firstIndex { $0.hasPrefix("*国内生产总值 ") })
        #expect(traced[gdpRow + 1].contains("target") && traced[gdpRow + 1].contains("part2.p3.s1"))
        #expect(traced[gdpRow + 1].hasSuffix("今年发展主要预期目标是：国内生产总值增长5%左右；"))
        #expect(traced[gdpRow + 2].contains("outcome") && traced[gdpRow + 2].contains("part1.p2.s2"))
        #expect(traced[gdpRow + 3].contains("next target") && traced[gdpRow + 3].contains("part2.p2.s1"))
        let shown = scorecard.rows.filter { $0.isHeadline || $0.isLexicon }.count
        #expect(traced.last?.hasPrefix("\(shown) rows (* headline); \(scorecard.rows.count - shown) more") == true)
    }
}

@Suite("Scorecard refuses reports that are no series")
struct ScorecardValidationTests {
    @Test func reportsInYearOrderPass() throws {
        try Scorecard.validate(try ScorecardReports.national.get())
        try Scorecard.validate([try ScorecardReports.jinzhong.get()])
    }

    @Test func swappedOrderIsRefused() throws {
        let reports = try ScorecardReports.national.get()
        #expect(throws: ScorecardError.yearsOutOfOrder(earlier: 2024, later: 2025)) {
            try Scorecard.validate(reports.reversed())
        }
        #expect(
            ScorecardError.yearsOutOfOrder(earlier: 2024, later: 2025).description
                == "reports must be given in year order, but 2025 comes before 2024"
        )
    }

    @Test func sameYearIsRefused() throws {
        let report = try ScorecardReports.report("cn-national", 2025)
        #expect(throws: ScorecardError.sameYear(2025)) { try Scorecard.validate([report, report]) }
    }

    @Test func differentIssuersAreRefused() throws {
        let national = try ScorecardReports.report("cn-national", 2024)
        let jinzhong = try ScorecardReports.jinzhong.get()
        #expect(throws: ScorecardError.differentIssuers("国务院", "晋中市人民政府")) {
            try Scorecard.validate([national, jinzhong])
        }
    }

    /// A district's government named once with the city it lies in and once without is one issuer
    /// (Hailar's reports of 2018 and 2019, not in Reports/); a name that only ends alike is not.
    @Test func anIssuerNamedWithItsCityIsTheSame() {
        #expect(Scorecard.sameIssuer("呼伦贝尔市海拉尔区人民政府", "海拉尔区人民政府"))
        #expect(Scorecard.sameIssuer("海拉尔区人民政府", "海拉尔区人民政府"))
        #expect(!Scorecard.sameIssuer("晋中市人民政府", "国务院"))
        #expect(!Scorecard.sameIssuer("广东省人民政府", "人民政府"))
    }

    @Test func unknownYearIsRefused() throws {
        let text = "城镇新增就业1200万人以上。"
        let report = try Report(parsing: Data(text.utf8), format: .text, defaults: ReportMetadata())
        #expect(throws: ScorecardError.missingYear(position: 1)) { try Scorecard.validate([report]) }
        #expect(Scorecard(reports: [report].map { $0.withFacts() }).rows.isEmpty)
    }

    @Test func forcedSwappedOrderStillGivesRows() throws {
        let reports = try ScorecardReports.national.get()
        let rows = Scorecard(reports: reports.reversed().map { $0.withFacts() }).rows
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.year == 2025 && ($0.verdict == nil || $0.verdict == .notReported) })
    }
}

@Suite("Scorecard text helpers")
struct ScorecardTextTests {
    @Test(arguments: [
        (Quantity(value: 5, unit: "%", qualifier: .around), "5%左右"),
        (Quantity(value: 1256, unit: "万人"), "1256万人"),
        (Quantity(value: Decimal(string: "-2.5") ?? 0, unit: "%", qualifier: .around), "-2.5%左右"),
        (Quantity(value: -3, unit: "%", qualifier: .over), "-3%超过"),
        (Quantity(value: Decimal(string: "1.4") ?? 0, unit: "万亿斤"), "1.4万亿斤"),
        (Quantity(value: 6, upperValue: Decimal(string: "6.5"), unit: "%"), "6—6.5%"),
        (Quantity(value: Decimal(string: "1.9") ?? 0, unit: "trillion dollars"), "1.9 trillion dollars"),
    ])
    func shortText(_ quantity: Quantity, _ expected: String) {
        #expect(quantity.shortText == expected)
    }

    @Test func magnitudesMultiplyOut() {
        let small = Amount(Quantity(value: 13908, unit: "亿斤"))
        let large = Amount(Quantity(value: Decimal(string: "1.3908") ?? 0, unit: "万亿斤"))
        #expect(small == large)
        #expect(small.baseUnit == "斤")
        #expect(Amount(Quantity(value: 3, unit: "亿千瓦")).baseUnit == "千瓦")
        #expect(Amount(Quantity(value: 3, unit: "万")).baseUnit.isEmpty)
    }

    @Test func csvQuotesCommas() {
        let fact = Fact(
            id: "s1.f1", role: .target, indicator: nil, subject: "a, b", measure: .level, year: 2024,
            quantity: Quantity(value: 1, unit: "个"), sectionID: "part2", sentenceID: "s1", sentence: "a, b 1个"
        )
        let csv = Scorecard(rows: [ScorecardRow(indicator: "a, b", measure: .level, year: 2024, target: fact)]).csv()
        #expect(csv == Scorecard.csvHeader + "\n\"a, b\",level,2024,1个,,,,,2024,\n")
    }
}
