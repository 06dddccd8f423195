/// Characters numbered so that two get the same number exactly when they are equal (Swift's
/// canonical equivalence), for the searches that compare every character of one text with every
/// character of another. Each distinct character is hashed as a `Character` once; one of a
/// single scalar is found again by that scalar's value, which hashes several times cheaper
/// than a `Character` (whose hash normalises it).
struct CharacterCodes {
    private var byCharacter: [Character: Int32] = [:]
    private var byScalar: [UInt32: Int32] = [:]

    mutating func code(of character: Character) -> Int32 {
        let scalars = character.unicodeScalars
        let first = scalars.first?.value
        let isSingleScalar = first != nil && scalars.index(after: scalars.startIndex) == scalars.endIndex
        if isSingleScalar, let first, let code = byScalar[first] { return code }
        let code: Int32
        if let known = byCharacter[character] {
            code = known
        } else {
            code = Int32(byCharacter.count)
            byCharacter[character] = code
        }
        if isSingleScalar, let first { byScalar[first] = code }
        return code
    }
}

/// A stretch of text as characters and their `CharacterCodes`, cut without coding it again.
struct CodedText {
    let characters: [Character]
    let codes: [Int32]

    init(_ text: String, codes: inout CharacterCodes) {
        characters = Array(text)
        self.codes = characters.map { codes.code(of: $0) }
    }

    private init(characters: [Character], codes: [Int32]) {
        self.characters = characters
        self.codes = codes
    }

    var count: Int { characters.count }
    var isEmpty: Bool { characters.isEmpty }

    subscript(range: PartialRangeUpTo<Int>) -> CodedText {
        CodedText(characters: Array(characters[range]), codes: Array(codes[range]))
    }

    subscript(range: PartialRangeFrom<Int>) -> CodedText {
        CodedText(characters: Array(characters[range]), codes: Array(codes[range]))
    }

    func text(_ range: Range<Int>? = nil) -> String {
        String(range.map { characters[$0] } ?? characters[...])
    }
}
