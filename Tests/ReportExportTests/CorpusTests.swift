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
