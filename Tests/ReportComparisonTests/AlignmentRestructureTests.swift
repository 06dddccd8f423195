import Foundation
import ReportComparison
import ReportModel
import ReportParsing
import Testing

/// Real reports restructured as another year might write them: the sections must still find
/// their partners, and swapping the two reports must mirror every row.
struct AlignmentRestructureTests {
    let aligner = StructureAligner()

    /// cn-national 2025 with its lines rewritten by `edit`, read as the command line reads it.
    static func national2025(_ edit: (String) -> String?) throws -> Report {
        let path = "Reports/cn-national/2025.txt"
        let text = try String(contentsOf: AlignmentFixtures.packageRoot.appending(path: path), encoding: .utf8)
        // The file ends its lines in CRLF, one `Character` in Swift.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
            .compactMap { edit(String($0)) }
        return try Report(parsing: Data(lines.joined(separator: "\r\n").utf8), defaults: .corpusDefaults(forPath: path))
    }

    /// Section rows by heading: old title → new title and relation.
    static func sectionPairs(_ alignment: Alignment) -> Set<String> {
        Set(alignment.rows(through: .section).filter { $0.old?.id.contains(".sec") ?? false }.map {
            "\($0.old?.title ?? "-") → \($0.new?.title ?? "-") \($0.relation)"
        })
    }

    /// The review part cut into sections (`（一）…` headings among its paragraphs), as a district's
    /// next report cut the review the year before gave in paragraphs (Hailar 2018 → 2019, not in
    /// Reports/): the two reviews still pair, as parts, and their paragraphs across the sections.
    @Test func reviewCutIntoSectionsStillPairsWithTheReviewInParagraphs() throws {
        let old = try AlignmentGoldTests.report("cn-national", 2024)
        let original = try AlignmentGoldTests.report("cn-national", 2025)
        var inReview = false, paragraphs = 0
        let cut = try Self.national2025 { line in
            if line.contains("一、2024年工作回顾") { inReview = true } else if line.contains("二、2025年") { inReview = false }
            guard inReview, !line.contains("工作回顾"), !line.allSatisfy(\.isWhitespace) else { return line }
            paragraphs += 1
            let headings = [1: "（一）经济运行", 6: "（二）主要工作", 13: "（三）外交和成绩"]
            return headings[paragraphs].map { "  \($0)\r\n" + line } ?? line
        }
        let review = try #require(cut.root.children.first { $0.kind == .part && $0.role == .review })
        #expect(review.children.filter { $0.kind == .section }.count == 3)
        func reviewParagraphPairs(_ alignment: Alignment) -> Int {
            alignment.rows(at: .paragraph).filter { row in
                guard let o = row.old, let n = row.new, row.relation != .removed, row.relation != .added else { return false }
                return o.id.hasPrefix("part1.") && n.id.hasPrefix("part1.")
            }.count
        }
        let alignment = aligner.align(old, with: cut)
        let parts = alignment.rows(at: .part).filter { $0.old?.id == "part1" }
        #expect(parts.map { "\($0.new?.id ?? "-") \($0.relation)" } == ["part1 matched"])
        let before = reviewParagraphPairs(aligner.align(old, with: original))
        #expect(before >= 5)
        #expect(reviewParagraphPairs(alignment) >= before - 1)
        AlignmentProperties.expectMirrored(alignment, aligner.align(cut, with: old))
    }

    @Test func renamedPlanPartGivesTheSameSectionRows() throws {
        let old = try AlignmentGoldTests.report("cn-national", 2024)
        let original = try AlignmentGoldTests.report("cn-national", 2025)
        let renamed = try Self.national2025 { $0.contains("三、2025年政府工作任务") ? "  三、2025年重点工作 " : $0 }
        #expect(renamed.root.children.contains { $0.title.contains("2025年重点工作") })
        let before = Self.sectionPairs(aligner.align(old, with: original))
        let after = Self.sectionPairs(aligner.align(old, with: renamed))
        #expect(before.count == 10)
        #expect(before == after, "\(before.symmetricDifference(after).sorted())")
    }

    /// The plan part's sections written as parts of their own in the TEXT (`（一）大力提振消费…。…`
    /// → `三、大力提振消费…。…` … `十二、…`, the plan heading dropped so its lead-in joins the part
    /// before), as old-style reports write their tasks, and read as the command line reads it.
    @Test func planSectionsMadePartsStillPairWithTheirSections() throws {
        let old = try AlignmentGoldTests.report("cn-national", 2024)
        let original = try AlignmentGoldTests.report("cn-national", 2025)
        let numerals = ["三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
        var inPlan = false, made = 0
        let parted = try Self.national2025 { line in
            if line.contains("三、2025年政府工作任务") {
                inPlan = true
                return nil
            }
            let trimmed = line.drop(while: \.isWhitespace)
            guard inPlan, trimmed.hasPrefix("（"), let close = trimmed.prefix(5).firstIndex(of: "）"), made < numerals.count
            else { return line }
            made += 1
            return numerals[made - 1] + "、" + trimmed[trimmed.index(after: close)...]
        }
        #expect(made == 10)
        let parts = parted.root.children.filter { $0.kind == .part }
        #expect(parts.count == 12)
        #expect(parts.allSatisfy { $0.children.allSatisfy { $0.kind != .section } })
        // What each 2024 plan section pairs with in the original, by heading.
        var expected: [String: String] = [:]
        for row in aligner.align(old, with: original).rows(at: .section) {
            if let o = row.old, o.id.hasPrefix("part3."), let n = row.new { expected[o.title] = n.title }
        }
        #expect(expected.count == 10)
        var found: [String: String] = [:]
        let alignment = aligner.align(old, with: parted)
        for row in alignment.rows(through: .section) {
            if let o = row.old, o.id.hasPrefix("part3."), let n = row.new {
                found[o.title] = n.title
                #expect(n.level == .part && o.level == .section)
            }
        }
        for (oldTitle, newTitle) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(found[oldTitle] == newTitle, "\(oldTitle)")
        }
        AlignmentProperties.expectMirrored(alignment, aligner.align(parted, with: old))
    }

    @Test(arguments: AlignmentGoldTests.pairs)
    func swappingOldAndNewMirrorsEveryRow(issuer: String, old: Int, new: Int) throws {
        let oldReport = try AlignmentGoldTests.report(issuer, old), newReport = try AlignmentGoldTests.report(issuer, new)
        let forward = aligner.align(oldReport, with: newReport)
        AlignmentProperties.expectMirrored(forward, aligner.align(newReport, with: oldReport))
        AlignmentProperties.expectOneToOne(forward)
        AlignmentProperties.expectCoverage(forward, old: oldReport, new: newReport)
    }
}
