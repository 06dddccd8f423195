import TestSupport

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
