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
        guard let first = scalars.first, first.value < 0x10000, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return characterCode(character)
        }
        let known = byBMPScalar[Int(first.value)]
        if known >= 0 { return known }
        let code = characterCode(character)
        byBMPScalar[Int(first.value)] = code
        return code
    }

    private mutating func characterCode(_ character: Character) -> Int32 {
        if let known = byCharacter[character] { return known }
        let code = Int32(byCharacter.count)
        byCharacter[character] = code
        return code
    }
}

/// A stretch of text as characters and their `CharacterCodes`, cut without coding it again.
struct CodedText {
    let characters: [Character]
    let codes: [Int32]
    /// The text the stretch was cut from, and the UTF-8 offset in it of each character and of the
    /// stretch's end: a piece is copied out as bytes, where building it character by character
    /// took 18M instructions of an export of the national pair.
    private let source: String
    private let offsets: [Int]

    /// - Complexity: O(n) in the length of `text`, read once (`Array(text)` counts it first).
    init(_ text: String, codes: inout CharacterCodes) {
        var characters: [Character] = [], offsets = [0]
        for character in text {
            characters.append(character)
            offsets.append(offsets[offsets.count - 1] + character.utf8.count)
        }
        self.characters = characters
        self.codes = characters.map { codes.code(of: $0) }
        source = text
        self.offsets = offsets
    }

    private init(characters: [Character], codes: [Int32], source: String, offsets: [Int]) {
        self.characters = characters
        self.codes = codes
        self.source = source
        self.offsets = offsets
    }

    var count: Int { characters.count }
    var isEmpty: Bool { characters.isEmpty }

    subscript(range: PartialRangeUpTo<Int>) -> CodedText {
        CodedText(
            characters: Array(characters[range]), codes: Array(codes[range]), source: source,
            offsets: Array(offsets[...range.upperBound]))
    }

    subscript(range: PartialRangeFrom<Int>) -> CodedText {
        CodedText(characters: Array(characters[range]), codes: Array(codes[range]), source: source, offsets: Array(offsets[range]))
    }

    /// The characters in `range`, all of them by default, as a string.
    func text(_ range: Range<Int>? = nil) -> String {
        let range = range ?? 0..<count
        let utf8 = source.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offsets[range.lowerBound])
        return String(source[start..<utf8.index(start, offsetBy: offsets[range.upperBound] - offsets[range.lowerBound])])
    }
}
