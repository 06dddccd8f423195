/// An inverted index from features to the vectors that carry them, for finding likely
/// partners without comparing every pair.
///
/// Features carried by more than `postingLimit` vectors are left out: they are common, weigh
/// little under TF-IDF and would make each look-up as slow as a full scan.
struct CandidateIndex: Sendable {
    private var postings: [UInt64: [Int]] = [:]
    private let vectors: [WeightedVector]

    /// - Complexity: O(total features of `vectors`).
    init(_ vectors: [WeightedVector], postingLimit: Int = 64) {
        self.vectors = vectors
        for (index, vector) in vectors.enumerated() {
            for feature in vector.features { postings[feature, default: []].append(index) }
        }
        postings = postings.filter { $0.value.count <= postingLimit }
    }

    /// The indices of at most `limit` vectors sharing the most weight with `vector` on its
    /// `probes` strongest features, best first; among equals (copies of one text), those
    /// nearest `position`, then the lower index.
    ///
    /// - Complexity: O(k log k + probes · postingLimit · limit) for a query of k features.
    func candidates(for vector: WeightedVector, near position: Int = 0, probes: Int = 24, limit: Int = 8) -> [Int] {
        var overlap: [Int: Double] = [:]
        for (feature, weight) in vector.strongestFeatures(probes) {
            for index in postings[feature] ?? [] {
                let position = vectors[index].features.partitionIndex(of: feature)
                overlap[index, default: 0] += weight * vectors[index].weights[position]
            }
        }
        // Keeps the best `limit` in order while scanning, instead of sorting every overlap.
        func isBetter(_ a: (key: Int, value: Double), than b: (key: Int, value: Double)) -> Bool {
            if a.value != b.value { return a.value > b.value }
            let distance = (abs(a.key - position), abs(b.key - position))
            return distance.0 != distance.1 ? distance.0 < distance.1 : a.key < b.key
        }
        var best: [(key: Int, value: Double)] = []
        for entry in overlap {
            guard best.count < limit || best.last.map({ isBetter(entry, than: $0) }) == true else { continue }
            let slot = best.firstIndex { isBetter(entry, than: $0) } ?? best.count
            best.insert(entry, at: slot)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.key)
    }
}

extension Array where Element == UInt64 {
    /// The index of `value` in this sorted array, or where it would go.
    ///
    /// - Complexity: O(log n).
    func partitionIndex(of value: UInt64) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
