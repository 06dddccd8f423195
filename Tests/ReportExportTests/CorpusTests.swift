import ReportExport
import Testing

@Suite struct CorpusTests {
    @Test(arguments: [
        ("cn-national/2024.txt", "cn-national", 2024),
        ("us-sotu/2022.html", "us-sotu", 2022),
    ])
    func layoutPathsGiveIssuerAndYear(_ relative: String, _ issuer: String, _ year: Int) {
        #expect(Corpus.member(atRelativePath: relative, path: "Reports/\(relative)") == Corpus.Member(path: "Reports/\(relative)", issuer: issuer, year: year))
    }

    @Test(arguments: ["2024.txt", "a/b/2024.txt", "cn/202.txt", "cn/twenty.txt", "cn/2024", "cn/２０２４.txt"])
    func otherPathsGiveNothing(_ relative: String) {
        #expect(Corpus.member(atRelativePath: relative, path: relative) == nil)
    }

    @Test func groupsByIssuerOrdersByYearAndPairsNeighbours() {
        let members = [
            Corpus.Member(path: "b/2023.txt", issuer: "b", year: 2023),
            Corpus.Member(path: "a/2025.txt", issuer: "a", year: 2025),
            Corpus.Member(path: "a/2022.txt", issuer: "a", year: 2022),
            Corpus.Member(path: "a/2024.txt", issuer: "a", year: 2024),
            Corpus.Member(path: "a/2024.html", issuer: "a", year: 2024),
        ]
        let corpus = Corpus(members: members)
        #expect(corpus.series.map(\.issuer) == ["a", "b"])
        #expect(corpus.series[0].members.map(\.year) == [2022, 2024, 2025])
        #expect(corpus.pairs.map(\.folder) == ["a/2022-2024", "a/2024-2025"])
        #expect(corpus.duplicates.map(\.kept) == [members[4]])
        #expect(corpus.duplicates.map(\.dropped) == [members[3]])
        #expect(corpus.series[1].pairs.isEmpty)
    }

    @Test(arguments: [("../x", "_.-x"), ("..", "_."), (".hidden", "_hidden"), ("a/b", "a-b"), ("", "_"), ("晋中市", "晋中市")])
    func folderNamesStayInside(_ issuer: String, _ folder: String) {
        #expect(Corpus.folderName(forIssuer: issuer) == folder)
    }
}
