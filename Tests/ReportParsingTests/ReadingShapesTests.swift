import Foundation
import ReportModel
import Testing

@testable import ReportParsing

/// The shapes a report may take, each in a few lines: layouts, title blocks, headings, and the
/// warnings that make doubt visible.
@Suite struct ReadingShapesTests {
    private func read(_ text: String, path: String? = nil) throws -> Report {
        try Report(parsing: Data(text.utf8), defaults: path.map(ReportMetadata.corpusDefaults(forPath:)) ?? ReportMetadata())
    }

    @Test func actingGovernorsOfficeNamesTheProvincesGovernment() throws {
        let report = try read("""
            政府工作报告
            ——2023年1月12日在广东省第十四届人民代表大会第一次会议上
            广东省代省长 王伟中
            各位代表：
            一、2022年工作回顾
            过去一年，我们做了很多工作。
            """)
        #expect(report.metadata.issuer == "广东省人民政府")
        #expect(report.metadata.speaker == "王伟中")
        #expect(report.metadata.year == 2023)
    }

    /// Any acting office opens on `代` (Hailar's reports, not in Reports/).
    @Test func anActingDistrictHeadsOfficeNamesTheDistrictsGovernment() throws {
        let report = try read("政府工作报告\n——2019年3月4日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上\n呼伦贝尔市海拉尔区人民政府代区长  萨国文\n一、2018年工作回顾\n过去的一年，我们做了很多工作。\n")
        #expect(report.metadata.issuer == "呼伦贝尔市海拉尔区人民政府")
        #expect(report.metadata.speaker == "萨国文")
    }

    @Test func actingMayorAndAPlaceFromTheTitle() throws {
        let mayor = try read("2026年成都市政府工作报告\n成都市代市长 王凤朝\n一、2025年工作回顾\n过去一年，很不平凡。\n")
        #expect(mayor.metadata.issuer == "成都市人民政府")
        let governor = try read("2026年山西省政府工作报告\n省长 卢东亮\n一、2025年工作回顾\n过去一年，很不平凡。\n")
        #expect(governor.metadata.issuer == "山西省人民政府")
        #expect(governor.metadata.year == 2026)
    }

    /// A five-year plan named in full (`第十五个五年规划`) is the plan's years; a part with no cue of
    /// its own after the year's tasks carries on those tasks, not the five-year plan before them.
    /// Shapes of the 2026 reports of Shanghai and Hubei, which are not in Reports/.
    @Test func aFiveYearPlanNamedInFullAndTheNearestPlanCarriedOn() throws {
        let report = try read("""
            2026年上海市政府工作报告
            一、2025年工作回顾
            过去一年，很不平凡。
            二、关于《上海市国民经济和社会发展第十五个五年规划纲要（草案）》的说明
            规划纲要草案提出了今后五年的目标。
            三、2026年主要任务
            今年要做好以下工作。
            四、全力以赴推动经济持续回升向好
            我们要做好以下工作。
            五、努力建设让人民满意的法治型服务型政府
            我们要建设人民满意的政府。
            """)
        let parts = report.parts.map { "\($0.role.map { "\($0)" } ?? "-") \($0.period?.description ?? "-")" }
        // A part named by the government it is about (`…政府`, `政府治理`) is the government's own.
        #expect(parts == ["review 2025", "plan 2026-2030", "plan 2026", "plan 2026", "government -"])
    }

    /// A page that broke a heading after its opening bracket (Yunnan 2026, as its portal serves it:
    /// `（` alone on a line, `三）改革开放持续深化…` on the next) still gives the heading.
    @Test func aLineOfOnlyAnOpeningBracketGoesOnTheNext() throws {
        let report = try read("2026年云南省政府工作报告\n一、2025年工作回顾\n（一）经济运行稳中有进。全年增长4%。\n（\n二）改革开放持续深化。新设企业1万家。\n")
        #expect(report.allSections.filter { $0.kind == .section }.map(\.title) == ["经济运行稳中有进", "改革开放持续深化"])
    }

    /// Provinces and cities often date their reports in Chinese numerals.
    @Test(arguments: [
        ("二〇二六年一月二十日", "2026-01-20"), ("二〇二五年十二月三十一日", "2025-12-31"), ("二〇二五年十月十日", "2025-10-10"),
        ("二〇二五年三月五日", "2025-03-05"), ("二〇二五年二月三十日", nil), ("二〇二五年三十二月五日", nil),
    ])
    func aDateInChineseNumerals(_ date: String, iso: String?) throws {
        let report = try read("政府工作报告\n——\(date)在山西省第十四届人民代表大会第四次会议上\n省长 卢东亮\n一、过去一年工作回顾\n过去一年，很不平凡。\n")
        #expect(report.metadata.date == iso)
        #expect(report.metadata.meeting == (iso == nil ? nil : "山西省第十四届人民代表大会第四次会议"))
    }

    /// A day the calendar does not have (found by `.ci/fuzz`: `on March 0, 2017`) gives no date,
    /// so the archive's `xsd:date` stays valid; the year is still read.
    @Test(arguments: [
        "REPORT ON THE WORK OF THE GOVERNMENT\nDelivered at the Fifth Session of the 12th National People's Congress on March 0, 2017\n",
        "REPORT ON THE WORK OF THE GOVERNMENT\nDelivered at the Fifth Session of the 12th National People's Congress on February 29, 2017\n",
        "政府工作报告\n——2017年2月30日在第十二届全国人民代表大会第五次会议上\n",
    ])
    func aDayTheCalendarDoesNotHaveGivesNoDate(_ titleBlock: String) throws {
        let report = try read(titleBlock + "一、2016年工作回顾\n过去一年，我们做了很多工作。\n")
        #expect(report.metadata.date == nil)
        #expect(report.metadata.year == 2017)
        #expect(TitleBlock.isoDate(year: 2016, month: 2, day: 29) == "2016-02-29")
    }

    @Test func aReportOnOneLineIsSplitAtItsIndents() throws {
        let paragraphs = (1...6).map { "第\($0)段的内容在这里，写得很长很长，一直写下去，直到这一段结束为止。" }
        let text = "\u{3000}\u{3000}国务院总理 李克强\u{3000}\u{3000}一、2014年工作回顾" + paragraphs.map { "\u{3000}\u{3000}" + $0 }.joined()
            + "\u{3000}\u{3000}二、2015年工作总体部署\u{3000}\u{3000}" + String(repeating: "今年要做的事很多。", count: 30)
        let report = try read(text)
        #expect(report.parts.map(\.title) == ["2014年工作回顾", "2015年工作总体部署"])
        #expect(report.parts[0].paragraphs.count == 6)
        #expect(report.parts[0].paragraphs[0].range.start.line == 1)
        #expect(report.metadata.issuer == "国务院")
        #expect(report.metadata.year == 2015)
    }

    @Test func partHeadingsWithCommasAndOldStyleTaskParts() throws {
        let report = try read("""
            一、2014年工作回顾
            过去一年，我们做了很多工作。
            二、2015年工作总体部署
            今年的工作很多。
            三、深化改革，扩大开放
            改革要深化。
            四、切实加强政府自身建设
            政府要建设好。
            """)
        #expect(report.parts.map(\.role) == [.review, .plan, .plan, .government])
        #expect(report.parts.map(\.year) == [2014, 2015, 2015, nil])
    }

    @Test func fiveYearPeriodsOnPartsSectionsAndParagraphs() throws {
        let report = try read("""
            政府工作报告
            ——2018年3月5日在第十三届全国人民代表大会第一次会议上
            一、过去五年工作回顾
            五年来，我们做了很多工作。
            （一）坚持稳中求进。经济运行平稳。
            二、“十四五”时期主要目标任务
            今后要做的很多。
            三、2025年和“十四五”时期工作回顾
            这一年很不平凡。
            """)
        #expect(report.parts.map { $0.period?.description } == ["2013-2017", "2021-2025", "2021-2025"])
        #expect(report.parts.map(\.year) == [nil, nil, 2025])
        #expect(report.parts[0].paragraphs.first?.period == Period(first: 2013, last: 2017))
        #expect(report.parts[0].children.first?.period == Period(first: 2013, last: 2017))
        #expect(report.parts[1].role == .plan)
    }

    @Test func appendicesAndGlossaryEntriesStayParagraphs() throws {
        let report = try read("""
            一、2026年工作安排
            今年要做的很多。
            稳增长要加力。
            促消费要提质。
            保民生要用心。
            附件1
            2026年省十件民生实事
            一、提高低保标准。
            二、建设养老服务。
            附件2
            名词解释
            1.“四上”企业：规模以上企业。
            2.“双高计划”：高水平学校。
            """)
        #expect(report.parts.map(\.number) == ["一", "附件1", "附件2"])
        #expect(report.parts.map(\.title) == ["2026年工作安排", "2026年省十件民生实事", "名词解释"])
        #expect(report.parts.map(\.role) == [.plan, .appendix, .appendix])
        #expect(report.parts[1].paragraphs.count == 2)
        #expect(report.parts[2].paragraphs.count == 2)
        #expect(report.parts[2].children.isEmpty)
    }

    @Test func furnitureIsListedLineByLine() throws {
        let report = try read("""
            下载
            打印
            【字体：
            大
            中
            小
            】
            2026年北京市政府工作报告
            来源：北京日报
            北京市市长 殷勇
            各位代表：
            一、2025年工作回顾
            过去一年，我们做了很多很多的工作，成绩很大，困难也不少，值得总结。
            相关报道：
            北京两会闭幕
            京ICP备05060933号
            """)
        let furniture = report.diagnostics.filter { $0.code == "furniture" }.compactMap { $0.range?.start.line }
        #expect(furniture == [1, 2, 3, 4, 5, 6, 7, 9, 14, 15, 16])
        #expect(report.metadata.issuer == "北京市人民政府")
        #expect(!report.allParagraphs.contains { $0.paragraph.text.contains("北京两会") })
    }

    @Test func doubtIsVisible() throws {
        let noParts = try read("Thank you. It is good to be here tonight.\nWe did many things.\n", path: "talks/speech-2019.txt")
        #expect(noParts.diagnostics.contains { $0.code == "no-parts" && $0.severity == .warning })
        #expect(noParts.diagnostics.contains { $0.code == "year-from-file-name" && $0.severity == .warning })
        #expect(noParts.diagnostics.contains { $0.code == "issuer-unknown" && $0.severity == .warning })
        #expect(noParts.metadata.year == 2019)

        let doubtful = try read("""
            一、2024年工作回顾
            过去一年很不平凡。
            二、这一行像标题吗？其实是一整句话。后面还有句子。
            三、关于若干问题
            要解决若干问题。
            """)
        #expect(doubtful.parts.count == 2)
        #expect(doubtful.diagnostics.contains { $0.code == "heading-like" })
        #expect(doubtful.diagnostics.contains { $0.code == "part-without-role" })
    }

    @Test func englishTranslationStructure() throws {
        let report = try read("""
            REPORT ON THE WORK OF THE GOVERNMENT
            Delivered at the First Session of the 13th National People’s Congress of the People’s Republic of China on March 5, 2018
            Li Keqiang Premier of the State Council
            Fellow Deputies,
            I. A Review of the Work in 2017
            Last year was good.
            II. Tasks for 2018
            1. Stepping up supply-side structural reform In economic development we need to focus on the real economy.
            2. Moving faster to make China a country of innovators
            We will do more.
            ## Glossary of measures
            """)
        #expect(report.metadata.title == "REPORT ON THE WORK OF THE GOVERNMENT")
        #expect(report.metadata.date == "2018-03-05")
        #expect(report.metadata.speaker == "Li Keqiang")
        #expect(report.metadata.issuer == "State Council")
        #expect(report.parts.map(\.role) == [.review, .plan, .appendix])
        #expect(report.parts.map(\.year) == [2017, 2018, nil])
        #expect(report.parts[1].children.map(\.title) == ["Stepping up supply-side structural reform", "Moving faster to make China a country of innovators"])
        #expect(report.parts[1].children[0].paragraphs.first?.text == "In economic development we need to focus on the real economy.")
    }

    /// A translator may say the part headings as sentences: a part when the speaker moves on, in
    /// the first person, to a time; not when the sentence leads into a list or names no time.
    @Test func englishPartHeadingsSaidAsSentences() throws {
        let report = try read("""
            REPORT ON THE WORK OF THE GOVERNMENT
            Li Keqiang Premier of the State Council
            Fellow Deputies,
            Let me begin with a review of our work in 2021.
            I will now move on to discuss our main work last year:
            First, we kept growth steady.
            Let me start with the economy.
            Esteemed Deputies, I now wish to address the overall requirements for development in 2022.
            We will keep policy steady.
            Let me turn to what we propose for the work of government in 2022.
            1. Keeping the economy stable
            We will do more.
            """)
        #expect(report.parts.map(\.title) == [
            "Let me begin with a review of our work in 2021",
            "I now wish to address the overall requirements for development in 2022",
            "Let me turn to what we propose for the work of government in 2022",
        ])
        #expect(report.parts.map(\.role) == [.review, .requirements, .plan])
        #expect(report.parts.map(\.year) == [2021, 2022, 2022])
        #expect(report.parts.map(\.number) == [nil, nil, nil])
        #expect(report.parts[2].children.map(\.title) == ["Keeping the economy stable"])
        let speech = try read("Let me start with the economy, and a basic fact.\n\nTonight I want to talk about the future.\n")
        #expect(speech.parts.isEmpty)
    }

    /// A numbered part heading may end in `。` and run on into its first paragraph, as sections do.
    @Test func partHeadingRunningOnIntoItsParagraph() throws {
        let report = try read("""
            一、2024年工作回顾
            过去一年，很不平凡。
            二、大力提振消费，全方位扩大国内需求。促进消费和投资更好结合。加快补上内需短板。
            三、加快建设现代化产业体系。
            推动科技创新和产业创新融合发展。
            """)
        #expect(report.parts.map(\.title) == ["2024年工作回顾", "大力提振消费，全方位扩大国内需求", "加快建设现代化产业体系"])
        #expect(report.parts[1].paragraphs.map(\.text) == ["促进消费和投资更好结合。加快补上内需短板。"])
        #expect(report.parts[2].paragraphs.map(\.text) == ["推动科技创新和产业创新融合发展。"])
    }

    @Test func markdownMarksAreNoPartOfTheText() throws {
        let report = try read("# Budget Speech\n\n**Time:** 3.30 pm\n\n---\n\n**Mr Speaker**\n\n: Order. The Clerk will now read.\n")
        #expect(report.metadata.title == "Budget Speech")
        #expect(report.allParagraphs.map(\.paragraph.text) == ["Time: 3.30 pm", "Mr Speaker", "Order. The Clerk will now read."])
        #expect(report.diagnostics.contains { $0.code == "furniture" && $0.range?.start.line == 5 })
    }

    /// A White House transcript (the 2025 address to Congress): the heading of place and time
    /// gives the date, the speaker's label is cut, other speakers' lines and the transcriber's
    /// notes are left out; a line without a label stays the speaker's (2020's transcript resumes
    /// the President's words after `AUDIENCE:` without one).
    @Test func aTranscriptIsTheSpeakersWords() throws {
        let report = try read("""
            U.S. Capitol
            Washington, D.C.
            9:19 P.M. EST
            (March 4, 2025)
            THE PRESIDENT:  Thank you.  (Applause.)  Thank you very much.
            Speaker Johnson, Vice President Vance, the first lady of the United States — (applause) — members of the United States Congress, thank you very much.
            AUDIENCE:  USA!  USA!  USA!
            THE PRESIDENT:  Six weeks ago, I stood beneath the dome of this Capitol.
            (Speaker Johnson strikes the gavel.)
            SPEAKER JOHNSON:  Members are directed to uphold and maintain decorum in the House.
            Within hours of taking the oath of office, I declared a national emergency on our southern border.
            END                11:00 P.M. EST
            """)
        #expect(report.metadata.date == "2025-03-04")
        #expect(report.metadata.year == 2025)
        #expect(report.allParagraphs.map(\.paragraph.text) == [
            "Thank you. Thank you very much.",
            "Speaker Johnson, Vice President Vance, the first lady of the United States — members of the United States Congress, thank you very much.",
            "Six weeks ago, I stood beneath the dome of this Capitol.",
            "Within hours of taking the oath of office, I declared a national emergency on our southern border.",
        ])
        let leftOut = report.diagnostics.filter { $0.code == "furniture" }.compactMap { $0.range?.start.line }
        #expect(Set(leftOut) == [1, 2, 3, 4, 5, 6, 7, 9, 10, 12])
        #expect(report.allParagraphs[0].paragraph.sentences.first?.range.start.column == 17)
        let sums = try read("$60 million for Indigenous peoples and Afro-Colombian empowerment in Central America.  $60 million.\n")
        #expect(sums.allParagraphs[0].paragraph.sentences.count == 2)
    }

    /// A news page's line under the title names the issuer without `我`:
    /// `国务院总理李克强代表国务院向十四届全国人大一次会议作的政府工作报告`; a people's congress names none.
    @Test func theIssuerNamedUnderANewsPagesTitle() throws {
        let report = try read("""
            2023年国务院政府工作报告
            （2023年3月5日国务院总理李克强代表国务院向十四届全国人大一次会议作的政府工作报告）
            国务院总理李克强5日在政府工作报告中指出，2022年是党和国家历史上极为重要的一年。
            """)
        #expect(report.metadata.issuer == "国务院")
        let congress = try read("2023年工作报告\n在第十四届全国人民代表大会第一次会议上，代表们审议了报告。\n")
        #expect(congress.metadata.issuer == nil)
    }

    /// A news page restating a report under headlines (2023, from a school's portal): with no
    /// numbered parts, a short unpunctuated line naming the past or this year, or a part's work,
    /// opens a part; the period comes from its words. Under numbered parts such lines stay text.
    @Test func aNewsPagesHeadlinesArePartsWhenTheReportNumbersNone() throws {
        let report = try read("""
            2023年国务院政府工作报告
            （2023年3月5日国务院总理李克强代表国务院向十四届全国人大一次会议作的政府工作报告）
            李克强在政府工作报告中指出，过去一年是党和国家历史上极为重要的一年
            国务院总理李克强5日在政府工作报告中指出，2022年是党和国家历史上极为重要的一年。党的二十大胜利召开，描绘了全面建设社会主义现代化国家的宏伟蓝图。
            李克强在政府工作报告中指出，五年来认真贯彻落实党中央全面从严治党战略部署
            国务院总理李克强5日在政府工作报告中指出，五年来，各级政府认真贯彻落实党中央全面从严治党战略部署，扎实开展“不忘初心、牢记使命”主题教育和党史学习教育，弘扬伟大建党精神，严格落实中央八项规定精神，持之以恒纠治“四风”，重点纠治形式主义、官僚主义，“三公”经费大幅压减。严厉惩处违规建设楼堂馆所和偷税逃税等行为。
            李克强在政府工作报告中提出今年经济社会发展总体要求
            国务院总理李克强5日在政府工作报告中指出，今年是全面贯彻党的二十大精神的开局之年。做好政府工作，要在以习近平同志为核心的党中央坚强领导下，以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，按照中央经济工作会议部署，扎实推进中国式现代化，坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，更好统筹国内国际两个大局，更好统筹疫情防控和经济社会发展，更好统筹发展和安全，全面深化改革开放，大力提振市场信心，把实施扩大内需战略同深化供给侧结构性改革有机结合起来，突出做好稳增长、稳就业、稳物价工作，有效防范化解重大风险，推动经济运行整体好转，实现质的有效提升和量的合理增长，持续改善民生，保持社会大局稳定，为全面建设社会主义现代化国家开好局起好步。
            李克强在政府工作报告中简述今年工作重点
            国务院总理李克强5日在政府工作报告中表示，今年是政府换届之年，前面报告的经济社会发展多领域、各方面工作，今后还需不懈努力，下面简述几项重点。
            
            """)
        #expect(report.parts.map(\.role) == [.review, .review, .requirements, .plan])
        #expect(report.parts.map(\.period) == [Period(year: 2022), Period(first: 2018, last: 2022), Period(year: 2023), Period(year: 2023)])
        let numbered = try read("一、2025年工作回顾\n过去一年很不平凡。\n主要目标\n今年要做的事很多。\n")
        #expect(numbered.parts.count == 1)
        // A part may name its year only relatively, and name its work with no cue word.
        let relative = try read("一、过去一年工作回顾\n过去一年很不平凡。\n二、2026年主要工作\n今年要做的事很多。\n")
        #expect(relative.parts.map(\.role) == [.review, .plan])
        #expect(relative.parts.map(\.year) == [2025, 2026])
    }

    /// A budget speech that numbers nearly every paragraph (Hong Kong's, India's): the numbers mark
    /// paragraphs, not sections, and the short unnumbered lines among them are the headings;
    /// `per cent` is a percentage and `2.5 to 3.5 per cent` an interval.
    @Test func numberedParagraphsOfABudgetSpeech() throws {
        let paragraphs = (3...12).map { "\($0). The Government will continue to support the economy, with measures costing \($0) billion dollars." }
        let report = try read("""
            The 2024-25 Budget

            Mr President,

            1. I move that the Appropriation Bill 2024 be read a second time.

            2. Over the past year, real GDP grew by 3.2 per cent. I forecast that the economy will grow by 2.5 to 3.5 per cent in 2024.

            Economic Performance in 2023

            \(paragraphs.joined(separator: "\n\n"))
            """, path: "hk/2024.txt")
        #expect(report.sections(.section).map(\.title) == ["Economic Performance in 2023"])
        #expect(report.allParagraphs[2].paragraph.text == "I move that the Appropriation Bill 2024 be read a second time.")
        let facts = FactExtractor().facts(in: report)
        #expect(facts.prefix(2).map { "\($0.quantity.value)\($0.quantity.upperValue.map { "-\($0)" } ?? "") \($0.quantity.unit)" } == ["3.2 %", "2.5-3.5 %"])
    }
}

