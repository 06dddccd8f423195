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

    @Test func planSectionsMadePartsStillPairWithTheirSections() throws {
        let old = try AlignmentGoldTests.report("cn-national", 2024)
        let original = try AlignmentGoldTests.report("cn-national", 2025)
        // Each section of the plan part becomes a part of its own (`三、` … `十二、`), with no
        // role or year a reader could give it; the plan part's lead-in joins the part before.
        let numerals = ["三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
        var parted = original
        let plan = try #require(original.root.children.first { $0.id == "part3" })
        parted.root.blocks = original.root.blocks.flatMap { block -> [Section.Block] in
            guard case .section(let part) = block, part.id == plan.id else { return [block] }
            return plan.children.enumerated().map { index, section in
                .section(Section(
                    id: "part\(3 + index)", kind: .part, number: numerals[index], title: section.title,
                    range: section.range, blocks: section.blocks))
            }
        }
        parted.root.edit(section: "part2") { $0.blocks += plan.paragraphs.map(Section.Block.paragraph) }
        #expect(parted.root.children.filter { $0.kind == .part }.count == 12)
        // What each 2024 plan section pairs with in the original, by heading.
        var expected: [String: String] = [:]
        for row in aligner.align(old, with: original).rows(at: .section) {
            if let o = row.old, o.id.hasPrefix("part3."), let n = row.new { expected[o.title] = n.title }
        }
        #expect(expected.count == 10)
        var found: [String: String] = [:]
        for row in aligner.align(old, with: parted).rows(through: .section) {
            if let o = row.old, o.id.hasPrefix("part3."), let n = row.new { found[o.title] = n.title }
        }
        for (oldTitle, newTitle) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(found[oldTitle] == newTitle, "\(oldTitle)")
        }
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
