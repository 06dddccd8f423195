@testable import ReportComparison
import Testing

/// The scalar path of the tokenizer compares scalars where the text compared strings: these
/// check the facts about Unicode it rests on, against the standard library's own answers.
@Suite struct TokenSpansTests {
    /// Two scalars that stand alone are equal as strings exactly when their equality keys are.
    @Test func equalityKeysMatchStringEquality() {
        var firstByString: [String: UInt32] = [:]
        for value in UInt32(0)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.standsAlone else { continue }
            let first = firstByString[String(scalar), default: scalar.equalityKey]
            firstByString[String(scalar)] = first
            #expect(first == scalar.equalityKey, "U+\(String(value, radix: 16, uppercase: true))")
        }
        #expect("\u{2000}" == "\u{2002}" && "\u{2001}" == "\u{2003}")
    }

    @Test func asciiAnswersMatchTheProperties() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            #expect(scalar.isWhitespace == scalar.properties.isWhitespace)
            #expect(scalar.isLetter == scalar.properties.isAlphabetic)
        }
    }

    @Test(arguments: ["", "a\r\nb  c", "增长5%左右，\r\n\r\nAmerica's", "re\u{301}sume 👍🏽 e", "\u{2000}\u{2002}"])
    func spansRebuildTheTextAndCountCharacters(text: String) {
        let spans = Tokenizer().spans(in: text)
        let tokens = Tokenizer().tokens(in: text)
        #expect(spans.text(of: 0..<spans.count) == text)
        #expect(spans.kinds == tokens.map(\.kind))
        let offsets = spans.characterOffsets()
        #expect(offsets.count == tokens.count + 1)
        for index in tokens.indices {
            #expect(offsets[index + 1] - offsets[index] == tokens[index].text.count)
        }
    }
}
