import Foundation
import ReportComparison
import ReportModel
import ReportParsing
import Testing

/// Numbers pair in a change only when they measure the same thing.
struct TextDifferNumericTests {
    let differ = TextDiffer()

    @Test func measuresAreReadFromTheUnit() {
        let cases: [(String, NumberMeasure)] = [
            ("5%", .percent), ("5.5%左右", .percent), ("0.2个百分点", .percentagePoints), ("3 percent", .percent),
            ("134.9万亿元", .currency), ("3.2万亿美元", .currency), ("$1.9 trillion", .currency),
            ("1256万人", .people), ("1.4万亿斤", .mass), ("3.7亿千瓦", .power), ("300余家", .count),
            ("2025年", .calendarYear), ("5年", .duration), ("1300万", .plain), ("5 million", .plain),
        ]
        for (token, measure) in cases {
            #expect(NumberMeasure(token: token) == measure, "\(token)")
        }
    }

    @Test func numbersOfDifferentMeasuresStayADeletionAndAnInsertion() {
        // A count of firms against a number of years; a trillion-yuan amount against a percentage.
        let diff = differ.diff(old: "新增企业300家。", new: "新增企业5年。")
        #expect(diff.numericChanges.isEmpty)
        let amounts = differ.diff(old: "国内生产总值达到134.9万亿元。", new: "国内生产总值增长5%。")
        #expect(amounts.numericChanges.isEmpty)
    }

    @Test func numbersOfOneMeasurePairEvenOutOfStep() {
        let diff = differ.diff(old: "城镇新增就业1256万人，增长5%。", new: "城镇新增就业1200万人以上，增长5%左右。")
        #expect(diff.numericChanges.map(\.description) == ["1256万人 → 1200万人以上", "5% → 5%左右"])
    }

    @Test func indicatorsNamedBeforeTheNumbersMustAgree() {
        // Both percentages, but one is growth and the other a price rise.
        let diff = differ.diff(old: "国内生产总值增长5%。", new: "居民消费价格上涨2%。")
        #expect(diff.numericChanges.isEmpty)
    }

    /// Every consecutive pair of years in `Reports/` with one file a year.
    static let devPairs: [(String, Int, Int)] = {
        let reports = AlignmentFixtures.packageRoot.appending(path: "Reports")
        let issuers = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
        var pairs: [(String, Int, Int)] = []
        for issuer in issuers.sorted() {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: reports.appending(path: issuer).path)) ?? []
            let years = files.compactMap { name -> Int? in
                let stem = name.split(separator: ".").first.map(String.init) ?? ""
                return stem.count == 4 ? Int(stem) : nil
            }.sorted()
            pairs += zip(years, years.dropFirst()).map { (issuer, $0, $1) }
        }
        return pairs
    }()

    @Test(arguments: devPairs)
    func noNumericChangeInADevPairPairsTwoMeasures(issuer: String, old: Int, new: Int) throws {
        let folder = AlignmentFixtures.packageRoot.appending(path: "Reports/\(issuer)")
        func load(_ year: Int) throws -> Report {
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            let name = try #require(files.first { $0.hasPrefix("\(year).") })
            let path = "Reports/\(issuer)/\(name)"
            let data = try Data(contentsOf: folder.appending(path: name))
            return try Report(parsing: data, defaults: .corpusDefaults(forPath: path))
        }
        let alignment = StructureAligner().align(try load(old), with: try load(new))
        var changes = 0
        for row in alignment.rows(at: .sentence) {
            guard let o = row.old, let n = row.new, o.title != n.title else { continue }
            for change in differ.diff(old: o.title, new: n.title).numericChanges {
                changes += 1
                #expect(NumberMeasure(token: change.old) == NumberMeasure(token: change.new), "\(change)")
            }
        }
        print("numeric \(issuer) \(old)→\(new): \(changes) changes, all within one measure")
    }
}
