import Testing
@testable import ReportComparison
import ReportExport
import ReportModel
import ReportText

/// The aligner's pieces on small hand-built reports.
struct AlignmentUnitTests {
    typealias SectionSpec = (number: String, title: String, paragraphs: [String])
    typealias PartSpec = (number: String, title: String, role: PartRole, sections: [SectionSpec])

    static let here = SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1))

    /// A report with numbered parts and sections; each `。` ends a sentence.
    static func report(_ parts: [PartSpec]) -> Report {
        let partSections = parts.enumerated().map { partIndex, part in
            let sections = part.sections.enumerated().map { sectionIndex, section in
                let id = "part\(partIndex + 1).sec\(sectionIndex + 1)"
                return Section(
                    id: id, kind: .section, number: section.number, title: section.title, range: here,
                    paragraphs: section.paragraphs.enumerated().map { paragraph($1, id: "\(id).p\($0 + 1)") })
            }
            return Section(
                id: "part\(partIndex + 1)", kind: .part, number: part.number, title: part.title, role: part.role,
                range: here, children: sections)
        }
        return report(root: Section(id: "doc", kind: .document, title: "", range: here, children: partSections))
    }

    static func report(root: Section) -> Report {
        Report(metadata: ReportMetadata(), encoding: .utf8, root: root, diagnostics: [])
    }

    static func paragraph(_ text: String, id: String) -> Paragraph {
        let pieces = text.split(separator: "。").map { String($0) + "。" }
        let sentences = pieces.enumerated().map { Sentence(id: "\(id).s\($0 + 1)", text: $1, range: here) }
        return Paragraph(id: id, text: text, sentences: sentences, range: here)
    }

    let aligner = StructureAligner()

    @Test func partsPairByRoleAndYearNormalisedHeadingWhateverTheirContent() {
        let old = Self.report([
            ("一", "2023年工作回顾", .review, [("一", "经济运行", ["国内生产总值增长百分之五。就业稳定。"])]),
            ("二", "2024年政府工作任务", .plan, [("一", "扩大内需", ["提振消费，扩大有效投资。"])]),
        ])
        let new = Self.report([
            ("一", "2024年工作回顾", .review, [("一", "科技创新", ["研发投入持续增加，创新能力提升。"])]),
            ("二", "2025年政府工作任务", .plan, [("一", "生态环境", ["推进绿色低碳发展，改善空气质量。"])]),
        ])
        let parts = aligner.align(old, with: new).rows(at: .part)
        #expect(parts.map { RowSummary($0) } == [
            RowSummary(.part, "part1", "part1", .matched), RowSummary(.part, "part2", "part2", .matched),
        ])
        #expect(parts.allSatisfy { !$0.titleChanged && $0.score < 1 })
    }

    @Test func removedSectionFollowsItsOldNeighbourAndFirstOneFollowsItsPart() {
        let sections: [SectionSpec] = [
            ("一", "扩大国内需求", ["大力提振消费，全方位扩大国内需求。稳定和扩大传统消费。"]),
            ("二", "发展新质生产力", ["因地制宜发展新质生产力，加快建设现代化产业体系。"]),
            ("三", "深化改革", ["推动标志性改革举措加快落地，更好发挥经济体制改革牵引作用。"]),
            ("四", "对外开放", ["扩大高水平对外开放，积极稳外贸稳外资。"]),
        ]
        let old = Self.report([("一", "政府工作任务", .plan, sections)])
        let new = Self.report([("一", "政府工作任务", .plan, [sections[1], sections[3]])])
        let rows = aligner.align(old, with: new).rows(through: .section).map { "\($0.old?.number ?? "-")→\($0.new?.number ?? "-") \($0.relation)" }
        #expect(rows == ["一→一 matched", "一→- removed", "二→二 matched", "三→- removed", "四→四 matched"])
    }

    @Test func emptyReportGivesOnlyAddedOrRemovedRows() throws {
        let empty = Self.report(root: Section(id: "doc", kind: .document, title: "", range: Self.here))
        let real = try AlignmentFixtures.report("cn-jinzhong/2025")
        #expect(aligner.align(empty, with: empty).rows.isEmpty)
        let forward = aligner.align(empty, with: real).rows
        #expect(!forward.isEmpty && forward.allSatisfy { $0.relation == .added && $0.score == 0 })
        #expect(aligner.align(real, with: empty).rows.allSatisfy { $0.relation == .removed })
    }

    @Test func longestOrderPreservingChainLeavesTheFewestMoved() {
        let pairs = [(old: 0, new: 2, score: 0.5), (old: 1, new: 0, score: 0.5), (old: 2, new: 1, score: 0.5), (old: 3, new: 3, score: 0.5)]
        #expect(OrderPreservingSubset.keep(pairs) == [1, 2, 3])
        let tie = [(old: 0, new: 1, score: 0.9), (old: 1, new: 0, score: 0.4)]
        #expect(OrderPreservingSubset.keep(tie) == [0])
        #expect(OrderPreservingSubset.keep([]).isEmpty)
    }

    @Test func yearsAndNumbersAreVariables() {
        #expect(TextFeatures.normalizedHeading("2023年工作回顾") == TextFeatures.normalizedHeading("2024年工作回顾"))
        #expect(TextFeatures.normalizedHeading("2024年工作回顾") != TextFeatures.normalizedHeading("2024年工作安排"))
        #expect(TextFeatures.counts(of: "增长5%左右") == TextFeatures.counts(of: "增长5.5%左右"))
        #expect(TextFeatures.counts(of: "新质生产力").features.count == 4)
    }

    @Test func englishFeaturesAreContentWordsOnly() {
        let counts = TextFeatures.counts(of: "And the jobs, the Jobs and the job’s future.")
        #expect(counts.features.count == 2)
        #expect(counts.counts.sorted() == [1, 3])
        #expect(TextFeatures.counts(of: "And the of to we").features.isEmpty)
    }

    /// A section's features are its paragraphs' summed, as no feature spans a line break.
    @Test func summedFeaturesAreThoseOfTheJoinedText() {
        let paragraphs = ["增长5.5%左右，新质生产力", "jobs and the Jobs' future 2024.", "", "新质生产力发展", "7,000 jobs"]
        let summed = FeatureCounts.sum(paragraphs.map(TextFeatures.counts(of:))[...])
        #expect(summed == TextFeatures.counts(of: paragraphs.joined(separator: "\n")))
        #expect(FeatureCounts.sum([]) == FeatureCounts())
    }

    @Test func csvHasTheFixedHeaderQuotesFieldsAndCutsLongText() {
        let alignment = Alignment(rows: [
            AlignmentRow(
                level: .section, old: NodeRef(id: "part3.sec1", number: "一", title: "扩大内需, \"消费\""),
                new: nil, relation: .removed, score: 0),
            AlignmentRow(
                level: .paragraph, old: NodeRef(id: "p1", title: String(repeating: "字", count: 40)),
                new: NodeRef(id: "p1", title: "短"), relation: .matched, score: 2.0 / 3),
        ])
        #expect(alignment.csv() == #"""
            level,old_id,old_number,old_title,new_id,new_number,new_title,relation,score,old_level,new_level
            section,part3.sec1,一,"扩大内需, ""消费""",,,,removed,0.000,section,

            """#)
        let lines = alignment.csv(through: .sentence).split(separator: "\n")
        #expect(lines.last == "paragraph,p1,,\(String(repeating: "字", count: 30))…,p1,,短,matched,0.667,paragraph,paragraph")
    }

    @Test func textColumnsLineUpWithHanCharacters() {
        #expect(TextTable.padded("一 工作回顾", to: 14) == "一 工作回顾   ")
        #expect(TextTable.padded("abc", to: 5) == "abc  ")
        #expect(TextTable.padded(String(repeating: "字", count: 10), to: 9) == "字字字字…")
        let alignment = Alignment(rows: [
            AlignmentRow(level: .part, old: NodeRef(id: "a", number: "一", title: "工作回顾"), new: nil, relation: .removed, score: 0),
            AlignmentRow(level: .part, old: NodeRef(id: "b", number: "1", title: "Review"), new: nil, relation: .removed, score: 0),
        ])
        let bars = alignment.text().split(separator: "\n").map { line in
            line.prefix { $0 != "│" }.reduce(0) { $0 + ($1.isHan ? 2 : 1) }
        }
        #expect(bars.count == 3 && bars[1] == bars[2] && bars[0] == bars[1])
    }
}
