/// A small deterministic random number generator (SplitMix64), so property tests repeat.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    /// This text with `count` random edits: spans deleted, replaced or inserted from `source`.
    func randomlyEdited(_ count: Int, from source: String, using generator: inout SeededGenerator) -> String {
        var characters = Array(self)
        let donor = Array(source)
        for _ in 0..<count {
            let position = Int.random(in: 0...characters.count, using: &generator)
            let length = Int.random(in: 0...min(6, characters.count - position), using: &generator)
            let insertLength = donor.isEmpty ? 0 : Int.random(in: 0...6, using: &generator)
            let donorStart = Int.random(in: 0...max(0, donor.count - insertLength), using: &generator)
            let insertion = donor.isEmpty ? [] : Array(donor[donorStart..<min(donor.count, donorStart + insertLength)])
            characters.replaceSubrange(position..<(position + length), with: insertion)
        }
        return String(characters)
    }
}
