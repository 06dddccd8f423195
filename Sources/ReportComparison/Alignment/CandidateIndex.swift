/// An inverted index from features to the vectors that carry them, for finding likely
/// partners without comparing every pair.
///
/// Features carried by more than `postingLimit` vectors are left out: they are common, weigh
/// little under TF-IDF and would make each look-up as slow as a full scan.
struct CandidateIndex: Sendable {
    /// Each feature's posting list id; list `id` is `postings[starts[id]..<starts[id + 1]]`,
    /// empty for a feature left out.
    private var lists: IDTable
    private var starts: [Int] = []
    /// A vector holding the feature, and the feature's place in it.
    private var postings: [(vector: Int32, position: Int32)] = []
    private let vectors: [WeightedVector]

    /// - Complexity: O(total features of `vectors`).
    init(_ vectors: [WeightedVector], postingLimit: Int = 64) {
        self.vectors = vectors
        let total = vectors.reduce(0) { $0 + $1.features.count }
        lists = IDTable(capacity: total / 2)
        var sizes: [Int] = []
        var listOfEntry: [Int32] = []
        listOfEntry.reserveCapacity(total)
        for vector in vectors {
            for feature in vector.features {
                let id = Int(lists.id(for: feature, next: UInt32(sizes.count)))
                if id == sizes.count { sizes.append(1) } else { sizes[id] += 1 }
                listOfEntry.append(Int32(id))
            }
        }
        starts = [0]
        starts.reserveCapacity(sizes.count + 1)
        for size in sizes { starts.append(starts[starts.count - 1] + (size <= postingLimit ? size : 0)) }
        var filled = Array(starts.dropLast())
        postings = Array(repeating: (0, 0), count: starts[starts.count - 1])
        var entry = 0
        for (index, vector) in vectors.enumerated() {
            for position in vector.features.indices {
                let list = Int(listOfEntry[entry])
                entry += 1
                guard sizes[list] <= postingLimit else { continue }
                postings[filled[list]] = (Int32(index), Int32(position))
                filled[list] += 1
            }
        }
    }

    /// The indices of at most `limit` vectors sharing the most weight with `vector` on its
    /// `probes` strongest features, best first; among equals (copies of one text), those
    /// nearest `position`, then the lower index.
    ///
    /// - Complexity: O(k log k + probes · postingLimit · limit) for a query of k features.
    func candidates(for vector: WeightedVector, near position: Int = 0, probes: Int = 24, limit: Int = 8) -> [Int] {
        let probed = vector.strongestFeatures(probes).compactMap { feature, weight in
            lists.find(feature).map { (list: Int($0), weight: weight) }
        }
        var overlap = OverlapSums(capacity: probed.reduce(0) { $0 + starts[$1.list + 1] - starts[$1.list] })
        for (list, weight) in probed {
            for (index, place) in postings[starts[list]..<starts[list + 1]] {
                overlap.add(weight * vectors[Int(index)].weights[Int(place)], to: Int(index))
            }
        }
        // Keeps the best `limit` in order while scanning, instead of sorting every overlap.
        func isBetter(_ a: (key: Int, value: Double), than b: (key: Int, value: Double)) -> Bool {
            if a.value != b.value { return a.value > b.value }
            let distance = (abs(a.key - position), abs(b.key - position))
            return distance.0 != distance.1 ? distance.0 < distance.1 : a.key < b.key
        }
        var best: [(key: Int, value: Double)] = []
        for entry in overlap.entries {
            guard best.count < limit || best.last.map({ isBetter(entry, than: $0) }) == true else { continue }
            let slot = best.firstIndex { isBetter(entry, than: $0) } ?? best.count
            best.insert(entry, at: slot)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.key)
    }
}

/// Sums of weight by vector index for one query, in a small open-addressing table: a query
/// touches a few hundred vectors of many thousands.
private struct OverlapSums {
    private var keys: [Int]
    private var sums: [Double]
    /// The slots in use, in the order their vectors were first touched.
    private var used: [Int] = []

    init(capacity: Int) {
        var size = 8
        while size < 2 * capacity { size *= 2 }
        keys = Array(repeating: -1, count: size)
        sums = Array(repeating: 0, count: size)
    }

    mutating func add(_ value: Double, to key: Int) {
        if 2 * (used.count + 1) > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (UInt64(key) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while keys[slot] != -1, keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == -1 {
            keys[slot] = key
            used.append(slot)
        }
        sums[slot] += value
    }

    var entries: [(key: Int, value: Double)] {
        used.map { (keys[$0], sums[$0]) }
    }

    private mutating func grow() {
        let old = entries
        keys = Array(repeating: -1, count: keys.count * 2)
        sums = Array(repeating: 0, count: keys.count)
        used = []
        for (key, sum) in old { add(sum, to: key) }
    }
}
