import ReportText

/// Splits a paragraph into sentences.
///
/// Chinese sentences end at `。！？；` (closing quotes and brackets stay with them). English
/// sentences end at `.`, `!` or `?` followed by white space and a capital, digit or quote, except
/// after common abbreviations (`Mr.`, `U.S.`).
struct SentenceSplitter: Sendable {
    var isChinese: Bool

    /// Offsets `start..<end` of each sentence in `characters`, white space excluded.
    ///
    /// Tests run on each character's first scalar; a mark counts only when it is its character's
    /// one scalar (`isMark`), as a `Character` compared with the mark would.
    ///
    /// - Complexity: O(n) in the number of characters.
    func sentenceOffsets(in characters: CharacterScalars) -> [Range<Int>] {
        let scalars = characters.scalars
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            var lower = start, upper = end
            while lower < upper, scalars[lower].isWhitespace { lower += 1 }
            while upper > lower, scalars[upper - 1].isWhitespace { upper -= 1 }
            if lower < upper { result.append(lower..<upper) }
            start = end
        }
        func isMark(_ offset: Int, _ test: (Unicode.Scalar) -> Bool) -> Bool {
            test(scalars[offset]) && characters.isSingleScalar(at: offset)
        }
        while index < scalars.count {
            let end = index
            index += 1
            guard isEnd(scalars[end], at: end, in: characters) else { continue }
            while index < scalars.count, isMark(index, { $0.isClosing || $0 == "'" }) { index += 1 }
            let glued = gluedSentence(at: end, next: index, in: characters)
            if glued || isChinese || !isMark(end, { $0 == "." }) || startsSentence(after: index, in: characters) {
                if !isChinese, !glued, index < scalars.count, !scalars[index].isWhitespace { continue }
                close(at: index)
            }
        }
        close(at: scalars.count)
        return result
    }

    private func isEnd(_ scalar: Unicode.Scalar, at index: Int, in characters: CharacterScalars) -> Bool {
        guard scalar.isSentenceEnd || scalar == ".", characters.isSingleScalar(at: index) else { return false }
        if scalar.isSentenceEnd { return true }
        guard !isChinese else { return false }
        let scalars = characters.scalars
        // A decimal point or an abbreviation is no sentence end.
        if index + 1 < scalars.count, scalars[index + 1].properties.numericType != nil { return false }
        var wordStart = index
        while wordStart > 0,
            Self.isLetter(scalars[wordStart - 1])
                || (scalars[wordStart - 1] == "." && characters.isSingleScalar(at: wordStart - 1))
        {
            wordStart -= 1
        }
        if index - wordStart == 1, characters.character(at: wordStart).isUppercase { return false }
        return !Self.abbreviations.contains(String(characters[wordStart..<index]))
    }

    /// `stuck in the red.We’ve already reduced`: in text copied from a page a space can be lost after a
    /// sentence's end; a word of two small letters or more, the end and a capitalized word run together
    /// end the sentence (`U.S`, `p.m.` and `e.g.` do not: their letters before the mark are one or capital).
    private func gluedSentence(at end: Int, next: Int, in characters: CharacterScalars) -> Bool {
        let scalars = characters.scalars
        return !isChinese && end >= 2 && next + 1 < scalars.count
            && ("a"..."z").contains(scalars[end - 1]) && ("a"..."z").contains(scalars[end - 2])
            && ("A"..."Z").contains(scalars[next]) && (("a"..."z").contains(scalars[next + 1]) || "’'".unicodeScalars.contains(scalars[next + 1]))
    }

    private func startsSentence(after index: Int, in characters: CharacterScalars) -> Bool {
        let scalars = characters.scalars
        var cursor = index
        while cursor < scalars.count, scalars[cursor].isWhitespace { cursor += 1 }
        guard cursor > index, cursor < scalars.count else { return cursor >= scalars.count }
        let next = characters.character(at: cursor)
        // A sum opens a sentence as a number does (`… in Central America.  $60 million.`).
        return next.isUppercase || next.isNumber || "“\"‘'($£€".contains(next) || !next.isASCII
    }

    /// `Character.isLetter` of a character with this first scalar; ASCII without a table look-up.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.isASCIILetter : scalar.properties.isAlphabetic
    }

    private static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "vs", "etc", "U.S", "U.K", "U.N", "No", "Gen", "Sen", "Rep", "Gov",
    ]
}
