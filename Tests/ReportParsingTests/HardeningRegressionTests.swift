import Foundation
import ReportModel
import Testing

@testable import ReportParsing

/// Findings of the hardening work, each kept as the input that showed it.
@Suite struct HardeningRegressionTests {
    /// 20,000 numbered English lines: the short ones (`1.` to `999.`) stand as numbered paragraphs
    /// (numbers opening most paragraphs number them), the rest re-flow into one paragraph of some
    /// 19,000 sentences; each sentence used to be cut
    /// from the front of the paragraph's string, quadratic: 20 s here in a debug build, minutes
    /// for 100,000 lines. Linear takes a few seconds; the time limit only guards against a hang.
    @Test(.timeLimit(.minutes(2))) func aParagraphOfManySentencesIsCutInLinearTime() throws {
        let text = (1...20_000).map { "\($0). Heading number \($0)\n" }.joined()
        let report = try Report(parsing: Data(text.utf8))
        let sentences = report.allParagraphs.flatMap(\.paragraph.sentences)
        #expect(report.sections(.section).isEmpty)
        #expect(sentences.prefix(2).map(\.text) == ["Heading number 1", "Heading number 2"])
        #expect(sentences.count == 20_000)
        #expect(sentences.last?.text == "Heading number 20000")
    }

    /// Facts of 5,000 English sentences: every character used to be folded once per cue word
    /// (twice the time); the cheap first look must not lose a fact.
    @Test func cueScanningKeepsEveryFact() throws {
        let line = "Gross domestic product grew 2.5 percent, and 12 million jobs were created.\n"
        let report = try Report(parsing: Data(String(repeating: line, count: 5_000).utf8))
        #expect(FactExtractor().facts(in: report).count == 10_000)
    }

    /// Cue words still match whatever their case once the cheap first look passes.
    @Test func cueWordsMatchInAnyCase() {
        let cues = Cue.scan(Array("Our Goal for Next Year is 3 percent"), reportYear: 2025)
        #expect(cues.map(\.kind) == [.target, .year(2026)])
    }

    /// A sentence of a megabyte is kept whole but flagged: its diff will be cut short.
    @Test func aVeryLongSentenceIsFlagged() throws {
        let report = try Report(parsing: Data((String(repeating: "word ", count: 200_000) + "\n").utf8))
        let warning = try #require(report.diagnostics.first { $0.code == "long-sentence" })
        #expect(warning.severity == .warning)
        #expect(warning.message.hasPrefix("a sentence of 999999 characters (over 5000)"))
        let normal = try Report(parsing: Data("A short sentence. Another one.\n".utf8))
        #expect(!normal.diagnostics.contains { $0.code == "long-sentence" })
    }

    /// The decoder's default limit refuses 100 MB without reading it as text.
    @Test func theDefaultByteLimitRefusesAHundredMegabytes() {
        #expect(SourceDecoder.defaultByteLimit == 64 << 20)
        #expect(throws: ReadError.tooLarge(bytes: 100, limit: 99)) {
            try SourceDecoder(byteLimit: 99).decode(Data(count: 100))
        }
    }
}
