extension Unicode.Scalar {
    /// Always a whole Character: no rule of grapheme breaking (UAX #29) joins it to the scalar
    /// before or after it — it is no combining mark, joiner, variation selector, Hangul jamo,
    /// regional indicator, prepended mark or CR. Covers what reports are written in: ASCII,
    /// Latin, general punctuation and symbols, CJK punctuation, kana, Han, fullwidth forms.
    ///
    /// Text made only of such scalars has one Character per scalar, so its Characters can be
    /// counted and tested as scalars, without grapheme breaking. Tested exhaustively against the
    /// standard library's breaking (CharacterScalarsTests).
    @inlinable
    public var standsAlone: Bool {
        // Most likely first: ASCII and Latin, then Han.
        switch value {
        case 0x0D: false
        case 0x0000..<0x0300, 0x4E00...0x9FFF: true
        case 0x200C, 0x200D: false
        case 0x2000...0x20CF, 0x2100...0x2BFF, 0x2E80...0x3029, 0x3030...0x3098, 0x309B...0x312F, 0x3190...0x4DFF: true
        case 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF9D, 0xFFE0...0xFFEE: true
        case 0x20000...0x3FFFD: true
        default: false
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar that starts at `offset` in these bytes of valid UTF-8 (a String's), and its
    /// length in bytes: a lead byte tells the length.
    @inlinable @inline(__always)
    func scalar(at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = UInt32(self[offset])
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = width == 1 ? lead : lead & (0x7F >> width)
        for next in (offset + 1)..<(offset + width) { value = value << 6 | UInt32(self[next] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}

extension StringProtocol {
    /// Calls `body` with each scalar of the text and its offset in UTF-8 bytes, decoded straight
    /// from the bytes, until `body` returns false; `nil` when the text has no contiguous UTF-8
    /// (a native string always has).
    @inlinable @inline(__always)
    public func visitScalars(_ body: (Unicode.Scalar, Int) -> Bool) -> Void? {
        utf8.withContiguousStorageIfAvailable { bytes in
            var offset = 0
            while offset < bytes.count {
                let (scalar, width) = bytes.scalar(at: offset)
                guard body(scalar, offset) else { return }
                offset += width
            }
        }
    }

    /// Whether the text holds white space (see `Unicode.Scalar.isWhitespace`).
    ///
    /// - Complexity: O(n).
    @inlinable
    public var containsWhitespace: Bool {
        var found = false
        let visited: Void? = visitScalars { scalar, _ in
            found = scalar.isWhitespace
            return !found
        }
        return visited == nil ? unicodeScalars.contains(where: \.isWhitespace) : found
    }

    /// Whether every Unicode scalar of the text is a Character of its own (see
    /// `Unicode.Scalar.standsAlone`).
    ///
    /// - Complexity: O(n).
    @inlinable
    public var eachScalarIsACharacter: Bool { unicodeScalars.allSatisfy(\.standsAlone) }

    /// The sum of a weight over the text's Characters: over its scalars while each scalar is a
    /// Character (see `Unicode.Scalar.standsAlone`), else over its Characters.
    ///
    /// - Complexity: O(n).
    @inlinable
    public func sumOverCharacters(_ scalarWeight: (Unicode.Scalar) -> Int, else characterWeight: (Character) -> Int) -> Int {
        var sum = 0
        var isSimple = true
        let visited: Void? = visitScalars { scalar, _ in
            isSimple = scalar.standsAlone
            sum += scalarWeight(scalar)
            return isSimple
        }
        return visited != nil && isSimple ? sum : reduce(0) { $0 + characterWeight($1) }
    }

    /// The number of Characters (grapheme clusters), counted as scalars where each scalar is one.
    ///
    /// - Complexity: O(n).
    @inlinable
    public var characterCount: Int { sumOverCharacters({ _ in 1 }, else: { _ in 1 }) }

    /// Whether the text has at most `limit` Characters, read no further than needed.
    ///
    /// - Complexity: O(min(n, limit)).
    @inlinable
    public func hasCharacters(atMost limit: Int) -> Bool {
        guard utf8.count > limit else { return true }
        var scalars = 0
        var isSimple = true
        let visited: Void? = visitScalars { scalar, _ in
            isSimple = scalar.standsAlone
            scalars += 1
            return isSimple && scalars <= limit
        }
        return visited != nil && isSimple ? scalars <= limit : prefix(limit + 1).count <= limit
    }

    /// The text without its white space (`新华社记者 刘彬 摄` → `新华社记者刘彬摄`), read as
    /// scalars while each is a Character, else as Characters.
    ///
    /// - Complexity: O(n).
    @inlinable
    public var withoutWhitespace: String {
        let compacted: String?? = utf8.withContiguousStorageIfAvailable { bytes in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var offset = 0
            var runStart = 0
            while offset < bytes.count {
                let (scalar, width) = bytes.scalar(at: offset)
                guard scalar.standsAlone else { return nil }
                if scalar.isWhitespace {
                    kept.append(contentsOf: bytes[runStart..<offset])
                    runStart = offset + width
                }
                offset += width
            }
            kept.append(contentsOf: bytes[runStart..<offset])
            return String(decoding: kept, as: UTF8.self)
        }
        return (compacted ?? nil) ?? String(filter { !$0.isWhitespace })
    }
}

extension Unicode.Scalar {
    /// White space, as `properties.isWhitespace` says (Unicode's White_Space, a list that has not
    /// changed since Unicode 4.1), without a table look-up: tested on every scalar of a line.
    @inlinable
    public var isWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

/// A text's Characters as their first Unicode scalars, with where each Character starts: the
/// per-character tests of reading (white space, sentence ends, digits, Han) compare scalars, not
/// `Character`s, whose iteration and equality go through grapheme breaking and normalisation.
/// Offsets count Characters, as source columns do; a piece of the text is cut back out by them.
public struct CharacterScalars: Sendable {
    /// The text the characters come from.
    public let text: Substring
    /// The first scalar of each Character.
    public let scalars: [Unicode.Scalar]
    /// Where each Character starts, in UTF-8 bytes from the start of `text`, and the length last.
    private let starts: [Int]
    /// Whether each Character is one scalar, as in almost all text.
    public let eachScalarIsACharacter: Bool

    /// - Complexity: O(n) in the length of `text`.
    public init(_ text: Substring) {
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        starts.reserveCapacity(text.utf8.count + 1)
        var isSimple = true
        let visited: Void? = text.visitScalars { scalar, offset in
            isSimple = scalar.standsAlone
            scalars.append(scalar)
            starts.append(offset)
            return isSimple
        }
        isSimple = isSimple && visited != nil
        if !isSimple {
            // Grapheme clusters matter here: a letter with a combining accent is one character
            // of a column and of a sentence's offsets.
            scalars.removeAll(keepingCapacity: true)
            starts.removeAll(keepingCapacity: true)
            for index in text.indices {
                scalars.append(text.unicodeScalars[index])
                starts.append(text.utf8.distance(from: text.startIndex, to: index))
            }
        }
        starts.append(text.utf8.count)
        self.init(text: text, scalars: scalars, starts: starts, eachScalarIsACharacter: isSimple)
    }

    public init(_ text: String) { self.init(Substring(text)) }

    private init(text: Substring, scalars: [Unicode.Scalar], starts: [Int], eachScalarIsACharacter: Bool) {
        self.text = text
        self.scalars = scalars
        self.starts = starts
        self.eachScalarIsACharacter = eachScalarIsACharacter
    }

    /// The characters from `offset` on, offsets counted from there.
    ///
    /// - Complexity: O(n − offset).
    public func dropFirst(_ offset: Int) -> CharacterScalars {
        let base = starts[offset]
        return CharacterScalars(
            text: text[index(offset)...], scalars: Array(scalars[offset...]), starts: starts[offset...].map { $0 - base },
            eachScalarIsACharacter: eachScalarIsACharacter)
    }

    /// The number of Characters.
    public var count: Int { scalars.count }

    /// Where the Character at `offset` starts in `text`.
    private func index(_ offset: Int) -> String.Index { text.utf8.index(text.startIndex, offsetBy: starts[offset]) }

    /// The Characters at `offsets`, as a piece of the text.
    public subscript(offsets: Range<Int>) -> Substring { text[index(offsets.lowerBound)..<index(offsets.upperBound)] }

    /// The Character at `offset`, for the rare test that needs the whole cluster.
    public func character(at offset: Int) -> Character { Character(String(self[offset..<(offset + 1)])) }

    /// Whether the Character at `offset` is its first scalar alone: a mark compared as a scalar
    /// is the mark only then.
    public func isSingleScalar(at offset: Int) -> Bool {
        eachScalarIsACharacter || starts[offset + 1] - starts[offset] == UTF8.width(scalars[offset])
    }
}
