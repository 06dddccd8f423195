/// A character as words are matched case-insensitively: one ASCII scalar, lowercased; one unified
/// Han ideograph (extension A, the unified block, the supplementary planes but their compatibility
/// block), which has no decomposition and no case; or anything else, which keeps the `Character`
/// comparison (compatibility ideographs, accented letters, "\r\n").
enum Folding {
    case ascii(UInt8)
    case unifiedHan(UInt32)
    case other

    init(_ character: Character) {
        guard let scalar = character.singleScalar else {
            self = .other
            return
        }
        switch scalar.value {
        case 0x41...0x5A: self = .ascii(UInt8(scalar.value) + 0x20)
        case 0...0x7F: self = .ascii(UInt8(scalar.value))
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x2F7FF, 0x30000...0x323AF: self = .unifiedHan(scalar.value)
        default: self = .other
        }
    }
}

extension Character {
    /// `a == b || a.lowercased() == b.lowercased()`, answered without making `String`s where
    /// the answer is plain: ASCII folds by its byte, and a unified Han ideograph has no case, no
    /// ASCII equivalent and no equivalent among the other unified ideographs.
    static func equalFolded(_ a: Character, _ b: Character) -> Bool {
        switch (Folding(a), Folding(b)) {
        case (.ascii(let x), .ascii(let y)): x == y
        case (.unifiedHan(let x), .unifiedHan(let y)): x == y
        case (.ascii, .unifiedHan), (.unifiedHan, .ascii): false
        default: a == b || a.lowercased() == b.lowercased()
        }
    }
}
