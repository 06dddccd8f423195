import ReportComparison
import TestSupport
import Testing

@Suite struct TextDifferTests {
    let differ = TextDiffer()

    /// Checks everything a diff must satisfy, whatever the inputs.
    private func checkInvariants(_ diff: TextDiff, old: String, new: String) {
        #expect(diff.oldText == old)
        #expect(diff.newText == new)
        #expect(diff.runs.allSatisfy { !$0.text.isEmpty })
        #expect((0...1).contains(diff.similarity))
        for (run, next) in zip(diff.runs, diff.runs.dropFirst()) {
            switch (run, next) {
            case (.equal, .equal), (.delete, .delete), (.insert, .insert), (.insert, .delete):
                Issue.record("runs out of normal form: \(run), \(next)")
            default:
                break
            }
        }
    }

    private func render(_ diff: TextDiff) -> String {
        diff.runs.map { run in
            switch run {
            case .equal(let text): text
            case .delete(let text): "[-\(text)-]"
            case .insert(let text): "{+\(text)+}"
            }
        }.joined()
    }

    @Test func sentencePairsFromTheReportsRebuildBothSides() throws {
        let old = try SampleReports.sentences("cn-national", 2024)
        let new = try SampleReports.sentences("cn-national", 2025)
        var checked = 0
        for (index, sentence) in old.enumerated() where index % 3 == 0 {
            let position = index * new.count / old.count
            for other in new[max(0, position - 1)..<min(new.count, position + 2)] {
                let diff = differ.diff(old: sentence, new: other)
                checkInvariants(diff, old: sentence, new: other)
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    @Test(arguments: [("cn-national", 2025), ("cn-jinzhong", 2025), ("us-sotu", 2023)])
    func randomEditsRebuildBothSides(issuer: String, year: Int) throws {
        let sentences = try SampleReports.sentences(issuer, year)
        var generator = SeededGenerator(seed: 42)
        for sentence in sentences.prefix(150) {
            let edited = sentence.randomlyEdited(Int.random(in: 0...4, using: &generator), from: sentences.joined(), using: &generator)
            let diff = differ.diff(old: sentence, new: edited)
            checkInvariants(diff, old: sentence, new: edited)
            #expect(diff.isIdentical == (sentence == edited))
        }
    }

    @Test func randomTextsOverAFewCharactersRebuildBothSides() {
        let alphabet = Array("的和，。甲乙 5%左右6.5%a")
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            let old = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "的" })
            let new = String((0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? "的" })
            checkInvariants(differ.diff(old: old, new: new), old: old, new: new)
            checkInvariants(TextDiffer(maxEditDistance: 3).diff(old: old, new: new), old: old, new: new)
        }
    }

    @Test func identicalAndEmptyTexts() {
        let same = differ.diff(old: "居民收入增长和经济增长同步；", new: "居民收入增长和经济增长同步；")
        #expect(same.runs == [.equal("居民收入增长和经济增长同步；")])
        #expect(same.similarity == 1)
        #expect(differ.diff(old: "", new: "").runs.isEmpty)
        #expect(differ.diff(old: "", new: "").similarity == 1)
        #expect(differ.diff(old: "", new: "新增").runs == [.insert("新增")])
        #expect(differ.diff(old: "删去", new: "").runs == [.delete("删去")])
        #expect(differ.diff(old: "删去", new: "").similarity == 0)
    }

    @Test func aRewrittenSentenceIsOneReplacementNotConfetti() {
        let diff = differ.diff(
            old: "我们要坚定信心，扎实推进乡村全面振兴，不断提高农民生活水平。",
            new: "我们要开拓进取，着力推动城乡融合发展，持续增加农民的收入水平。"
        )
        #expect(render(diff) == "我们要[-坚定信心，扎实推进乡村全面振兴，不断提高农民生活-]{+开拓进取，着力推动城乡融合发展，持续增加农民的收入+}水平。")
        let swapped = differ.diff(old: "大力推进现代化产业体系建设，加快发展新质生产力。", new: "因地制宜发展新质生产力，加快建设现代化产业体系。")
        #expect(swapped.runs == [
            .delete("大力推进现代化产业体系建设，加快发展新质生产力"),
            .insert("因地制宜发展新质生产力，加快建设现代化产业体系"),
            .equal("。"),
        ])
    }

    @Test func insertionsSlideToPunctuation() {
        let diff = differ.diff(old: "稳就业，稳物价。", new: "稳就业，稳增长，稳物价。")
        #expect(render(diff) == "稳就业，{+稳增长，+}稳物价。")
        let words = differ.diff(old: "We will build roads.", new: "We will build roads and bridges.")
        #expect(render(words) == "We will build roads{+ and bridges+}.")
    }

    @Test func numbersChangeAsWholes() {
        let diff = differ.diff(old: "居民消费价格涨幅3%左右", new: "居民消费价格涨幅2%左右")
        #expect(diff.runs == [.equal("居民消费价格涨幅"), .delete("3%左右"), .insert("2%左右")])
        #expect(diff.numericChanges == [NumericChange(old: "3%左右", new: "2%左右")])
    }

    @Test func numericChangesOfTheNationalTargets() throws {
        let old = try SampleReports.paragraphs("cn-national", 2024).first { $0.hasPrefix("今年发展主要预期目标是") }
        let new = try SampleReports.paragraphs("cn-national", 2025).first { $0.hasPrefix("今年发展主要预期目标是") }
        let targetsOld = try #require(old)
        let targetsNew = try #require(new)
        let diff = differ.diff(old: targetsOld, new: targetsNew)
        checkInvariants(diff, old: targetsOld, new: targetsNew)
        #expect(diff.numericChanges.map(\.description) == [
            "3%左右 → 2%左右",
            "1.3万亿斤以上 → 1.4万亿斤左右",
            "2.5%左右 → 3%左右",
        ])
    }

    @Test(arguments: [
        ("经济增长预期目标为5.5%左右", "经济增长预期目标为5%左右", "5.5%左右 → 5%左右"),
        ("增长5.5%。", "增长5%。", "5.5% → 5%"),
        ("粮食产量1.3万亿斤以上", "粮食产量1.4万亿斤左右", "1.3万亿斤以上 → 1.4万亿斤左右"),
        ("赤字率按3%安排，赤字规模4.06万亿元", "赤字率按4%左右安排，赤字规模5.66万亿元", "3% → 4%左右|4.06万亿元 → 5.66万亿元"),
        ("The economy grew 5.7 percent last year.", "The economy grew 2.1 percent this year.", "5.7 percent → 2.1 percent"),
        ("城镇新增就业1200万人以上，城镇调查失业率5.5%左右", "城镇调查失业率5.5%左右，城镇新增就业1100万人以上", "1200万人以上 → 1100万人以上"),
    ])
    func numericChanges(old: String, new: String, expected: String) {
        let diff = differ.diff(old: old, new: new)
        #expect(diff.numericChanges.map(\.description).joined(separator: "|") == expected)
    }

    @Test func boundReportsTheMiddleAsOneReplacement() {
        let old = "alpha one beta two gamma three delta four epsilon"
        let new = "alpha five beta six gamma seven delta eight epsilon"
        let bounded = TextDiffer(maxEditDistance: 2).diff(old: old, new: new)
        #expect(bounded.runs == [
            .equal("alpha "),
            .delete("one beta two gamma three delta four"),
            .insert("five beta six gamma seven delta eight"),
            .equal(" epsilon"),
        ])
        let full = differ.diff(old: old, new: new)
        #expect(render(full) == "alpha [-one-]{+five+} beta [-two-]{+six+} gamma [-three-]{+seven+} delta [-four-]{+eight+} epsilon")
        checkInvariants(bounded, old: old, new: new)
    }

    @Test func similarityReflectsSharedText() {
        #expect(differ.diff(old: "甲乙丙丁", new: "甲乙戊己").similarity == 0.5)
        #expect(differ.diff(old: "甲乙丙丁", new: "戊己庚辛").similarity == 0)
    }

    @Test func longTextsDiffWithinTheBound() throws {
        let national = try SampleReports.text("cn-national", 2024) + SampleReports.text("cn-national", 2025)
        let old = String(national.prefix(20_000))
        var generator = SeededGenerator(seed: 3)
        let new = old.randomlyEdited(200, from: national, using: &generator)
        let diff = differ.diff(old: old, new: new)
        checkInvariants(diff, old: old, new: new)
        #expect(diff.similarity > 0.9)
        let unrelated = differ.diff(old: old, new: String(national.suffix(20_000)))
        checkInvariants(unrelated, old: old, new: String(national.suffix(20_000)))
    }
}
