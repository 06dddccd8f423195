import ReportText

/// Splits text into diff tokens without a dictionary: Han characters one by one, Latin words,
/// whitespace runs, single punctuation marks, and whole numbers with their units.
///
/// The split is lossless: concatenating the tokens' text rebuilds the input exactly.
public struct Tokenizer: Sendable, Hashable {
    public init() {}

    /// The tokens of `text`, in order.
    ///
    /// - Complexity: O(n) in the number of characters; each number match looks ahead over a
    ///   fixed vocabulary of bounded length.
    public func tokens(in text: String) -> [TextToken] {
        let characters = Array(text)
        var tokens: [TextToken] = []
        var start = 0
        while start < characters.count {
            let (kind, end) = token(in: characters, at: start)
            tokens.append(TextToken(kind: kind, text: String(characters[start..<end])))
            start = end
        }
        return tokens
    }

    /// The kind and end of the token starting at `start`; the end is always past `start`.
    private func token(in characters: [Character], at start: Int) -> (TextToken.Kind, Int) {
        let character = characters[start]
        if character.isWhitespace {
            var end = start + 1
            while end < characters.count, characters[end].isWhitespace { end += 1 }
            return (.whitespace, end)
        }
        if let end = NumberScanner(characters: characters).numberEnd(from: start) {
            return (.number, end)
        }
        if character.isCJK {
            return (.han, start + 1)
        }
        if character.isWordLetter {
            return (.word, wordEnd(in: characters, from: start))
        }
        return (.punctuation, start + 1)
    }

    /// Letters, with apostrophes kept when a letter follows them (`America's`, `don’t`).
    private func wordEnd(in characters: [Character], from start: Int) -> Int {
        var end = start + 1
        while end < characters.count {
            if characters[end].isWordLetter {
                end += 1
            } else if characters[end].isApostrophe, end + 1 < characters.count, characters[end + 1].isWordLetter {
                end += 2
            } else {
                break
            }
        }
        return end
    }
}

/// Matches the number grammar of `NumberVocabulary` at a position.
struct NumberScanner {
    let characters: [Character]

    /// The end of the number token starting at `start`, or `nil` when no number starts there.
    ///
    /// - Complexity: O(k) in the length of the match plus the vocabulary size.
    func numberEnd(from start: Int) -> Int? {
        var index = start
        if NumberVocabulary.currencySigns.contains(characters[index]) { index += 1 }
        guard let lowerEnd = valueEnd(from: index) else { return nil }
        index = suffixEnd(from: lowerEnd)
        if index < characters.count, NumberVocabulary.rangeSeparators.contains(characters[index]) {
            var upper = index + 1
            if upper < characters.count, NumberVocabulary.currencySigns.contains(characters[upper]) { upper += 1 }
            if let upperEnd = valueEnd(from: upper) {
                index = suffixEnd(from: upperEnd)
            }
        }
        return match(NumberVocabulary.qualifiers, at: index) ?? index
    }

    /// Digits with thousands separators (`1,244`) and one decimal point (`5.5`, `３．５`).
    private func valueEnd(from start: Int) -> Int? {
        guard start < characters.count, characters[start].isDecimalDigit else { return nil }
        var index = start + 1
        var seenDecimalPoint = false
        while index < characters.count {
            let character = characters[index]
            if character.isDecimalDigit {
                index += 1
            } else if character == ",", !seenDecimalPoint, isThousandsGroup(at: index + 1) {
                index += 4
            } else if character == "." || character == "．", !seenDecimalPoint, digit(at: index + 1) {
                seenDecimalPoint = true
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// Exactly three digits not followed by a fourth.
    private func isThousandsGroup(at index: Int) -> Bool {
        digit(at: index) && digit(at: index + 1) && digit(at: index + 2) && !digit(at: index + 3)
    }

    private func digit(at index: Int) -> Bool {
        index < characters.count && characters[index].isDecimalDigit
    }

    /// `多`, magnitude and unit after a value; each optional.
    private func suffixEnd(from start: Int) -> Int {
        var index = start
        if index < characters.count, NumberVocabulary.approximateMarkers.contains(characters[index]),
           magnitudeOrUnitEnd(from: index + 1) != nil {
            index += 1
        }
        if let end = magnitudeOrUnitEnd(from: index) { return end }
        if let end = englishEnd(from: index) { return end }
        return index
    }

    /// A unit (`千瓦` before magnitude `千`), else a magnitude with an optional unit.
    private func magnitudeOrUnitEnd(from start: Int) -> Int? {
        if let end = match(NumberVocabulary.units, at: start) { return end }
        guard let end = match(NumberVocabulary.magnitudes, at: start) else { return nil }
        return match(NumberVocabulary.units, at: end) ?? end
    }

    /// English magnitude and unit words, each after at most one space: `1.9 trillion`, `5.2 percent`.
    private func englishEnd(from start: Int) -> Int? {
        var index = start
        var matched = false
        if let end = englishWordEnd(NumberVocabulary.englishMagnitudes, from: index) {
            index = end
            matched = true
        }
        if let end = englishWordEnd(NumberVocabulary.englishUnits, from: index) {
            index = end
            matched = true
        }
        return matched ? index : nil
    }

    private func englishWordEnd(_ words: [[Character]], from start: Int) -> Int? {
        if let end = match(words, at: start), !isLetter(at: end) { return end }
        if start < characters.count, characters[start] == " ",
           let end = match(words, at: start + 1), !isLetter(at: end) {
            return end
        }
        return nil
    }

    private func isLetter(at index: Int) -> Bool {
        index < characters.count && characters[index].isLetter
    }

    /// The end of the first (longest) word of `words` written at `start`.
    private func match(_ words: [[Character]], at start: Int) -> Int? {
        for word in words where start + word.count <= characters.count {
            if characters[start..<(start + word.count)].elementsEqual(word) {
                return start + word.count
            }
        }
        return nil
    }
}

extension Character {
    /// A half-width or full-width decimal digit.
    var isDecimalDigit: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    /// A letter outside the CJK scripts.
    var isWordLetter: Bool {
        isLetter && !isCJK
    }

    var isApostrophe: Bool {
        self == "'" || self == "’"
    }
}
