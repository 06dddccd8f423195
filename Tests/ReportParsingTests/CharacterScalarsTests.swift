import Foundation
import ReportModel
import ReportText
import Testing

@testable import ReportParsing

/// Reading tests characters as scalars where each scalar is a Character: these tests hold the
/// shortcut to what Characters give.
@Suite struct CharacterScalarsTests {
    private static func string(_ scalars: [Unicode.Scalar]) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// Every scalar said to stand alone breaks from its neighbours as the standard library
    /// breaks grapheme clusters: from a letter, a Han character and itself on either side, from a
    /// leading jamo before it and from a vowel or trailing jamo after it (which catch Hangul
    /// syllables), so no combining mark, joiner, prepended mark or regional indicator is among them.
    @Test func scalarsThatStandAloneBreakFromTheirNeighbours() {
        let before: [Unicode.Scalar] = ["a", "一", "\u{1100}"]
        let after: [Unicode.Scalar] = ["a", "一", "\u{1161}", "\u{11A8}"]
        var standing = 0
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.standsAlone else { continue }
            standing += 1
            let pairs = before.map { [$0, scalar] } + after.map { [scalar, $0] } + [[scalar, scalar]]
            for pair in pairs where Self.string(pair).count != 2 {
                Issue.record("U+\(String(value, radix: 16, uppercase: true)) joins a neighbour: \(pair.map(\.value))")
            }
        }
        #expect(standing > 100_000)
    }

    @Test func whiteSpaceIsUnicodesWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isWhitespace == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    /// Counts, widths and compaction agree with Characters, also where scalars are not Characters
    /// (a combining accent, an emoji sequence, CRLF).
    @Test(arguments: ["", "增长5%左右", "re\u{301}sume 2024", "新华社记者 刘彬\u{3000}摄", "👨‍👩‍👧 ok", "a\r\nb", "“——”…"])
    func textMeasuresAgreeWithCharacters(_ text: String) {
        #expect(text.characterCount == text.count)
        #expect(text.printWidth == text.reduce(0) { $0 + ($1.isWideInPrint ? 2 : 1) })
        #expect(text.withoutWhitespace == String(text.filter { !$0.isWhitespace }))
        for limit in 0...12 {
            #expect(text.hasCharacters(atMost: limit) == (text.count <= limit))
        }
    }

    @Test func charactersOfSimpleTextAreItsScalars() {
        let characters = CharacterScalars("  增长5%。Next")
        #expect(characters.eachScalarIsACharacter)
        #expect(characters.count == 11)
        #expect(characters[2..<4] == "增长")
        let rest = characters.dropFirst(2)
        #expect(rest.count == 9)
        #expect(rest[5..<9] == "Next")
        #expect(rest.isSingleScalar(at: 4))
    }

    @Test func aCombiningAccentStaysWithItsLetter() {
        let characters = CharacterScalars("re\u{301}sume.\u{301} Next")
        #expect(!characters.eachScalarIsACharacter)
        #expect(characters.count == "re\u{301}sume.\u{301} Next".count)
        #expect(characters.scalars[1] == "e")
        #expect(characters[1..<2] == "e\u{301}")
        #expect(characters.character(at: 1) == "e\u{301}")
        #expect(!characters.isSingleScalar(at: 1))
        #expect(characters.isSingleScalar(at: 2))
        #expect(characters.dropFirst(1)[0..<2] == "e\u{301}s")
        // A full stop with an accent on it ends no sentence, as with Characters.
        let sentences = SentenceSplitter(isChinese: false).sentenceOffsets(in: characters)
        #expect(sentences == [0..<characters.count])
    }

    @Test func linesSplitAtEveryLineEnd() {
        let lines = SourceLine.lines(of: "一\r\n二\r三\n\n四")
        #expect(lines.map(\.text) == ["一", "二", "三", "", "四"])
        #expect(lines.map(\.number) == [1, 2, 3, 4, 5])
        let indented = SourceLine(number: 1, text: "\u{3000}\u{3000}e\u{301}t\u{3000}")
        #expect(indented.trimmed == "e\u{301}t")
        #expect(indented.contentColumn == 3)
        #expect(indented.endColumn == 6)
    }
}
