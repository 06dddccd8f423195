import ReportModel

/// Aligns the outlines of two reports in two phases, as GumTree aligns syntax trees, then
/// paragraphs and sentences inside what the phases paired.
///
/// 1. `ContentMatcher` pairs the nodes that carry content (sections, and parts holding only
///    paragraphs) across the whole of both reports, one to one, by TF-IDF cosine over
///    character bigrams (Han) or content words (Latin) with the heading counting extra.
/// 2. `ContainerMatcher` pairs the parts holding sections by where their sections went.
///
/// So a renamed or restructured part does not stop its sections from pairing, and a part may
/// pair with a section. Paragraphs and sentences are then paired level by level inside the
/// nodes aligned above them; see `LevelPass`.
public struct StructureAligner: Sendable {
    public init() {}

    /// - Complexity: about O(n log n) in the size n of the two reports: each level compares
    ///   every pair only inside aligned parents and within `LevelPass.exhaustiveLimit` pairs
    ///   and `LevelPass.exhaustiveBudget` feature comparisons, and otherwise looks partners up
    ///   in a `CandidateIndex` with a fixed number of candidates a node.
    public func align(_ old: Report, with new: Report) -> Alignment {
        var oldTree = AlignmentTree(old), newTree = AlignmentTree(new)
        AlignmentTree.numberTexts(&oldTree, &newTree)
        var groups = ParentGroups(oldCount: oldTree.nodes.count, newCount: newTree.nodes.count)
        groups.join(old: 0, new: 0)
        let content = ContentMatcher(old: oldTree, new: newTree).links()
        var links = ContainerMatcher(old: oldTree, new: newTree).links(content: content)
        for link in links {
            guard let o = link.old, let n = link.new else { continue }
            groups.join(old: o, new: n)
            // A part of paragraphs paired with a part of sections shares its paragraphs with each section.
            if oldTree.nodes[o].depth == .part, newTree.nodes[n].depth == .part, oldTree.nodes[o].isContainer != newTree.nodes[n].isContainer {
                for s in newTree.sections(in: n) { groups.join(old: o, new: s) }
                for s in oldTree.sections(in: o) { groups.join(old: s, new: n) }
            }
        }
        for depth in [AlignmentTree.Depth.paragraph, .sentence] {
            let level = Level(depth: depth, old: oldTree, new: newTree)
            let oldUnits = zip(level.oldNodes, level.oldVectors).map { node, vector in
                LevelPass.Unit(
                    group: groups.group(old: oldTree.nodes[node].parent), vector: vector,
                    textID: oldTree.nodes[node].textID)
            }
            let newUnits = zip(level.newNodes, level.newVectors).map { node, vector in
                LevelPass.Unit(
                    group: groups.group(new: newTree.nodes[node].parent), vector: vector,
                    textID: newTree.nodes[node].textID)
            }
            let found = LevelPass(settings: level.settings).run(old: oldUnits, new: newUnits) {
                level.similarity(old: $0, new: $1)
            }
            for link in found {
                let o = link.old.map { level.oldNodes[$0] }, n = link.new.map { level.newNodes[$0] }
                if let o, let n { groups.join(old: o, new: n) }
                links.append((o, n, link.relation, link.score))
            }
        }
        return Alignment(rows: RowOrder(old: oldTree, new: newTree).rows(for: links))
    }
}

/// Which old and new parents were aligned, as groups: a split parent and its pieces form one.
private struct ParentGroups {
    private var parent: [Int]
    private var joined: [Bool]
    private let oldCount: Int

    init(oldCount: Int, newCount: Int) {
        self.oldCount = oldCount
        parent = Array(0..<(oldCount + newCount))
        joined = Array(repeating: false, count: oldCount + newCount)
    }

    mutating func join(old: Int, new: Int) {
        let a = find(old), b = find(oldCount + new)
        if a != b { parent[max(a, b)] = min(a, b) }
        joined[old] = true
        joined[oldCount + new] = true
    }

    /// The group of an old parent, `nil` when it was aligned with nothing.
    func group(old node: Int?) -> Int? {
        guard let node, joined[node] else { return nil }
        return find(node)
    }

    /// The group of a new parent, `nil` when it was aligned with nothing.
    func group(new node: Int?) -> Int? {
        guard let node, joined[oldCount + node] else { return nil }
        return find(oldCount + node)
    }

    /// - Complexity: O(depth); each join hangs a root under the smaller root, and most joins
    ///   take a node that was on its own, so the trees stay shallow.
    private func find(_ element: Int) -> Int {
        var element = element
        while parent[element] != element { element = parent[element] }
        return element
    }
}
