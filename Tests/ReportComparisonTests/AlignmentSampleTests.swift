import Testing
import ReportComparison
import ReportModel

/// The acceptance cases of the aligner on the sample reports.
struct AlignmentSampleTests {
    let aligner = StructureAligner()

    @Test func nationalPartsAlignByRoleAndSectionsByContent() throws {
        let old = try AlignmentFixtures.report("cn-national/2024")
        let new = try AlignmentFixtures.report("cn-national/2025")
        let alignment = aligner.align(old, with: new)

        let parts = alignment.rows(at: .part).map { "\($0.old?.number ?? "-")↔\($0.new?.number ?? "-") \($0.relation)" }
        #expect(parts == ["一↔一 matched", "二↔二 matched", "三↔三 matched"])

        let planSections = alignment.rows(at: .section).filter {
            $0.old?.id.hasPrefix("part3.") ?? false || $0.new?.id.hasPrefix("part3.") ?? false
        }
        let pairs = Set(planSections.map { "\($0.old?.number ?? "-")↔\($0.new?.number ?? "-") \($0.relation)" })
        #expect(pairs == [
            "一↔二 matched", "二↔三 matched", "三↔一 moved", "四↔四 matched", "五↔五 matched",
            "六↔六 matched", "七↔七 matched", "八↔八 matched", "九↔九 matched", "十↔十 matched",
        ])
        #expect(alignment.rows.filter { $0.relation == .moved && $0.level <= .section }.count == 1)
    }

    @Test(arguments: AlignmentFixtures.samples)
    func reportAlignedWithItselfMatchesEverythingExactly(name: String) throws {
        let report = try AlignmentFixtures.report(name)
        let alignment = aligner.align(report, with: report)
        #expect(!alignment.rows.isEmpty)
        #expect(alignment.changes.isEmpty)
        #expect(alignment.rows.allSatisfy { $0.score == 1 && $0.old?.id == $0.new?.id && !$0.titleChanged })
        let sentences = report.allParagraphs.reduce(0) { $0 + $1.paragraph.sentences.count }
        #expect(alignment.rows(at: .sentence).count == sentences)
    }

    @Test func jinzhongWithTwoPlanSectionsSwappedHasExactlyTwoMovedRows() throws {
        let report = try AlignmentFixtures.report("cn-jinzhong/2025")
        let plan = try #require(report.root.children.first { $0.kind == .part && $0.title.contains("工作安排") })
        let swapped = report.editing(section: plan.id) { part in
            let second = part.blocks.firstIndex { if case .section(let s) = $0 { s.number == "二" } else { false } }
            let fifth = part.blocks.firstIndex { if case .section(let s) = $0 { s.number == "五" } else { false } }
            if let second, let fifth { part.blocks.swapAt(second, fifth) }
        }
        let alignment = aligner.align(report, with: swapped)
        #expect(alignment.changes.count == 2)
        #expect(alignment.changes.allSatisfy { $0.level == .section && $0.relation == .moved })
    }

    /// A five-year review or plan pairs only with a period, an appendix only with an appendix:
    /// 2018's `过去五年工作回顾` is not forced onto 2017's one-year review. A part naming its year
    /// beside the period holds that year's review first and pairs as a year: Guangdong's
    /// `2025年和“十四五”时期工作回顾` carries on `2024年工作回顾`.
    @Test(arguments: [("cn-national", 2017, 2018), ("cn-guangdong", 2025, 2026), ("cn-national", 2015, 2016)])
    func periodsPairWithPeriodsAndAppendicesWithAppendices(issuer: String, old: Int, new: Int) throws {
        let oldReport = try AlignmentGoldTests.report(issuer, old), newReport = try AlignmentGoldTests.report(issuer, new)
        func kinds(_ report: Report) -> [String: (isPeriod: Bool, isAppendix: Bool)] {
            var result: [String: (Bool, Bool)] = [:]
            for part in report.root.children where part.kind == .part {
                let kind = (part.year == nil && !(part.period?.isYear ?? true), part.role == .appendix)
                for node in [part] + part.children { result[node.id] = kind }
            }
            return result
        }
        let oldKinds = kinds(oldReport), newKinds = kinds(newReport)
        let rows = aligner.align(oldReport, with: newReport).rows(through: .section)
        var paired = 0
        for row in rows {
            guard let o = row.old?.id, let n = row.new?.id, let a = oldKinds[o], let b = newKinds[n] else { continue }
            paired += 1
            #expect(a.isPeriod == b.isPeriod && a.isAppendix == b.isAppendix, "\(o) ↔ \(n)")
        }
        #expect(paired >= 5)
    }

    @Test func aReviewNamingItsYearBesideTheFiveYearsCarriesOnLastYearsReview() throws {
        let old = try AlignmentGoldTests.report("cn-guangdong", 2025), new = try AlignmentGoldTests.report("cn-guangdong", 2026)
        let parts = aligner.align(old, with: new).rows(at: .part)
        let review = try #require(parts.first { $0.new?.title == "2025年和“十四五”时期工作回顾" })
        #expect(review.old?.title == "2024年工作回顾")
        #expect(review.relation == .matched)
    }

    /// Below `latinMoveFloor` (0.25) an English paragraph out of order is removed and added,
    /// not moved.
    @Test(arguments: [("us-sotu", 2022, 2023), ("cn-national-en", 2017, 2018)])
    func englishParagraphsMoveOnlyAboveTheFloor(issuer: String, old: Int, new: Int) throws {
        let alignment = aligner.align(
            try AlignmentGoldTests.report(issuer, old), with: try AlignmentGoldTests.report(issuer, new))
        let moved = alignment.rows(at: .paragraph).filter { $0.relation == .moved }
        #expect(!moved.isEmpty)
        #expect(moved.allSatisfy { $0.score >= 0.25 })
    }

    /// Partners in order by topic, or out of order only above the move floor: 55 of 118 new
    /// paragraphs of 2023 (before the floor, 84 partnered, many of them at random).
    @Test func sotuParagraphsFindPartnersByTopic() throws {
        let old = try AlignmentFixtures.report("us-sotu/2022")
        let new = try AlignmentFixtures.report("us-sotu/2023")
        let alignment = aligner.align(old, with: new)
        #expect(alignment.rows(at: .part).isEmpty && alignment.rows(at: .section).isEmpty)
        let paragraphs = alignment.rows(at: .paragraph)
        let partnered = Set(paragraphs.filter { $0.old != nil }.compactMap(\.new?.id))
        let all = Set(paragraphs.compactMap(\.new?.id))
        #expect(Double(partnered.count) >= 0.4 * Double(all.count))
    }

    @Test(arguments: [("cn-national/2024", "cn-national/2025"), ("us-sotu/2022", "us-sotu/2023"), ("cn-national/2025", "us-sotu/2023")])
    func alignmentIsOneToOneAndCoversEveryNode(oldName: String, newName: String) throws {
        let old = try AlignmentFixtures.report(oldName)
        let new = try AlignmentFixtures.report(newName)
        let alignment = aligner.align(old, with: new)
        AlignmentProperties.expectOneToOne(alignment)
        AlignmentProperties.expectCoverage(alignment, old: old, new: new)
        #expect(alignment.rows.allSatisfy { (0...1).contains($0.score) })
    }

    @Test(arguments: [("cn-national/2024", "cn-national/2025"), ("us-sotu/2022", "us-sotu/2023")])
    func swappingOldAndNewMirrorsTheAlignment(oldName: String, newName: String) throws {
        let old = try AlignmentFixtures.report(oldName)
        let new = try AlignmentFixtures.report(newName)
        AlignmentProperties.expectMirrored(aligner.align(old, with: new), aligner.align(new, with: old))
    }

    @Test func sectionRowsFollowTheNewReport() throws {
        let old = try AlignmentFixtures.report("cn-national/2024")
        let new = try AlignmentFixtures.report("cn-national/2025")
        let sections = aligner.align(old, with: new).rows(at: .section)
        let newIDs = sections.compactMap(\.new?.id)
        #expect(newIDs == new.allSections.filter { $0.kind == .section }.map(\.id))
    }
}
