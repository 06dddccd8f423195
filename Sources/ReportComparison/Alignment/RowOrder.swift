/// Puts alignment links in reading order: the document order of the new report, with a node
/// only the old report has placed after the row of its preceding old sibling (and that
/// sibling's subtree), or first under its parent's row when it has no aligned sibling before it.
struct RowOrder {
    let old: AlignmentTree
    let new: AlignmentTree

    /// - Complexity: O(n log n) in the number of links.
    func rows(for links: [TreeLink]) -> [AlignmentRow] {
        var partners: [Int: Int] = [0: 0]
        var removed: Set<Int> = []
        for link in links {
            guard let o = link.old else { continue }
            if let n = link.new { partners[o] = min(partners[o] ?? n, n) } else { removed.insert(o) }
        }
        var previousSibling = [Int?](repeating: nil, count: old.nodes.count)
        var lastChild: [Int: Int] = [:]
        for (index, node) in old.nodes.enumerated() {
            guard let parent = node.parent else { continue }
            previousSibling[index] = lastChild[parent]
            lastChild[parent] = index
        }
        // In document order, so a parent's and an earlier sibling's places are known first.
        var removedPlace: [Int: Double] = [:]
        for node in removed.sorted() {
            let parent = old.nodes[node].parent ?? 0
            if let parentPlace = removedPlace[parent] {
                removedPlace[node] = parentPlace
            } else if let sibling = previousSibling[node], let partner = partners[sibling] {
                removedPlace[node] = Double(new.nodes[partner].subtreeEnd) + 0.5
            } else if let sibling = previousSibling[node], let siblingPlace = removedPlace[sibling] {
                removedPlace[node] = siblingPlace
            } else {
                removedPlace[node] = Double(partners[parent] ?? 0) + 0.5
            }
        }

        let keyed = links.compactMap { link -> (key: (Double, Int), row: AlignmentRow)? in
            let oldNode = link.old.map { old.nodes[$0] }, newNode = link.new.map { new.nodes[$0] }
            // A part paired with a section is listed with the parts, from either side.
            guard let level = [oldNode?.depth, newNode?.depth].compactMap({ $0 }).min()?.level else { return nil }
            let key: (Double, Int)
            if let n = link.new {
                key = (Double(n), link.old ?? -1)
            } else if let o = link.old {
                key = (removedPlace[o] ?? 0, o)
            } else {
                return nil
            }
            var titleChanged = false
            if let oldNode, let newNode, level <= .section {
                titleChanged = oldNode.normalizedHeading != newNode.normalizedHeading
            }
            let row = AlignmentRow(
                level: level, old: oldNode?.ref, new: newNode?.ref, relation: link.relation,
                score: link.score, titleChanged: titleChanged)
            return (key, row)
        }
        return keyed.sorted { $0.key < $1.key }.map(\.row)
    }
}
