import Foundation
import ReportModel
import ReportText
import TestSupport
import Testing

@testable import ReportParsing

@Suite struct OutlineTests {
    @Test func jinzhongAbstractMetadataAndParts() throws {
        let report = try SampleReports.report("cn-jinzhong/2025.txt")
        let metadata = report.metadata
        #expect(metadata.title == "政府工作报告（摘要）")
        #expect(metadata.issuer == "晋中市人民政府")
        #expect(metadata.date == "2025-02-26")
        #expect(metadata.meeting == "晋中市第五届人民代表大会第五次会议")
        #expect(metadata.speaker == "刘星")
        #expect(metadata.year == 2025)
        #expect(metadata.continuation == "第4版")
        #expect(report.diagnostics.contains { $0.code == "truncated" })

        let parts = report.parts
        #expect(parts.map(\.title) == ["2024年工作回顾", "2025年工作安排"])
        #expect(parts.map(\.role) == [.review, .plan])
        #expect(parts.map(\.year) == [2024, 2025])
        #expect(parts[0].children.map(\.title) == [
            "坚持稳中求进，经济运行在克难前行中持续向好",
            "坚持转型升级，产业结构在动能转换中持续优化",
            "坚持改革赋能，发展活力在创新驱动中持续迸发",
            "坚持绿色发展，生态环境在协同治理中持续改善",
            "坚持人民至上，民生福祉在普惠共享中持续增进",
            "坚持政治引领，治理效能在务实笃行中持续提升",
        ])
        #expect(parts[1].children.map(\.title) == [
            "突出项目支撑，全力推动经济稳定增长",
            "突出转型发展，全力培育壮大新质生产力",
            "突出文旅牵引，全力促进消费扩容提质",
            "突出改革开放，全力激发经济发展活力",
            "突出城乡融合，全力推进区域协调发展",
            "突出生态治理，全力建设美丽晋中",
            "突出民生改善，全力提高人民生活品质",
        ])
        #expect(parts[1].children.map(\.number) == ["一", "二", "三", "四", "五", "六", "七"])
        let firstPlanSection = parts[1].children[0]
        #expect(firstPlanSection.children.first?.kind == .lead)
        #expect(firstPlanSection.children.first?.title == "做实项目盘子")
    }

    /// Every Han character of a file outside its title block and furniture stands in exactly
    /// one heading or paragraph: re-flowing and heading recognition lose nothing and add nothing.
    @Test(arguments: SampleReports.corpus)
    func noHanCharacterIsLostOrDuplicated(_ name: String) throws {
        let data = try SampleReports.data(name)
        let report = try SampleReports.corpusReport(name)
        let left = report.diagnostics.filter { $0.code == "title-block" || $0.code == "furniture" }.compactMap(\.range)
        let lines = String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var expected: [Character: Int] = [:]
        for (index, line) in lines.enumerated() {
            for (offset, character) in line.enumerated() where character.isHan {
                let position = SourcePosition(line: index + 1, column: offset + 1)
                let isLeftOut = left.contains { $0.start <= position && position < $0.end }
                if !isLeftOut { expected[character, default: 0] += 1 }
            }
        }
        var found: [Character: Int] = [:]
        func count(_ text: String) {
            for character in text where character.isHan { found[character, default: 0] += 1 }
        }
        for section in report.allSections {
            count((section.number ?? "") + section.title)
        }
        for (_, paragraph) in report.allParagraphs { count(paragraph.text) }
        let missing = expected.filter { found[$0.key, default: 0] < $0.value }
        let extra = found.filter { expected[$0.key, default: 0] < $0.value }
        #expect(missing.isEmpty, "lost: \(missing)")
        #expect(extra.isEmpty, "added: \(extra)")
        // The English reports hold no Han character; every Chinese one holds thousands.
        let isChinese = name.hasPrefix("cn-") && !name.hasPrefix("cn-national-en")
        #expect(isChinese ? expected.values.reduce(0, +) > 5_000 : expected.isEmpty)
    }

    /// Portal pages head their parts without numbers; a part of the next plan's targets
    /// (`目标任务`) and one of the year's key work (`重点工作`) are parts too. From Gansu's and Inner
    /// Mongolia's 2026 reports.
    @Test func unnumberedPartsOfTargetsAndKeyWork() throws {
        let text = """
            2026年甘肃省政府工作报告
            “十四五”时期工作回顾
            全省地区生产总值达到13697.5亿元。
            “十五五”时期的主要目标任务
            “十五五”时期，全省地区生产总值年均增长5%以上。
            2026年重点工作
            经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。
            """
        let report = try Report(parsing: Data(text.utf8))
        #expect(report.parts.map(\.title) == ["“十四五”时期工作回顾", "“十五五”时期的主要目标任务", "2026年重点工作"])
        #expect(report.parts.map { "\($0.role.map { "\($0)" } ?? "-") \($0.period?.description ?? "-")" }
            == ["review 2021-2025", "plan 2026-2030", "plan 2026"])
    }

    /// A page that ran a section's ordinal leads into one paragraph is read as the leads it
    /// holds, their source positions kept; an enumeration of clauses stays one paragraph. From
    /// the review of Longgang district's 2024 report (Shenzhen), each lead cut to two sentences.
    @Test func ordinalLeadsRunIntoOneParagraph() throws {
        let text = """
            一、2023年工作回顾
            （一）经济发展提质增量
            　　一是综合实力稳步增强。实现地区生产总值5043亿元，增长6.3%。二是产业能级不断提升。龙头企业智选车业务落地龙岗。三是招商稳商优商成果丰硕。坚持把招商稳商优商作为“一号工程”强力推进。
            （二）发展动能显著增强
            　　重点抓好三件事：一是稳增长；二是促改革。三是惠民生，新增学位3.8万座。
            """
        let report = try Report(parsing: Data(text.utf8))
        let sections = report.parts[0].children
        let leads = sections[0].children.filter { $0.kind == .lead }
        #expect(leads.map(\.title) == ["一是综合实力稳步增强", "二是产业能级不断提升", "三是招商稳商优商成果丰硕"])
        #expect(leads.map { "\($0.range.start.line):\($0.range.start.column)" } == ["3:3", "3:36", "3:61"])
        #expect(leads[1].paragraphs.first?.text == "龙头企业智选车业务落地龙岗。")
        #expect(sections[1].children.allSatisfy { $0.kind != .lead })
        #expect(sections[1].paragraphs.count == 1)
    }

    /// A glossary headed with its colon after the plan is an appendix, and its definitions'
    /// numbers are no targets. From Luohu district's 2019 report (Shenzhen).
    @Test func glossaryHeadedWithAColon() throws {
        let text = """
            二、2019年主要工作
            （一）全力以赴稳增长
            全年新增商事主体2万户以上。
            名词解释：
            [1]“四个千亿”：深圳市出台的专项扶持政策——减负降成本1000亿元以上、新增银行信贷规模1000亿元以上。
            """
        let report = try Report(parsing: Data(text.utf8))
        #expect(report.parts.map { "\($0.title) \($0.role.map { "\($0)" } ?? "-")" } == ["2019年主要工作 plan", "名词解释 appendix"])
        #expect(report.withFacts().facts.map(\.subject) == ["新增商事主体"])
    }

    /// Under parts headed without numbers, `一、` headings number sections, long ones too; the
    /// year's `主要工作` heads a part. From Guangming district's 2021 report and Nanshan district's
    /// 2016 report (Shenzhen), headings cut short.
    @Test func numberedHeadingsUnderUnnumberedParts() throws {
        let text = """
            “十三五”时期主要成绩及2020年工作回顾
            一、统筹疫情防控和经济社会发展，在抵御下行压力中打开高质量发展新局面，主要指标好于预期、经济增长率先突围
            地区生产总值增长5.2%。
            2021年主要工作
            一、加快大湾区综合性国家科学中心先行启动区建设，快速提升光明科学城集中度、显示度
            加快科学装置建设。
            二、以人民群众满意为努力方向和奋斗目标，不断提高政府服务效能，努力建设法治、阳光、高效、廉洁政府
            """
        let report = try Report(parsing: Data(text.utf8))
        #expect(report.parts.map(\.title) == ["“十三五”时期主要成绩及2020年工作回顾", "2021年主要工作"])
        #expect(report.parts.map { $0.role.map { "\($0)" } ?? "-" } == ["review", "plan"])
        #expect(report.parts.map { $0.children.filter { $0.kind == .section }.map(\.number) } == [["一"], ["一", "二"]])
    }

    @Test func nationalReport2024() throws {
        let report = try SampleReports.report("cn-national/2024.txt")
        #expect(report.metadata.title == "政府工作报告")
        #expect(report.metadata.date == "2024-03-05")
        #expect(report.metadata.speaker == "李强")
        #expect(report.metadata.issuer == "国务院")
        #expect(report.metadata.meeting == "第十四届全国人民代表大会第二次会议")
        let parts = report.parts
        #expect(parts.map(\.number) == ["一", "二", "三"])
        #expect(parts.map(\.role) == [.review, .requirements, .plan])
        #expect(parts[0].year == 2023)
        #expect(parts[2].year == 2024)
        #expect(parts[2].children.filter { $0.kind == .section }.map(\.number) == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"])
        let bullets = parts[0].children.filter { $0.kind == .lead }
        #expect(bullets.count == 7)
        #expect(bullets.first?.title == "经济总体回升向好")
        #expect(bullets.last?.title == "民生保障有力有效")
    }

    @Test func nationalReport2025LeavesCrawlerLinesOut() throws {
        let report = try SampleReports.report("cn-national/2025.txt")
        #expect(report.metadata.date == "2025-03-05")
        #expect(report.metadata.meeting == "第十四届全国人民代表大会第三次会议")
        let parts = report.parts
        #expect(parts.map(\.role) == [.review, .requirements, .plan])
        #expect(parts[0].year == 2024)
        #expect(parts[2].year == 2025)
        #expect(parts[2].children.filter { $0.kind == .section }.count == 10)
        #expect(report.diagnostics.filter { $0.code == "furniture" }.count == 3)
        for (_, paragraph) in report.allParagraphs {
            #expect(!paragraph.text.contains("未知标题"))
            #expect(!paragraph.text.contains("新华社"))
            #expect(!paragraph.text.contains("摄"))
        }
    }

    @Test(arguments: ["us-sotu/2022.txt", "us-sotu/2023.txt"])
    func englishAddressHasParagraphsAndNoInventedSections(_ name: String) throws {
        let report = try SampleReports.report(name)
        #expect(report.allSections.isEmpty)
        #expect(report.root.paragraphs.count > 50)
        let sentences = report.root.paragraphs.flatMap(\.sentences)
        #expect(sentences.count > 250)
        #expect(!sentences.contains { $0.text.hasSuffix("Mr.") })
    }

    /// State of the Union 2016: a space lost after a sentence's end in a copied page still ends it;
    /// an abbreviation or a name run together does not.
    @Test func aSentenceRunTogetherWithTheNextStillEnds() {
        let splitter = SentenceSplitter(isChinese: false)
        let text = "No hardworking student should be stuck in the red.We’ve already reduced student loan payments. The U.S.Army and Mr.Smith stay."
        let characters = CharacterScalars(text)
        let sentences = splitter.sentenceOffsets(in: characters).map { String(characters[$0]) }
        #expect(sentences == [
            "No hardworking student should be stuck in the red.", "We’ve already reduced student loan payments.",
            "The U.S.Army and Mr.Smith stay.",
        ])
    }

    /// Ids are unique, every node's range lies within the document, sentences within their paragraph.
    @Test(arguments: SampleReports.corpus)
    func idsAreUniqueAndRangesNest(_ name: String) throws {
        let report = try SampleReports.corpusReport(name)
        var ids = Set<String>()
        for section in report.allSections { #expect(ids.insert(section.id).inserted) }
        for (_, paragraph) in report.allParagraphs {
            #expect(ids.insert(paragraph.id).inserted)
            #expect(report.root.range.contains(paragraph.range))
            for sentence in paragraph.sentences {
                #expect(ids.insert(sentence.id).inserted)
                #expect(paragraph.range.contains(sentence.range), "\(sentence.id)")
                #expect(paragraph.text.contains(sentence.text))
            }
        }
    }

    @Test func sentenceRangePointsAtItsText() throws {
        let data = try SampleReports.data("cn-jinzhong/2025.txt")
        let report = try Report(parsing: data)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (_, paragraph) in report.allParagraphs.prefix(40) {
            for sentence in paragraph.sentences {
                let line = Array(lines[sentence.range.start.line - 1])
                #expect(line[sentence.range.start.column - 1] == sentence.text.first, "\(sentence.id)")
            }
        }
    }
}
