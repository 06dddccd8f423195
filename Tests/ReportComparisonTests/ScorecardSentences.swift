import ReportModel
import ReportParsing
import Testing

/// Facts read from single sentences of the sample reports, as the extractor reads them in a plan
/// part (targets) or a review part (outcomes).
enum ScorecardSentences {
    static let extractor = FactExtractor()

    /// The first target in `sentence` about `name` (an indicator id or a subject as written, which
    /// a count of such things made is about too).
    static func target(_ sentence: String, _ name: String, year: Int = 2024) throws -> Fact {
        let context = FactExtractor.Context(partRole: .plan, partYear: year, reportYear: year)
        return try first(in: sentence, name, measure: nil, context: context)
    }

    /// The first outcome in `sentence` about `name`, preferring one of `measure`.
    static func outcome(_ sentence: String, _ name: String, measure: Measure? = nil, year: Int = 2024) throws -> Fact {
        let context = FactExtractor.Context(partRole: .review, partYear: year, reportYear: year + 1)
        return try first(in: sentence, name, measure: measure, context: context)
    }

    private static func first(in sentence: String, _ name: String, measure: Measure?, context: FactExtractor.Context) throws -> Fact {
        let facts = extractor.facts(inSentence: sentence, sentenceID: "s1", sectionID: "part1", context: context)
            .filter { fact in
                fact.indicator == name || fact.subject == name || Fact.makingDeeds.contains { $0 + name == fact.subject }
            }
        return try #require(facts.first { $0.measure == measure } ?? facts.first, "no fact about \(name) in \(sentence)")
    }
}
