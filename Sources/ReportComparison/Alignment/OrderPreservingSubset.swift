/// Finds the largest set of aligned pairs whose order is the same in both reports; the pairs
/// left out are the fewest that must be called moved to explain the new order.
enum OrderPreservingSubset {
    /// The indices into `pairs` of a longest chain increasing in both `old` and `new`; among
    /// chains of equal length, the one with the highest total score.
    ///
    /// Each position appears at most once on each side, so the chain is a longest increasing
    /// subsequence of the new positions taken in old order, found with a Fenwick tree of
    /// best (length, score) prefixes.
    /// - Complexity: O(n log n) for n pairs.
    static func keep(_ pairs: [(old: Int, new: Int, score: Double)]) -> Set<Int> {
        guard !pairs.isEmpty else { return [] }
        let order = pairs.indices.sorted { pairs[$0].old < pairs[$1].old }
        let ranks = Dictionary(
            uniqueKeysWithValues: Set(pairs.map(\.new)).sorted().enumerated().map { ($1, $0 + 1) })
        var tree = [Chain](repeating: Chain(), count: ranks.count + 1)
        var previous = [Int?](repeating: nil, count: pairs.count)
        var best = Chain()
        for index in order {
            let rank = ranks[pairs[index].new] ?? 1
            var prefix = Chain()
            var position = rank - 1
            while position > 0 {
                if tree[position].isBetter(than: prefix) { prefix = tree[position] }
                position -= position & -position
            }
            let chain = Chain(length: prefix.length + 1, score: prefix.score + pairs[index].score, last: index)
            previous[index] = prefix.last
            position = rank
            while position < tree.count {
                if chain.isBetter(than: tree[position]) { tree[position] = chain }
                position += position & -position
            }
            if chain.isBetter(than: best) { best = chain }
        }
        var kept: Set<Int> = []
        var cursor = best.last
        while let index = cursor {
            kept.insert(index)
            cursor = previous[index]
        }
        return kept
    }

    private struct Chain {
        var length = 0
        var score = 0.0
        var last: Int?

        func isBetter(than other: Chain) -> Bool {
            length != other.length ? length > other.length : score > other.score + 1e-12
        }
    }
}
