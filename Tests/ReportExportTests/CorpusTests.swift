import ReportExport
import Testing

@Suite struct CorpusTests {
    @Test func groupsBySeriesOrdersByYearAndPairsNeighbours() {
        let members = [
            Corpus.Member(path: "b/2023.txt", issuer: "b", year: 2023),
            Corpus.Member(path: "a/2025.txt", issuer: "a", year: 2025),
            Corpus.Member(path: "a/2022.txt", issuer: "a", year: 2022),
            Corpus.Member(path: "a/2024-rmrb.txt", issuer: "a", year: 2024),
            Corpus.Member(path: "a/2024.txt", issuer: "a", year: 2024),
            Corpus.Member(path: "en/2024.txt", issuer: "a", year: 2024, language: "en"),
            Corpus.Member(path: "en/2025.txt", issuer: "a", year: 2025, language: "en"),
        ]
        let corpus = Corpus(members: members)
        #expect(corpus.series.map(\.name) == ["a (en)", "a (zh)", "b"])
        #expect(corpus.series.map(\.folder) == ["a-en", "a-zh", "b"])
        #expect(corpus.series[1].members.map(\.year) == [2022, 2024, 2025])
        #expect(corpus.pairs.map(\.folder) == ["a-en/2024-2025", "a-zh/2022-2024", "a-zh/2024-2025"])
        // The plain edition is kept, another edition of its year left out.
        #expect(corpus.duplicates.map(\.kept) == [members[4]])
        #expect(corpus.duplicates.map(\.dropped) == [members[3]])
        #expect(corpus.series[2].pairs.isEmpty)
    }

    /// A report whose text names no issuer joins the files named alike but for the year.
    @Test(arguments: [
        ("corpus/en-sotu-2016.txt", "en-sotu"), ("x/2024年晋中政府工作报告.txt", "晋中政府工作报告"),
        ("budget_2024_speech.md", "budget-speech"), ("sotu 2022.txt", "sotu"), ("a/b/speech2019.html", "speech"),
    ])
    func aSeriesIsNamedByTheFileNameWithoutItsYear(_ path: String, _ series: String) {
        #expect(Corpus.seriesName(forFileName: path) == series)
    }

    @Test(arguments: ["2024.txt", "2024年.txt", "sotu.txt", "report-12345.txt", "x/sotu-1850.txt"])
    func aFileNameWithNothingButTheYearOrNoYearNamesNoSeries(_ path: String) {
        #expect(Corpus.seriesName(forFileName: path) == nil)
    }

    @Test(arguments: [("晋中市", "晋中市"), ("a-b", "a-b"), ("javascript:alert(1)", "javascript:alert(1)")])
    func ordinaryNamesStayAsTheyAre(_ issuer: String, _ folder: String) {
        #expect(Corpus.folderName(forIssuer: issuer) == folder)
    }

    /// Names changed to stay inside the output folder get a hash of the original, so names
    /// that differ only in what was changed stay apart.
    @Test(arguments: [("../x", "_.-x~"), ("..", "_.~"), (".hidden", "_hidden~"), ("a/b", "a-b~"), ("a\\b", "a-b~"), ("a\nb", "a-b~"), ("", "_~")])
    func changedNamesStayInsideAndApart(_ issuer: String, _ prefix: String) {
        let folder = Corpus.folderName(forIssuer: issuer)
        #expect(folder.hasPrefix(prefix))
        #expect(folder.count == prefix.count + 8)
        #expect(!folder.contains("/") && folder != "." && folder != "..")
    }

    @Test func namesThatMeetAfterSanitisingGetDistinctFolders() {
        let names = ["a/b", "a\\b", "a-b", "a\nb", "a\rb"]
        #expect(Set(names.map(Corpus.folderName(forIssuer:))).count == names.count)
        let corpus = Corpus(members: names.map { Corpus.Member(path: "\($0)/2024.txt", issuer: $0, year: 2024) })
        #expect(Set(corpus.series.map(\.folder)).count == names.count)
    }
}
