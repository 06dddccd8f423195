/// One pass of the aligner: pairs the nodes of one level of the old and new outlines.
///
/// Nodes are first paired inside their parent group (the old and new parents the previous pass
/// aligned): candidate pairs scored, then assigned one-to-one greedily from the best score down,
/// with a small bonus for keeping the same relative place. Leftovers are then checked for splits
/// (an old node whose content now fills several new ones) and merges (the reverse), and last
/// the leftovers of the whole level are pooled to find nodes moved to another parent, which
/// needs a much higher similarity. Within each group, the longest order-preserving chain of
/// pairs is `matched`; the pairs outside it are `moved`.
///
/// Scores, candidates and tie-breaks are symmetric in old and new, so the same inputs swapped
/// give the mirrored links; the one exception is a split and a merge competing for the same
/// nodes, where the split is taken first.
struct LevelPass {
    struct Settings {
        /// The least similarity for a pair inside one parent group.
        var threshold: Double
        /// The least similarity for a pair across parent groups; `nil` for none.
        var poolThreshold: Double?
        /// Added to a candidate's priority, times how close its relative places are.
        var orderWeight: Double
        var detectsSplitsAndMerges: Bool
        /// Below `threshold`, a leftover pair still pairs when each is the other's most similar
        /// node of the whole group and their similarity reaches this floor; `nil` for never.
        var mutualBestFloor: Double? = nil
        /// A pair out of order below this similarity is reported removed and added, not moved:
        /// order no longer vouches for it; `nil` for no floor beyond `threshold`.
        var moveFloor: Double? = nil
    }

    /// A node taking part in the pass.
    struct Unit {
        /// The parent group, or `nil` when the parent was not aligned.
        var group: Int?
        var vector: WeightedVector
        /// The node's text as a number (`AlignmentTree.Node.textID`), so that identical text
        /// pairs even where it has no features left.
        var textID: Int
    }

    /// A row-to-be, in indices of the level's `old` and `new` units.
    struct Link: Hashable {
        var old: Int?
        var new: Int?
        var relation: AlignmentRelation
        var score: Double
    }

    var settings: Settings

    /// Pairs the units; `similarity` scores a candidate pair in 0…1.
    ///
    /// - Complexity: within a group of a old and b new units, O(a·b) similarity calls when
    ///   that stays within `exhaustiveLimit` pairs and `exhaustiveBudget` feature comparisons,
    ///   otherwise O((a + b) · c) through a `CandidateIndex` with c candidates a node; the pool
    ///   of leftovers always goes through the index. So O(n · c) similarity calls for n units,
    ///   and O(k log k) to sort the k candidates found.
    func run(old: [Unit], new: [Unit], similarity: (Int, Int) -> Double) -> [Link] {
        var state = State(oldCount: old.count, newCount: new.count)
        let groups = Self.groups(old: old, new: new)

        var candidates: [Candidate] = []
        for group in groups {
            for (o, n) in candidatePairs(group.old, group.new, old: old, new: new) {
                let score = similarity(o, n)
                guard score >= settings.threshold else { continue }
                let placeOld = group.place(old: o), placeNew = group.place(new: n)
                let bonus = settings.orderWeight * (1 - abs(placeOld - placeNew))
                candidates.append(Candidate(old: o, new: n, score: score, priority: score + bonus))
            }
        }
        for pair in Self.greedy(candidates) { state.pair(pair.old, pair.new, score: pair.score) }

        if let floor = settings.mutualBestFloor {
            for group in groups where Self.isSmall(group.old, group.new, old: old, new: new) {
                pairMutualBest(in: group, floor: floor, state: &state, similarity: similarity)
            }
        }

        if settings.detectsSplitsAndMerges {
            for group in groups {
                detectSplits(in: group, old: old, new: new, state: &state, similarity: similarity)
            }
            for group in groups {
                detectMerges(in: group, old: old, new: new, state: &state, similarity: similarity)
            }
        }

        var crossing: [Candidate] = []
        if let poolThreshold = settings.poolThreshold {
            let leftOld = old.indices.filter { state.oldPartner[$0] == nil && !state.grouped.old.contains($0) }
            let leftNew = new.indices.filter { state.newPartner[$0] == nil && !state.grouped.new.contains($0) }
            var pooled: [Candidate] = []
            for (o, n) in indexedPairs(leftOld, leftNew, old: old, new: new) {
                let score = similarity(o, n)
                if score >= poolThreshold {
                    pooled.append(Candidate(old: o, new: n, score: score, priority: score))
                }
            }
            crossing = Self.greedy(pooled)
            for pair in crossing { state.pair(pair.old, pair.new, score: pair.score) }
        }

        return links(state: state, crossing: crossing, old: old, new: new)
    }

    /// Pairs whose groups are the same can be compared exhaustively up to this many pairs…
    static let exhaustiveLimit = 4096
    /// …and up to this many feature comparisons in all (a part of a long report is large).
    static let exhaustiveBudget = 1 << 20

    /// Whether comparing every old unit with every new one stays within both limits.
    ///
    /// - Complexity: O(a + b).
    private static func isSmall(_ olds: [Int], _ news: [Int], old: [Unit], new: [Unit]) -> Bool {
        guard olds.count * news.count <= exhaustiveLimit else { return false }
        let oldFeatures = olds.reduce(0) { $0 + old[$1].vector.features.count }
        let newFeatures = news.reduce(0) { $0 + new[$1].vector.features.count }
        return oldFeatures * news.count + newFeatures * olds.count <= exhaustiveBudget
    }

    // MARK: - Candidates and assignment

    private struct Candidate {
        var old: Int
        var new: Int
        var score: Double
        var priority: Double
    }

    /// A parent group's units in document order.
    private struct Group {
        var id: Int
        var old: [Int]
        var new: [Int]
        var oldPlace: [Int: Double]
        var newPlace: [Int: Double]

        func place(old unit: Int) -> Double { oldPlace[unit] ?? 0 }
        func place(new unit: Int) -> Double { newPlace[unit] ?? 0 }
    }

    /// - Complexity: O(n log n) in the number of units.
    private static func groups(old: [Unit], new: [Unit]) -> [Group] {
        var olds: [Int: [Int]] = [:], news: [Int: [Int]] = [:]
        for (index, unit) in old.enumerated() { if let group = unit.group { olds[group, default: []].append(index) } }
        for (index, unit) in new.enumerated() { if let group = unit.group { news[group, default: []].append(index) } }
        func places(_ units: [Int]) -> [Int: Double] {
            let span = Double(max(units.count - 1, 1))
            return Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1, Double($0) / span) })
        }
        return Set(olds.keys).intersection(news.keys).sorted().map { id in
            let o = olds[id] ?? [], n = news[id] ?? []
            return Group(id: id, old: o, new: n, oldPlace: places(o), newPlace: places(n))
        }
    }

    private func candidatePairs(_ olds: [Int], _ news: [Int], old: [Unit], new: [Unit]) -> [(Int, Int)] {
        if Self.isSmall(olds, news, old: old, new: new) {
            return olds.flatMap { o in news.map { n in (o, n) } }
        }
        return indexedPairs(olds, news, old: old, new: new)
    }

    /// Candidate pairs found through inverted indexes in both directions, so that the set is
    /// the same whichever side is old, and pairs of identical text: the k-th old copy of a
    /// text with its k-th new copy.
    ///
    /// - Complexity: O((a + b) · (probes · postingLimit + c log c)).
    private func indexedPairs(_ olds: [Int], _ news: [Int], old: [Unit], new: [Unit]) -> [(Int, Int)] {
        let oldIndex = CandidateIndex(olds.map { old[$0].vector })
        let newIndex = CandidateIndex(news.map { new[$0].vector })
        // Pairs as found, sorted and made distinct at the end: cheaper than a set of them.
        var pairs: [(old: Int, new: Int)] = []
        var oldByText: [Int: [Int]] = [:]
        for o in olds { oldByText[old[o].textID, default: []].append(o) }
        var copiesSeen: [Int: Int] = [:]
        for n in news {
            let copy = copiesSeen[new[n].textID, default: 0]
            copiesSeen[new[n].textID] = copy + 1
            if let copies = oldByText[new[n].textID], copy < copies.count { pairs.append((copies[copy], n)) }
        }
        for (place, n) in news.enumerated() {
            let near = place * olds.count / max(news.count, 1)
            for hit in oldIndex.candidates(for: new[n].vector, near: near) { pairs.append((olds[hit], n)) }
        }
        for (place, o) in olds.enumerated() {
            let near = place * news.count / max(olds.count, 1)
            for hit in newIndex.candidates(for: old[o].vector, near: near) { pairs.append((o, news[hit])) }
        }
        pairs.sort { $0 < $1 }
        var distinct: [(Int, Int)] = []
        distinct.reserveCapacity(pairs.count)
        for pair in pairs where distinct.last.map({ $0 != pair }) ?? true { distinct.append(pair) }
        return distinct
    }

    /// One-to-one pairs taken from the highest priority down; ties go to the pair nearer the
    /// start of both reports, which reads the same from either side.
    ///
    /// - Complexity: O(k log k) for k candidates.
    private static func greedy(_ candidates: [Candidate]) -> [Candidate] {
        let sorted = candidates.sorted {
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            if $0.old + $0.new != $1.old + $1.new { return $0.old + $0.new < $1.old + $1.new }
            return $0.old < $1.old
        }
        var usedOld: Set<Int> = [], usedNew: Set<Int> = []
        var chosen: [Candidate] = []
        for candidate in sorted where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
            usedOld.insert(candidate.old)
            usedNew.insert(candidate.new)
            chosen.append(candidate)
        }
        return chosen
    }

    /// Pairs leftovers that are each other's most similar leftover, with at least `floor`: a
    /// topic reworded too much for `threshold` that no closer pair claimed.
    ///
    /// - Complexity: O(l²) similarity calls for l leftovers in the group.
    private func pairMutualBest(
        in group: Group, floor: Double, state: inout State, similarity: (Int, Int) -> Double
    ) {
        let leftOld = group.old.filter { state.oldPartner[$0] == nil }
        let leftNew = group.new.filter { state.newPartner[$0] == nil }
        guard !leftOld.isEmpty, !leftNew.isEmpty else { return }
        let scores = leftOld.map { o in leftNew.map { similarity(o, $0) } }
        func argmax(_ values: [Double]) -> Int? {
            values.indices.max { values[$0] < values[$1] || (values[$0] == values[$1] && $0 > $1) }
        }
        for (i, o) in leftOld.enumerated() {
            guard let j = argmax(scores[i]), scores[i][j] >= floor,
                argmax(scores.map { $0[j] }) == i
            else { continue }
            state.pair(o, leftNew[j], score: scores[i][j])
        }
    }

    // MARK: - Splits and merges

    /// What the pass has decided so far.
    private struct State {
        var oldPartner: [Int?]
        var newPartner: [Int?]
        var pairScore: [Int: Double] = [:]
        /// Split and merge links, and the units they use.
        var joined: [Link] = []
        var grouped: (old: Set<Int>, new: Set<Int>) = ([], [])

        init(oldCount: Int, newCount: Int) {
            oldPartner = Array(repeating: nil, count: oldCount)
            newPartner = Array(repeating: nil, count: newCount)
        }

        mutating func pair(_ old: Int, _ new: Int, score: Double) {
            oldPartner[old] = new
            newPartner[new] = old
            pairScore[old] = score
        }

        mutating func unpair(old: Int) {
            if let new = oldPartner[old] { newPartner[new] = nil }
            oldPartner[old] = nil
            pairScore[old] = nil
        }
    }

    /// The least share of a leftover's content found in the node it came from.
    private static let partContainment = 0.6
    /// The least share of the whole's content found in its pieces together.
    private static let wholeCoverage = 0.7
    /// How much more of the whole the pieces must cover than its one partner alone.
    private static let coverageGain = 0.15
    /// The least similarity between a piece and its whole.
    private static let pieceSimilarity = 0.1

    /// Finds old units whose content now fills an aligned new unit and leftover new units.
    ///
    /// - Complexity: O(a·b) containment checks for a group of a old and b new units within the
    ///   limits of `isSmall`, or O(b·c) through the index in bigger groups.
    private func detectSplits(
        in group: Group, old: [Unit], new: [Unit], state: inout State, similarity: (Int, Int) -> Double
    ) {
        let wholes = group.old.filter { !state.grouped.old.contains($0) }
        let leftovers = group.new.filter { state.newPartner[$0] == nil && !state.grouped.new.contains($0) }
        let pieces = bestWholes(
            for: leftovers, among: wholes, exhaustive: Self.isSmall(wholes, leftovers, old: old, new: new),
            pieceVectors: { new[$0].vector }, wholeVector: { old[$0].vector })
        for (whole, newcomers) in pieces.sorted(by: { $0.key < $1.key }) {
            let partner = state.oldPartner[whole]
            let parts = (partner.map { [$0] } ?? []) + newcomers
            guard parts.count >= 2,
                Self.isCovered(old[whole].vector, by: parts.map { new[$0].vector }, partner: partner.map { new[$0].vector })
            else { continue }
            state.unpair(old: whole)
            state.grouped.old.insert(whole)
            for part in parts.sorted() {
                state.grouped.new.insert(part)
                state.joined.append(Link(old: whole, new: part, relation: .split, score: similarity(whole, part)))
            }
        }
    }

    /// The mirror of `detectSplits`: old leftovers whose content now lies in an aligned new unit.
    ///
    /// - Complexity: as `detectSplits`.
    private func detectMerges(
        in group: Group, old: [Unit], new: [Unit], state: inout State, similarity: (Int, Int) -> Double
    ) {
        let wholes = group.new.filter { !state.grouped.new.contains($0) }
        let leftovers = group.old.filter { state.oldPartner[$0] == nil && !state.grouped.old.contains($0) }
        let pieces = bestWholes(
            for: leftovers, among: wholes, exhaustive: Self.isSmall(leftovers, wholes, old: old, new: new),
            pieceVectors: { old[$0].vector }, wholeVector: { new[$0].vector })
        for (whole, newcomers) in pieces.sorted(by: { $0.key < $1.key }) {
            let partner = state.newPartner[whole]
            let parts = (partner.map { [$0] } ?? []) + newcomers
            guard parts.count >= 2,
                Self.isCovered(new[whole].vector, by: parts.map { old[$0].vector }, partner: partner.map { old[$0].vector })
            else { continue }
            if let partner { state.unpair(old: partner) }
            state.grouped.new.insert(whole)
            for part in parts.sorted() {
                state.grouped.old.insert(part)
                state.joined.append(Link(old: part, new: whole, relation: .merged, score: similarity(part, whole)))
            }
        }
    }

    /// For each leftover, the whole that contains most of it, if it contains enough.
    ///
    /// - Complexity: O(l·w) containment checks when `exhaustive`, else O(l·c) through an index.
    private func bestWholes(
        for leftovers: [Int], among wholes: [Int], exhaustive: Bool, pieceVectors: (Int) -> WeightedVector,
        wholeVector: (Int) -> WeightedVector
    ) -> [Int: [Int]] {
        guard !leftovers.isEmpty, !wholes.isEmpty else { return [:] }
        let index = exhaustive ? nil : CandidateIndex(wholes.map(wholeVector))
        var result: [Int: [Int]] = [:]
        for piece in leftovers {
            let vector = pieceVectors(piece)
            let candidates = index.map { $0.candidates(for: vector).map { wholes[$0] } } ?? wholes
            var best: (whole: Int, containment: Double)?
            for whole in candidates {
                let wholeVector = wholeVector(whole)
                guard vector.cosine(wholeVector) >= Self.pieceSimilarity else { continue }
                let containment = vector.containment(in: wholeVector)
                if containment >= Self.partContainment, containment > best?.containment ?? 0 {
                    best = (whole, containment)
                }
            }
            if let best { result[best.whole, default: []].append(piece) }
        }
        return result
    }

    /// Whether the pieces together cover the whole, and cover clearly more of it than the
    /// whole's one aligned partner alone.
    ///
    /// - Complexity: O(k log k) in the features of the pieces.
    private static func isCovered(_ whole: WeightedVector, by parts: [WeightedVector], partner: WeightedVector?) -> Bool {
        let union = WeightedVector.union(parts)
        let coverage = whole.containment(in: union)
        let before = partner.map { whole.containment(in: $0) } ?? 0
        return coverage >= wholeCoverage && coverage - before >= coverageGain
    }

    // MARK: - Relations

    /// The final links: joined ones, pairs in order (`matched`) or not (`moved`), leftovers.
    ///
    /// - Complexity: O(n log n) in the number of units.
    private func links(state: State, crossing: [Candidate], old: [Unit], new: [Unit]) -> [Link] {
        var result = state.joined
        let crossingOld = Set(crossing.filter { old[$0.old].group != new[$0.new].group }.map(\.old))
        var byGroup: [Int: [(old: Int, new: Int, score: Double)]] = [:]
        for (o, partner) in state.oldPartner.enumerated() {
            guard let n = partner, let score = state.pairScore[o] else { continue }
            if let group = old[o].group, !crossingOld.contains(o), group == new[n].group {
                byGroup[group, default: []].append((o, n, score))
            } else {
                result.append(Link(old: o, new: n, relation: .moved, score: score))
            }
        }
        for group in byGroup.keys.sorted() {
            let pairs = byGroup[group] ?? []
            let kept = OrderPreservingSubset.keep(pairs)
            for (index, pair) in pairs.enumerated() {
                if kept.contains(index) {
                    result.append(Link(old: pair.old, new: pair.new, relation: .matched, score: pair.score))
                } else if pair.score < settings.moveFloor ?? 0 {
                    result.append(Link(old: pair.old, new: nil, relation: .removed, score: 0))
                    result.append(Link(old: nil, new: pair.new, relation: .added, score: 0))
                } else {
                    result.append(Link(old: pair.old, new: pair.new, relation: .moved, score: pair.score))
                }
            }
        }
        for o in old.indices where state.oldPartner[o] == nil && !state.grouped.old.contains(o) {
            result.append(Link(old: o, new: nil, relation: .removed, score: 0))
        }
        for n in new.indices where state.newPartner[n] == nil && !state.grouped.new.contains(n) {
            result.append(Link(old: nil, new: n, relation: .added, score: 0))
        }
        return result
    }
}
