import ReportModel

/// A link between two nodes of the alignment trees, by tree index.
typealias TreeLink = (old: Int?, new: Int?, relation: AlignmentRelation, score: Double)

/// The first phase of the aligner: pairs the nodes that carry content of their own — sections,
/// and parts that hold only paragraphs — across the whole of both reports, whatever part they
/// stand in, by the similarity of their text and heading.
///
/// Only nodes that speak of the same kind of time compete: a review with a review, work to come
/// with work to come, an appendix with an appendix, and a period (a five-year review or plan)
/// with a period, a single year with a single year. Order is a tie-breaker, not a requirement.
struct ContentMatcher {
    let old: AlignmentTree
    let new: AlignmentTree

    /// - Complexity: as one `LevelPass` over the content nodes of both reports.
    func links() -> [TreeLink] {
        let level = Level(depth: .section, oldNodes: old.contentNodes, newNodes: new.contentNodes, old: old, new: new)
        let oldUnits = zip(level.oldNodes, level.oldVectors).map { node, vector in
            LevelPass.Unit(group: Self.kind(of: old.nodes[node]), vector: vector, textID: old.nodes[node].textID)
        }
        let newUnits = zip(level.newNodes, level.newVectors).map { node, vector in
            LevelPass.Unit(group: Self.kind(of: new.nodes[node]), vector: vector, textID: new.nodes[node].textID)
        }
        var settings = level.settings
        // Every compatible node is already a candidate; nothing may cross into another kind.
        settings.poolThreshold = nil
        let found = LevelPass(settings: settings).run(old: oldUnits, new: newUnits) {
            level.similarity(old: $0, new: $1)
        }
        return found.map { link in
            (link.old.map { level.oldNodes[$0] }, link.new.map { level.newNodes[$0] }, link.relation, link.score)
        }
    }

    /// Which nodes may pair: the direction in time (looking back, attached, or looking ahead,
    /// which is also where nodes of no known role go) times whether the node spans a period.
    /// A part that names its year beside a period (`2025年和“十四五”时期工作回顾`) carries on last
    /// year's single-year part, so it pairs as a year.
    static func kind(of node: AlignmentTree.Node) -> Int {
        let direction =
            switch node.role {
            case .review: 0
            case .appendix: 1
            default: 2
            }
        let isPeriod = node.year == nil && !(node.period?.isYear ?? true)
        return direction * 2 + (isPeriod ? 1 : 0)
    }
}
