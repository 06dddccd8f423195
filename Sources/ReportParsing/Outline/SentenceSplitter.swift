/// Splits a paragraph into sentences.
///
/// Chinese sentences end at `。！？；` (closing quotes and brackets stay with them). English
/// sentences end at `.`, `!` or `?` followed by white space and a capital, digit or quote, except
/// after common abbreviations (`Mr.`, `U.S.`).
struct SentenceSplitter: Sendable {
    var isChinese: Bool

    /// Offsets `start..<end` of each sentence in `characters`, white space excluded.
    ///
    /// - Complexity: O(n) in the number of characters.
    func sentenceOffsets(in characters: [Character]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var index = 0
        func close(at end: Int) {
            var lower = start, upper = end
            while lower < upper, characters[lower].isWhitespace { lower += 1 }
            while upper > lower, characters[upper - 1].isWhitespace { upper -= 1 }
            if lower < upper { result.append(lower..<upper) }
            start = end
        }
        while index < characters.count {
            let character = characters[index]
            index += 1
            guard isEnd(character, at: index - 1, in: characters) else { continue }
            while index < characters.count, characters[index].isClosing || characters[index] == "'" { index += 1 }
            if isChinese || character != "." || startsSentence(after: index, in: characters) {
                if !isChinese, index < characters.count, !characters[index].isWhitespace { continue }
                close(at: index)
            }
        }
        close(at: characters.count)
        return result
    }

    private func isEnd(_ character: Character, at index: Int, in characters: [Character]) -> Bool {
        if character.isSentenceEnd { return true }
        guard !isChinese, character == "." else { return false }
        // A decimal point or an abbreviation is no sentence end.
        if index + 1 < characters.count, characters[index + 1].isNumber { return false }
        var wordStart = index
        while wordStart > 0, characters[wordStart - 1].isLetter || characters[wordStart - 1] == "." { wordStart -= 1 }
        let word = String(characters[wordStart..<index])
        if word.count == 1, word.first?.isUppercase == true { return false }
        return !Self.abbreviations.contains(word)
    }

    private func startsSentence(after index: Int, in characters: [Character]) -> Bool {
        var cursor = index
        while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
        guard cursor > index, cursor < characters.count else { return cursor >= characters.count }
        let next = characters[cursor]
        return next.isUppercase || next.isNumber || "“\"‘'(".contains(next) || !next.isASCII
    }

    private static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "vs", "etc", "U.S", "U.K", "U.N", "No", "Gen", "Sen", "Rep", "Gov",
    ]
}
