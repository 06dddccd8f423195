import ReportText

/// Splits text into diff tokens without a dictionary: Han characters one by one, Latin words,
/// whitespace runs, single punctuation marks, and whole numbers with their units.
///
/// The split is lossless: concatenating the tokens' text rebuilds the input exactly.
///
/// Tokens are made of whole grapheme clusters (what a reader sees as one character). Text in
/// which every Unicode scalar stands alone as a cluster, as in the Han, CJK punctuation and
/// Latin text of reports, is scanned scalar by scalar, which costs a hundredth of scanning
/// `Character`s; text with combining marks, emoji sequences, variation selectors or characters
/// with a canonical equivalent is scanned over `Character`s, where clusters matter.
public struct Tokenizer: Sendable, Hashable {
    public init() {}

    /// The tokens of `text`, in order.
    ///
    /// - Complexity: O(n) in the number of characters; each number match looks ahead over a
    ///   fixed vocabulary of bounded length.
    public func tokens(in text: String) -> [TextToken] {
        let spans = spans(in: text)
        return (0..<spans.count).map { TextToken(kind: spans.kinds[$0], text: spans.text(of: $0..<($0 + 1))) }
    }

    /// The tokens of `text` as spans over its scalars: what the differ and the phrase counter
    /// read, without a `String` for every token.
    ///
    /// - Complexity: O(n), as `tokens(in:)`.
    func spans(in text: String) -> TokenSpans {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        scalars.append(contentsOf: text.unicodeScalars)
        guard scalars.allSatisfy(\.standsAlone) else {
            let characters = Array(text)
            let (kinds, bounds) = Self.tokens(of: characters, vocabulary: Vocabularies.characters)
            return TokenSpans(clustered: kinds.indices.map { (kinds[$0], String(characters[bounds[$0]..<bounds[$0 + 1]])) })
        }
        let (kinds, bounds) = Self.tokens(of: scalars, vocabulary: Vocabularies.scalars)
        var byteBounds = [Int]()
        byteBounds.reserveCapacity(bounds.count)
        var bytes = 0, next = 0
        for bound in bounds {
            while next < bound {
                bytes += UTF8.width(scalars[next])
                next += 1
            }
            byteBounds.append(bytes)
        }
        return TokenSpans(
            scalars: scalars, utf8: Array(text.utf8), kinds: kinds, bounds: bounds, byteBounds: byteBounds,
            standsAlone: true)
    }

    /// Each token's kind, and the bounds between tokens in units, from 0 to the end.
    private static func tokens<Unit: TokenUnit>(
        of units: [Unit], vocabulary: NumberScanner<Unit>.Vocabulary
    ) -> (kinds: [TextToken.Kind], bounds: [Int]) {
        var kinds: [TextToken.Kind] = [], bounds = [0]
        kinds.reserveCapacity(units.count)
        bounds.reserveCapacity(units.count + 1)
        var start = 0
        let scanner = NumberScanner(characters: units, vocabulary: vocabulary)
        while start < units.count {
            let (kind, end) = token(in: units, at: start, scanner: scanner)
            kinds.append(kind)
            bounds.append(end)
            start = end
        }
        return (kinds, bounds)
    }

    /// The kind and end of the token starting at `start`; the end is always past `start`.
    private static func token<Unit: TokenUnit>(in characters: [Unit], at start: Int, scanner: NumberScanner<Unit>) -> (TextToken.Kind, Int) {
        let character = characters[start]
        // No CJK character is whitespace or begins a number: most tokens of Chinese text end here.
        if character.isCJK {
            return (.han, start + 1)
        }
        if character.isWhitespace {
            var end = start + 1
            while end < characters.count, characters[end].isWhitespace { end += 1 }
            return (.whitespace, end)
        }
        if let end = scanner.numberEnd(from: start) {
            return (.number, end)
        }
        if character.isWordLetter {
            return (.word, wordEnd(in: characters, from: start))
        }
        return (.punctuation, start + 1)
    }

    /// Letters, with apostrophes kept when a letter follows them (`America's`, `don’t`).
    private static func wordEnd<Unit: TokenUnit>(in characters: [Unit], from start: Int) -> Int {
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

/// What the tokenizer reads text as: `Character`s, or Unicode scalars where each stands alone.
protocol TokenUnit: Hashable, Sendable {
    /// The unit a vocabulary character is, when it is one unit.
    init?(vocabulary character: Character)
    var isWhitespace: Bool { get }
    var isLetter: Bool { get }
    var isDecimalDigit: Bool { get }
    var isCJK: Bool { get }
    var isApostrophe: Bool { get }
    static var comma: Self { get }
    static var fullStop: Self { get }
    static var fullWidthFullStop: Self { get }
    static var space: Self { get }
}

extension TokenUnit {
    /// A letter outside the CJK scripts.
    var isWordLetter: Bool {
        isLetter && !isCJK
    }
}

/// Matches the number grammar of `NumberVocabulary` at a position.
struct NumberScanner<Unit: TokenUnit> {
    /// `NumberVocabulary` in units; the sets as arrays, as a handful of comparisons costs less
    /// than hashing a unit before every word.
    struct Vocabulary: Sendable {
        var currencySigns: [Unit]
        var rangeSeparators: [Unit]
        var approximateMarkers: [Unit]
        var magnitudes: [[Unit]]
        var units: [[Unit]]
        var englishMagnitudes: [[Unit]]
        var englishUnits: [[Unit]]
        var qualifiers: [[Unit]]

        init() {
            func set(_ characters: Set<Character>) -> [Unit] { characters.compactMap(Unit.init(vocabulary:)) }
            func list(_ words: [[Character]]) -> [[Unit]] {
                words.map { word in word.compactMap(Unit.init(vocabulary:)) }.filter { !$0.isEmpty }
            }
            currencySigns = set(NumberVocabulary.currencySigns)
            rangeSeparators = set(NumberVocabulary.rangeSeparators)
            approximateMarkers = set(NumberVocabulary.approximateMarkers)
            magnitudes = list(NumberVocabulary.magnitudes)
            units = list(NumberVocabulary.units)
            englishMagnitudes = list(NumberVocabulary.englishMagnitudes)
            englishUnits = list(NumberVocabulary.englishUnits)
            qualifiers = list(NumberVocabulary.qualifiers)
        }
    }

    let characters: [Unit]
    let vocabulary: Vocabulary

    /// The end of the number token starting at `start`, or `nil` when no number starts there.
    ///
    /// - Complexity: O(k) in the length of the match plus the vocabulary size.
    func numberEnd(from start: Int) -> Int? {
        var index = start
        if vocabulary.currencySigns.contains(characters[index]) { index += 1 }
        guard let lowerEnd = valueEnd(from: index) else { return nil }
        index = suffixEnd(from: lowerEnd)
        if index < characters.count, vocabulary.rangeSeparators.contains(characters[index]) {
            var upper = index + 1
            if upper < characters.count, vocabulary.currencySigns.contains(characters[upper]) { upper += 1 }
            if let upperEnd = valueEnd(from: upper) {
                index = suffixEnd(from: upperEnd)
            }
        }
        return match(vocabulary.qualifiers, at: index) ?? index
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
            } else if character == .comma, !seenDecimalPoint, isThousandsGroup(at: index + 1) {
                index += 4
            } else if character == .fullStop || character == .fullWidthFullStop, !seenDecimalPoint, digit(at: index + 1) {
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
        if index < characters.count, vocabulary.approximateMarkers.contains(characters[index]),
           magnitudeOrUnitEnd(from: index + 1) != nil {
            index += 1
        }
        if let end = magnitudeOrUnitEnd(from: index) { return end }
        if let end = englishEnd(from: index) { return end }
        return index
    }

    /// A unit (`千瓦` before magnitude `千`), else a magnitude with an optional unit.
    private func magnitudeOrUnitEnd(from start: Int) -> Int? {
        if let end = match(vocabulary.units, at: start) { return end }
        guard let end = match(vocabulary.magnitudes, at: start) else { return nil }
        return match(vocabulary.units, at: end) ?? end
    }

    /// English magnitude and unit words, each after at most one space: `1.9 trillion`, `5.2 percent`.
    private func englishEnd(from start: Int) -> Int? {
        var index = start
        var matched = false
        if let end = englishWordEnd(vocabulary.englishMagnitudes, from: index) {
            index = end
            matched = true
        }
        if let end = englishWordEnd(vocabulary.englishUnits, from: index) {
            index = end
            matched = true
        }
        return matched ? index : nil
    }

    private func englishWordEnd(_ words: [[Unit]], from start: Int) -> Int? {
        if let end = match(words, at: start), !isLetter(at: end) { return end }
        if start < characters.count, characters[start] == .space,
           let end = match(words, at: start + 1), !isLetter(at: end) {
            return end
        }
        return nil
    }

    private func isLetter(at index: Int) -> Bool {
        index < characters.count && characters[index].isLetter
    }

    /// The end of the first (longest) word of `words` written at `start`.
    private func match(_ words: [[Unit]], at start: Int) -> Int? {
        for word in words where start + word.count <= characters.count {
            if characters[start..<(start + word.count)].elementsEqual(word) {
                return start + word.count
            }
        }
        return nil
    }
}

/// The number vocabulary in each kind of unit, made once.
private enum Vocabularies {
    static let characters = NumberScanner<Character>.Vocabulary()
    static let scalars = NumberScanner<Unicode.Scalar>.Vocabulary()
}

extension Unicode.Scalar: TokenUnit {
    init?(vocabulary character: Character) {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return nil }
        self = scalar
    }

    /// As `Character.isWhitespace` and `isLetter` read a character's first scalar; ASCII is
    /// answered without the property tables.
    var isWhitespace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    var isLetter: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
    }

    var isDecimalDigit: Bool {
        ("0"..."9").contains(self) || ("０"..."９").contains(self)
    }

    var isCJK: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            return true
        case 0x3040...0x30FF, 0xAC00...0xD7AF:
            return true
        default:
            return false
        }
    }

    static let comma: Unicode.Scalar = ","
    static let fullStop: Unicode.Scalar = "."
    static let fullWidthFullStop: Unicode.Scalar = "．"
    static let space: Unicode.Scalar = " "

    var isApostrophe: Bool {
        self == "'" || self == "’"
    }

    /// Whether this scalar is a grapheme cluster of its own whatever surrounds it, and equal
    /// only to itself: it is in a block of Latin, Han, kana, hangul syllables, CJK or general
    /// punctuation, symbols or full-width forms, and is no combining mark, joiner, format
    /// character or character with a canonical singleton equivalent. (A CR LF pair is one
    /// cluster but two whitespace scalars, and whitespace runs are one token either way.)
    var standsAlone: Bool {
        switch value {
        case 0x0000...0x02FF, 0x2000...0x200A, 0x2010...0x205F, 0x2070...0x20CF, 0x2100...0x2125, 0x2127...0x2129,
            0x212C...0x2328, 0x232B...0x2BFF, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFF9D, 0xFFA0...0xFFEF, 0x20000...0x2F7FF, 0x30000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}

extension Character: TokenUnit {
    init?(vocabulary character: Character) {
        self = character
    }

    static let comma: Character = ","
    static let fullStop: Character = "."
    static let fullWidthFullStop: Character = "．"
    static let space: Character = " "
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
