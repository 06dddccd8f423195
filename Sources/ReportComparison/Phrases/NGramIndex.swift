/// The n-grams of runs of unit ids, counted one length at a time in flat arrays, each with the
/// ids of its shorter parts.
///
/// Single units and pairs are counted everywhere. A longer n-gram is counted only where its
/// prefix or its suffix (one unit shorter) recurs, that is occurs at least `threshold` times
/// in both texts together: every n-gram that recurs is still counted exactly (its parts recur
/// too), and so is every n-gram extending one that recurs, which is all the phrase rules read.
/// On distinct text most long n-grams occur once, so this keeps the table near the size of the
/// recurring vocabulary instead of n · L.
struct NGramIndex {
    /// One counted n-gram. Ids of level-1 grams are the unit ids themselves.
    struct Gram {
        /// The n-gram less its last unit, and less its first; `none` when that part was not counted.
        var prefix: UInt32
        var suffix: UInt32
        var first: UInt32
        var last: UInt32
        var old: UInt32 = 0
        var new: UInt32 = 0
        var length: UInt8

        var total: Int { Int(old) + Int(new) }
    }

    /// A part that is not counted, or an n-gram that does not exist at a position.
    static let none = UInt32.max
    private static let absent = UInt32.max - 1

    private(set) var grams: [Gram]
    private var table: IDTable

    /// - Parameters:
    ///   - runs: each side's unit ids, runs separated by `separator`.
    ///   - unitCount: the number of distinct units; ids are below it.
    ///   - longest: the longest n-gram to count in a run starting with a given unit.
    /// - Complexity: O(n · L) time for n units and n-grams of at most L units; O(n + g) space
    ///   for the g n-grams counted.
    init(old: [UInt32], new: [UInt32], separator: UInt32, unitCount: Int, threshold: Int, longest: (UInt32) -> Int) {
        grams = (0..<unitCount).map { unit in
            Gram(prefix: Self.none, suffix: Self.none, first: UInt32(unit), last: UInt32(unit), length: 1)
        }
        table = IDTable(capacity: max(1024, (old.count + new.count) / 2))
        let threshold = max(1, threshold)
        var sides: [(units: [UInt32], isOld: Bool, current: [UInt32], limit: [UInt8])] = []
        for (units, isOld) in [(old, true), (new, false)] {
            var limit = [UInt8](repeating: 0, count: units.count)
            var runLimit: UInt8 = 0
            for (index, unit) in units.enumerated() {
                if unit == separator {
                    runLimit = 0
                    continue
                }
                if index == 0 || units[index - 1] == separator { runLimit = UInt8(clamping: longest(unit)) }
                limit[index] = runLimit
                if isOld { grams[Int(unit)].old += 1 } else { grams[Int(unit)].new += 1 }
            }
            let current = units.map { $0 == separator ? Self.absent : $0 }
            sides.append((units, isOld, current, limit))
        }
        let deepest = sides.flatMap(\.limit).max() ?? 0
        guard deepest >= 2 else { return }
        for length in 2...Int(deepest) {
            for side in sides.indices {
                let units = sides[side].units, current = sides[side].current, limit = sides[side].limit
                let isOld = sides[side].isOld
                var next = [UInt32](repeating: Self.absent, count: current.count)
                for position in 0..<max(0, current.count - 1) where Int(limit[position]) >= length {
                    let prefix = current[position], suffix = current[position + 1]
                    guard prefix != Self.absent, suffix != Self.absent else { continue }
                    guard length <= 2 || recurs(prefix, threshold) || recurs(suffix, threshold) else {
                        next[position] = Self.none
                        continue
                    }
                    let first = units[position], last = units[position + length - 1]
                    // Keyed by the counted part, which is counted for every occurrence alike.
                    let key = prefix != Self.none ? UInt64(prefix) << 32 | UInt64(last) : 1 << 63 | UInt64(first) << 32 | UInt64(suffix)
                    let id = table.id(for: key, next: UInt32(grams.count))
                    if Int(id) == grams.count {
                        grams.append(Gram(prefix: prefix, suffix: suffix, first: first, last: last, length: UInt8(length)))
                    }
                    if isOld { grams[Int(id)].old += 1 } else { grams[Int(id)].new += 1 }
                    next[position] = id
                }
                sides[side].current = next
            }
        }
    }

    private func recurs(_ id: UInt32, _ threshold: Int) -> Bool {
        id != Self.none && grams[Int(id)].total >= threshold
    }

    /// The id of the counted n-gram `gram` extended by `unit` at the end, if counted through
    /// its prefix (as every n-gram extending a recurring one is).
    func extending(_ gram: UInt32, by unit: UInt32) -> UInt32? {
        table.find(UInt64(gram) << 32 | UInt64(unit))
    }

    /// The unit at `position` of a counted n-gram, found through its parts without spelling
    /// the n-gram out.
    /// - Complexity: O(L) for L units.
    func unit(at position: Int, of id: UInt32) -> UInt32 {
        var gram = grams[Int(id)], position = position
        while gram.length > 1 {
            if gram.prefix != Self.none {
                if position == Int(gram.length) - 1 { return gram.last }
                gram = grams[Int(gram.prefix)]
            } else {
                if position == 0 { return gram.first }
                position -= 1
                gram = grams[Int(gram.suffix)]
            }
        }
        return gram.first
    }

    /// The unit ids of a counted n-gram.
    /// - Complexity: O(L) for L units.
    func units(of id: UInt32) -> [UInt32] {
        var head: [UInt32] = [], tail: [UInt32] = []
        var gram = grams[Int(id)]
        while gram.length > 1 {
            if gram.prefix != Self.none {
                tail.append(gram.last)
                gram = grams[Int(gram.prefix)]
            } else {
                head.append(gram.first)
                gram = grams[Int(gram.suffix)]
            }
        }
        return head + [gram.first] + tail.reversed()
    }
}
