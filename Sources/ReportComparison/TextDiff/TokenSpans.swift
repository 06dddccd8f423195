/// A text's tokens as kinds and bounds over its Unicode scalars: the tokenizer's output for
/// code that compares tokens rather than keeps them, so no token needs a `String` of its own.
struct TokenSpans {
    /// The text's scalars; token `i` covers `scalars[bounds[i]..<bounds[i + 1]]`.
    let scalars: [Unicode.Scalar]
    /// The text's UTF-8; token `i` covers `utf8[byteBounds[i]..<byteBounds[i + 1]]`.
    private let utf8: [UInt8]
    let kinds: [TextToken.Kind]
    let bounds: [Int]
    private let byteBounds: [Int]
    /// Whether every scalar is a grapheme cluster of its own (`Unicode.Scalar.standsAlone`):
    /// then each scalar is one character, a CR LF pair aside, and two tokens are equal as
    /// strings exactly when their scalars' `equalityKey`s are.
    let standsAlone: Bool

    init(scalars: [Unicode.Scalar], utf8: [UInt8], kinds: [TextToken.Kind], bounds: [Int], byteBounds: [Int], standsAlone: Bool) {
        self.scalars = scalars
        self.utf8 = utf8
        self.kinds = kinds
        self.bounds = bounds
        self.byteBounds = byteBounds
        self.standsAlone = standsAlone
    }

    /// Tokens cut over `Character`s, where grapheme clusters matter.
    init(clustered tokens: [(TextToken.Kind, String)]) {
        var scalars: [Unicode.Scalar] = [], utf8: [UInt8] = [], bounds = [0], byteBounds = [0]
        for (_, text) in tokens {
            scalars += text.unicodeScalars
            utf8 += text.utf8
            bounds.append(scalars.count)
            byteBounds.append(utf8.count)
        }
        self.init(scalars: scalars, utf8: utf8, kinds: tokens.map(\.0), bounds: bounds, byteBounds: byteBounds, standsAlone: false)
    }

    var count: Int { kinds.count }

    /// The scalars of one token.
    func scalars(of token: Int) -> ArraySlice<Unicode.Scalar> {
        scalars[bounds[token]..<bounds[token + 1]]
    }

    /// The text of consecutive tokens, as written.
    ///
    /// - Complexity: O(n) in the length of the text.
    func text(of tokens: Range<Int>) -> String {
        String(decoding: utf8[byteBounds[tokens.lowerBound]..<byteBounds[tokens.upperBound]], as: UTF8.self)
    }

    /// How many characters (grapheme clusters) the tokens before each token hold, and all of
    /// them at the end: `characterOffsets()[j] - characterOffsets()[i]` counts tokens `i..<j`.
    ///
    /// - Complexity: O(n) in the length of the text.
    func characterOffsets() -> [Int] {
        var offsets = [0]
        offsets.reserveCapacity(count + 1)
        var total = 0
        for token in 0..<count {
            if standsAlone {
                total += bounds[token + 1] - bounds[token]
                // A CR LF pair is one character; only a whitespace run can hold one.
                if kinds[token] == .whitespace {
                    for index in (bounds[token] + 1)..<bounds[token + 1] where scalars[index] == "\n" && scalars[index - 1] == "\r" {
                        total -= 1
                    }
                }
            } else {
                total += text(of: token..<(token + 1)).characterCount
            }
            offsets.append(total)
        }
        return offsets
    }
}

extension Unicode.Scalar {
    /// The scalar standing for this one among the scalars that stand alone, where two are equal
    /// as strings only when they are the same scalar, but for the two quad spaces, which are
    /// canonically the en and em spaces (`"\u{2000}" == "\u{2002}"`).
    var equalityKey: UInt32 {
        switch value {
        case 0x2000: 0x2002
        case 0x2001: 0x2003
        default: value
        }
    }
}

extension String {
    /// `count`, read scalar by scalar where every scalar stands alone (each a character of its
    /// own, a CR LF pair aside), which costs a fraction of finding grapheme cluster breaks.
    ///
    /// - Complexity: O(n).
    var characterCount: Int {
        var count = 0, previousIsCarriageReturn = false
        for scalar in unicodeScalars {
            guard scalar.standsAlone else { return self.count }
            if !(previousIsCarriageReturn && scalar == "\n") { count += 1 }
            previousIsCarriageReturn = scalar == "\r"
        }
        return count
    }
}
