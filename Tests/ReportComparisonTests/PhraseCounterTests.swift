import ReportComparison
import ReportText
import TestSupport
import Testing

@Suite struct PhraseCounterTests {
    let counter = PhraseCounter()

    /// Computed once for all tests: counting two reports takes a noticeable fraction of a second.
    private static let national = Result {
        try PhraseCounter().changes(from: SampleReports.text("cn-national", 2024), to: SampleReports.text("cn-national", 2025))
    }

    private func nationalChanges() throws -> [PhraseChange] {
        try Self.national.get()
    }

    /// Counts checked with `grep -o PHRASE Reports/cn-national/YEAR.txt | wc -l`.
    @Test(arguments: [
        ("新质生产力", 1, 2),
        ("十五五", 0, 3),
        ("提振消费", 0, 3),
        ("地方债务", 5, 0),
        ("新型城镇化", 8, 3),
        ("高质量发展", 25, 9),
    ])
    func findsTheYearsVocabularyInTheNationalReports(phrase: String, old: Int, new: Int) throws {
        let change = try nationalChanges().first { $0.phrase == phrase }
        #expect(change == PhraseChange(phrase: phrase, oldCount: old, newCount: new))
    }

    @Test func leavesOutFragmentsAndExplainedParts() throws {
        let phrases = Set(try nationalChanges().map(\.phrase))
        for fragment in ["质生产力", "新质生产", "推动高", "方债务", "城镇化", "加快建", "政策要", "加强对"] {
            #expect(!phrases.contains(fragment), "\(fragment)")
        }
    }

    /// Fragments whose edge character belongs to the next word: `推动中`长期, `深化政`务公开,
    /// 腹`地建设`, 扎实`推进共`建, 在`发展中`保障, 产`业体系`.
    @Test func leavesOutPhrasesThatCutAWord() throws {
        let phrases = Set(try nationalChanges().map(\.phrase))
        for fragment in ["推动中", "深化政", "地建设", "推进共", "发展中", "业体系"] {
            #expect(!phrases.contains(fragment), "\(fragment)")
        }
        for phrase in ["提振消费", "服务业", "基础性", "大规模", "一次性"] {
            #expect(phrases.contains(phrase), "\(phrase)")
        }
    }

    /// `13th Five-Year Plan`: `13th` is a number, `five-year` one word.
    @Test func englishPhrasesKeepWordsWhole() throws {
        let changes = try counter.changes(
            from: SampleReports.text("cn-national-en", 2015), to: SampleReports.text("cn-national-en", 2016))
        let phrases = Set(changes.map(\.phrase))
        #expect(phrases.contains("five-year plan"))
        for change in changes {
            let words = change.phrase.split(separator: " ")
            #expect(!["th", "st", "nd", "rd"].contains(words.first ?? ""), "\(change.phrase)")
            #expect(!["year", "side", "level"].contains(words.first ?? ""), "\(change.phrase)")
        }
    }

    @Test func phrasesAreHanRunsWithoutFunctionWordEdges() throws {
        let changes = try nationalChanges()
        #expect(changes.count > 50)
        for change in changes {
            #expect((3...8).contains(change.phrase.count))
            #expect(change.phrase.allSatisfy { $0.isHan })
            #expect(!["的", "和", "是", "了"].contains(change.phrase.first))
            #expect(!["的", "和", "是", "了"].contains(change.phrase.last))
            #expect(max(change.oldCount, change.newCount) >= 2)
            #expect(change.oldCount != change.newCount)
        }
    }

    @Test func sortsByChangeThenPhraseAndHonoursTheLimit() throws {
        let changes = try nationalChanges()
        for (first, second) in zip(changes, changes.dropFirst()) {
            #expect(abs(first.change) > abs(second.change) || (abs(first.change) == abs(second.change) && first.phrase < second.phrase))
        }
        #expect(changes.first?.phrase == "高质量发展")
        let limited = try counter.changes(
            from: SampleReports.text("cn-national", 2024), to: SampleReports.text("cn-national", 2025), limit: 10
        )
        #expect(limited == Array(changes.prefix(10)))
        #expect(try counter.changes(from: SampleReports.text("cn-national", 2024), to: SampleReports.text("cn-national", 2025)) == changes)
    }

    @Test func findsEnglishPhrasesOverWords() throws {
        let changes = try counter.changes(from: SampleReports.text("us-sotu", 2022), to: SampleReports.text("us-sotu", 2023), limit: 30)
        #expect(changes.first == PhraseChange(phrase: "finish the job", oldCount: 0, newCount: 12))
        #expect(changes.contains(PhraseChange(phrase: "american rescue plan", oldCount: 5, newCount: 0)))
        #expect(changes.contains(PhraseChange(phrase: "inflation reduction act", oldCount: 0, newCount: 3)))
        #expect(!changes.contains { $0.phrase.hasPrefix("the ") || $0.phrase.hasSuffix(" the") })
    }

    @Test func piecesDoNotJoin() {
        let changes = counter.changes(from: ["培育新质", "生产力。"], to: ["培育新质生产力。", "发展新质生产力。"])
        #expect(changes == [PhraseChange(phrase: "新质生产力", oldCount: 0, newCount: 2)])
        #expect(changes.first?.kind == .introduced)
    }

    @Test func kindsOfChange() {
        #expect(PhraseChange(phrase: "甲乙丙", oldCount: 0, newCount: 2).kind == .introduced)
        #expect(PhraseChange(phrase: "甲乙丙", oldCount: 2, newCount: 0).kind == .dropped)
        #expect(PhraseChange(phrase: "甲乙丙", oldCount: 2, newCount: 5).kind == .increased)
        #expect(PhraseChange(phrase: "甲乙丙", oldCount: 5, newCount: 2).kind == .decreased)
        #expect(PhraseChange(phrase: "甲乙丙", oldCount: 5, newCount: 2).change == -3)
    }

    @Test func oddInputAndSettings() {
        #expect(counter.changes(from: "", to: "").isEmpty)
        #expect(counter.changes(from: "，。！", to: "123 %").isEmpty)
        #expect(counter.changes(from: "稳增长稳就业", to: "稳增长稳就业稳增长", limit: 0).isEmpty)
        let odd = PhraseCounter(hanLengths: -3...100, wordLengths: 9...12, minimumOccurrences: -1)
        let changes = odd.changes(from: "稳增长，稳增长。", to: "防风险。 go go go")
        #expect(changes.contains(PhraseChange(phrase: "稳增长", oldCount: 2, newCount: 0)))
    }
}
