/// The second phase of the aligner: pairs the parts that hold sections by where their sections
/// went, as GumTree pairs containers whose descendants are mostly matched to each other.
///
/// Two such parts pair when the sections paired between them hold at least half the text of
/// either part (its own paragraphs count too), whatever the parts' roles or headings. A part
/// whose sections went to several parts is `split`, several parts whose sections came together
/// `merged`. A part that holds only paragraphs was paired in the first phase, as content. Parts
/// still alone after both pair as before GumTree's phases would: by role and year-normalised
/// heading (`Level`), when they speak of the same kind of time.
struct ContainerMatcher {
    let old: AlignmentTree
    let new: AlignmentTree

    /// The least share of a part's text that must lie in sections paired into the other part.
    static let leastShare = 0.5

    /// The content links with the parts' links added; a part the content phase left alone
    /// loses its `removed` or `added` link when it pairs here.
    ///
    /// - Complexity: O(n log n) in the number of content links, plus O(a·b) similarity calls
    ///   for the a old and b new parts left alone.
    func links(content: [TreeLink]) -> [TreeLink] {
        var shared: [Pair: (old: Set<Int>, new: Set<Int>)] = [:]
        for link in content {
            guard let o = link.old, let n = link.new, let p = old.part(of: o), let q = new.part(of: n),
                old.nodes[p].isContainer, new.nodes[q].isContainer
            else { continue }
            shared[Pair(old: p, new: q), default: ([], [])].old.insert(o)
            shared[Pair(old: p, new: q), default: ([], [])].new.insert(n)
        }
        // Each node's length counted once: a part's text holds all of its sections'.
        var oldLength: [Int: Double] = [:], newLength: [Int: Double] = [:]
        func length(_ tree: AlignmentTree, _ cache: inout [Int: Double], _ nodes: some Sequence<Int>) -> Double {
            nodes.reduce(0.0) { sum, node in
                if let known = cache[node] { return sum + known }
                let count = Double(tree.nodes[node].text.characterCount)
                cache[node] = count
                return sum + count
            }
        }
        var pairs: [Pair] = []
        for (pair, nodes) in shared.sorted(by: { $0.key < $1.key }) {
            let oldShare = length(old, &oldLength, nodes.old) / max(length(old, &oldLength, [pair.old]), 1)
            let newShare = length(new, &newLength, nodes.new) / max(length(new, &newLength, [pair.new]), 1)
            if max(oldShare, newShare) >= Self.leastShare { pairs.append(pair) }
        }

        var oldPartners: [Int: Int] = [:], newPartners: [Int: Int] = [:]
        for pair in pairs {
            oldPartners[pair.old, default: 0] += 1
            newPartners[pair.new, default: 0] += 1
        }
        let level = Level(depth: .part, old: old, new: new)
        let oldPlace = Dictionary(uniqueKeysWithValues: level.oldNodes.enumerated().map { ($1, $0) })
        let newPlace = Dictionary(uniqueKeysWithValues: level.newNodes.enumerated().map { ($1, $0) })
        func score(_ pair: Pair) -> Double {
            guard let o = oldPlace[pair.old], let n = newPlace[pair.new] else { return 0 }
            return level.similarity(old: o, new: n)
        }

        var result: [TreeLink] = []
        var single: [(old: Int, new: Int, score: Double)] = []
        for pair in pairs {
            let oldMany = oldPartners[pair.old, default: 0] > 1, newMany = newPartners[pair.new, default: 0] > 1
            switch (oldMany, newMany) {
            case (false, false): single.append((pair.old, pair.new, score(pair)))
            case (true, false): result.append((pair.old, pair.new, .split, score(pair)))
            case (false, true): result.append((pair.old, pair.new, .merged, score(pair)))
            // Many to many reads the same from either side only as a move.
            case (true, true): result.append((pair.old, pair.new, .moved, score(pair)))
            }
        }

        var pairedOld = Set(pairs.map(\.old)), pairedNew = Set(pairs.map(\.new))
        let lone = lonePartsOfAKind(level, paired: pairs)
        for pair in lone {
            pairedOld.insert(pair.old)
            pairedNew.insert(pair.new)
            single.append((pair.old, pair.new, score(pair)))
        }
        // The section the paragraph part's content went to alone stands alone again.
        let loneOld = Set(lone.map(\.old)), loneNew = Set(lone.map(\.new))
        let contentLinks = content.flatMap { link -> [TreeLink] in
            guard let o = link.old, let n = link.new, loneOld.contains(o) || loneNew.contains(n) else { return [link] }
            var alone: [TreeLink] = []
            if !loneOld.contains(o) { alone.append((o, nil, .removed, 0)) }
            if !loneNew.contains(n) { alone.append((nil, n, .added, 0)) }
            return alone
        }
        for link in contentLinks {
            if let o = link.old, link.new != nil { pairedOld.insert(o) }
            if let n = link.new, link.old != nil { pairedNew.insert(n) }
        }
        let aloneOld = level.oldNodes.filter { !pairedOld.contains($0) }
        let aloneNew = level.newNodes.filter { !pairedNew.contains($0) }
        var candidates: [(old: Int, new: Int, score: Double)] = []
        // Parts are few; a flood of them (hostile input) is left alone rather than compared in pairs.
        for o in aloneOld where aloneOld.count * aloneNew.count <= LevelPass.exhaustiveLimit {
            for n in aloneNew where ContentMatcher.kind(of: old.nodes[o]) == ContentMatcher.kind(of: new.nodes[n]) {
                let value = score(Pair(old: o, new: n))
                if value >= level.settings.threshold { candidates.append((o, n, value)) }
            }
        }
        candidates.sort { $0.score != $1.score ? $0.score > $1.score : ($0.old + $0.new, $0.old) < ($1.old + $1.new, $1.old) }
        for candidate in candidates where !pairedOld.contains(candidate.old) && !pairedNew.contains(candidate.new) {
            pairedOld.insert(candidate.old)
            pairedNew.insert(candidate.new)
            single.append(candidate)
        }

        let kept = OrderPreservingSubset.keep(single)
        for (index, pair) in single.enumerated() {
            result.append((pair.old, pair.new, kept.contains(index) ? .matched : .moved, pair.score))
        }
        for link in contentLinks {
            if let o = link.old, link.new == nil, pairedOld.contains(o), old.nodes[o].depth == .part { continue }
            if let n = link.new, link.old == nil, pairedNew.contains(n), new.nodes[n].depth == .part { continue }
            result.append(link)
        }
        for p in level.oldNodes where old.nodes[p].isContainer && !pairedOld.contains(p) {
            result.append((p, nil, .removed, 0))
        }
        for q in level.newNodes where new.nodes[q].isContainer && !pairedNew.contains(q) {
            result.append((nil, q, .added, 0))
        }
        return result
    }

    /// `一、2017年工作回顾` in paragraphs and `一、2018年工作回顾` in six sections: where each side has
    /// one part of a kind (a review, work to come, an appendix; a year or a period), not paired by
    /// its sections, and one holds only paragraphs while the other holds sections, the two carry on
    /// each other, however differently the years' texts are cut up and worded.
    private func lonePartsOfAKind(_ level: Level, paired: [Pair]) -> [Pair] {
        let kinds = Set(level.oldNodes.map { ContentMatcher.kind(of: old.nodes[$0]) })
        return kinds.sorted().compactMap { kind -> Pair? in
            let oldParts = level.oldNodes.filter { ContentMatcher.kind(of: old.nodes[$0]) == kind }
            let newParts = level.newNodes.filter { ContentMatcher.kind(of: new.nodes[$0]) == kind }
            guard oldParts.count == 1, newParts.count == 1, let o = oldParts.first, let n = newParts.first,
                old.nodes[o].isContainer != new.nodes[n].isContainer,
                !paired.contains(where: { $0.old == o || $0.new == n })
            else { return nil }
            return Pair(old: o, new: n)
        }
    }

    private struct Pair: Hashable, Comparable {
        var old: Int
        var new: Int

        static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.old, lhs.new) < (rhs.old, rhs.new) }
    }
}
