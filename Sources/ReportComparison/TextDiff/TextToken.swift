/// The smallest unit the text differ compares: one Han character, one Latin word, one run of
/// whitespace, one punctuation mark, or one whole number with its unit and qualifier.
///
/// Numbers are atomic so that a changed target (`3%左右` → `2%左右`) reads as one replacement
/// instead of digit fragments.
public struct TextToken: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// One CJK ideograph, kana or hangul character.
        case han
        /// Letters with inner apostrophes: `America's`.
        case word
        /// A number with its currency, magnitude, unit, range and qualifier: `1.3万亿斤以上`.
        case number
        /// One run of whitespace, line breaks included.
        case whitespace
        /// Any other single character: punctuation (`，`, `.`) and symbols.
        case punctuation
    }

    public var kind: Kind
    /// The token exactly as written; concatenating a text's tokens gives the text back.
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }
}
