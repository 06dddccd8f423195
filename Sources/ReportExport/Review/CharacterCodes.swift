import ReportText

/// Characters numbered so that two get the same number exactly when they are equal (Swift's
/// canonical equivalence), for the searches that compare every character of one text with every
/// character of another. Each distinct character is hashed as a `Character` once (a hash that
/// normalises it); one of a single scalar is found again by that scalar. One serves a whole page.
struct CharacterCodes {
    private var byCharacter: [Character: Int32] = [:]
    /// The code of each character that is one scalar of the Basic Multilingual Plane, by that
    /// scalar, or -1: a page's thousands of Han characters are each found by one array read.
    private var byBMPScalar = [Int32](repeating: -1, count: 0x10000)

    mutating func code(of character: Character) -> Int32 {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return characterCode(character)
        }
        return code(of: first)
    }

    /// The code of the character that is `scalar` alone.
    mutating func code(of scalar: Unicode.Scalar) -> Int32 {
        guard scalar.value < 0x10000 else { return characterCode(Character(scalar)) }
        let known = byBMPScalar[Int(scalar.value)]
        if known >= 0 { return known }
        let code = characterCode(Character(scalar))
        byBMPScalar[Int(scalar.value)] = code
        return code
    }

    private mutating func characterCode(_ character: Character) -> Int32 {
        if let known = byCharacter[character] { return known }
        let code = Int32(byCharacter.count)
        byCharacter[character] = code
        return code
    }
}

/// A stretch of text as its characters' `CharacterCodes`, cut without coding it again.
struct CodedText {
    let codes: [Int32]
    /// The text the stretch was cut from, and where in it each character starts and the stretch
    /// ends: a piece is copied out as bytes, where building it character by character took 18M
    /// instructions of an export of the national pair.
    private let source: String
    private let bounds: [String.Index]

    /// Reads `text` scalar by scalar where a scalar is sure to be a character of its own (see
    /// `Unicode.Scalar.standsAlone`), and character by character elsewhere: making each
    /// `Character` of a Han text took 25M instructions of an export of the national pair.
    /// - Complexity: O(n) in the length of `text`.
    init(_ text: String, codes: inout CharacterCodes) {
        let scalars = text.unicodeScalars
        // At most one character a byte: room for all at once, not grown again and again.
        var coded: [Int32] = [], bounds = [text.startIndex]
        coded.reserveCapacity(text.utf8.count)
        bounds.reserveCapacity(text.utf8.count + 1)
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            // Two scalars that each stand alone are two characters.
            if scalars[index].standsAlone, next == scalars.endIndex || scalars[next].standsAlone {
                coded.append(codes.code(of: scalars[index]))
                index = next
            } else {
                coded.append(codes.code(of: text[index]))
                index = text.index(after: index)
            }
            bounds.append(index)
        }
        self.codes = coded
        source = text
        self.bounds = bounds
    }

    private init(codes: [Int32], source: String, bounds: [String.Index]) {
        self.codes = codes
        self.source = source
        self.bounds = bounds
    }

    var count: Int { codes.count }
    var isEmpty: Bool { codes.isEmpty }

    /// The character at `offset`.
    func character(_ offset: Int) -> Character {
        source[bounds[offset]]
    }

    subscript(range: PartialRangeUpTo<Int>) -> CodedText {
        CodedText(codes: Array(codes[range]), source: source, bounds: Array(bounds[...range.upperBound]))
    }

    subscript(range: PartialRangeFrom<Int>) -> CodedText {
        CodedText(codes: Array(codes[range]), source: source, bounds: Array(bounds[range]))
    }

    /// The characters in `range`, all of them by default, as a string.
    func text(_ range: Range<Int>? = nil) -> String {
        let range = range ?? 0..<count
        return String(source[bounds[range.lowerBound]..<bounds[range.upperBound]])
    }
}
