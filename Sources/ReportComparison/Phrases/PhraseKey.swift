/// Up to ten unit ids packed into five words: an exact, cheaply hashed n-gram key.
struct PhraseKey: Hashable {
    static let capacity = 10

    private var first: UInt64 = 0
    private var second: UInt64 = 0
    private var third: UInt64 = 0
    private var fourth: UInt64 = 0
    private var fifth: UInt64 = 0
    private(set) var count = 0

    init() {}

    init<Units: Collection>(_ units: Units) where Units.Element == UInt32 {
        for unit in units.prefix(Self.capacity) { append(unit) }
    }

    /// The unit at `index`, which must be below `count`.
    subscript(index: Int) -> UInt32 {
        let word: UInt64
        switch index / 2 {
        case 0: word = first
        case 1: word = second
        case 2: word = third
        case 3: word = fourth
        default: word = fifth
        }
        return UInt32(truncatingIfNeeded: index % 2 == 0 ? word : word >> 32)
    }

    var units: [UInt32] {
        (0..<count).map { self[$0] }
    }

    /// Adds `unit` at the end; a full key stays unchanged.
    mutating func append(_ unit: UInt32) {
        guard count < Self.capacity else { return }
        let shifted = count % 2 == 0 ? UInt64(unit) : UInt64(unit) << 32
        switch count / 2 {
        case 0: first |= shifted
        case 1: second |= shifted
        case 2: third |= shifted
        case 3: fourth |= shifted
        default: fifth |= shifted
        }
        count += 1
    }

    var droppingFirst: PhraseKey {
        var key = PhraseKey()
        for index in 1..<max(1, count) { key.append(self[index]) }
        return key
    }

    var droppingLast: PhraseKey {
        var key = PhraseKey()
        for index in 0..<max(0, count - 1) { key.append(self[index]) }
        return key
    }

    /// Every contiguous part of this key of at least `minimumCount` units, itself excluded.
    func parts(minimumCount: Int) -> [PhraseKey] {
        let shortest = max(1, minimumCount)
        guard shortest < count else { return [] }
        let units = units
        var parts: [PhraseKey] = []
        for length in shortest..<count {
            for start in 0...(count - length) {
                parts.append(PhraseKey(units[start..<(start + length)]))
            }
        }
        return parts
    }
}
