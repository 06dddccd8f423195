import ReportModel
import Testing

@testable import ReportParsing

/// English facts read by general rules (a phrase's shape, a verb's role, a unit's class), each
/// from real sentences of the English reports.
@Suite("English facts")
struct EnglishFactsTests {
    private static let review = FactExtractor.Context(partRole: .review, partYear: 2016, reportYear: 2017)
    private static let plan = FactExtractor.Context(partRole: .plan, partYear: 2017, reportYear: 2017)

    /// The facts of each sentence read on its own, in order.
    private static func facts(_ sentences: [String], _ context: FactExtractor.Context) -> [Fact] {
        sentences.flatMap { sentence in
            FactExtractor().facts(inSentence: sentence, sentenceID: "s1", sectionID: "p1", context: context)
        }
    }

    /// National 2017 and 2019: a currency's country written onto `$` keeps the bound before it.
    @Test func aBoundBeforeACurrencysCountryHolds() {
        let facts = Self.facts(
            [
                "In 2016, China utilized more than US$130 billion of overseas investment.",
                "China's foreign exchange reserves were maintained at over US$3 trillion.",
            ], Self.review)
        #expect(facts.map(\.quantity.qualifier) == [.atLeast, .atLeast])
    }
}
