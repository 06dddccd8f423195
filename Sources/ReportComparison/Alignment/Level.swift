/// The nodes, vectors, settings and similarity of one level of both reports.
///
/// Features are counted here, level by level, rather than kept in the tree, so that only one
/// level's vectors are held at a time. Nodes are addressed by their place in `oldNodes` and
/// `newNodes`.
struct Level {
    let depth: AlignmentTree.Depth
    /// The tree indices of the level's nodes, in document order.
    let oldNodes: [Int]
    let newNodes: [Int]
    /// What the nodes are compared by: content, and for parts and sections the heading too.
    private(set) var oldVectors: [WeightedVector] = []
    private(set) var newVectors: [WeightedVector] = []
    private var oldHeadings: [WeightedVector] = []
    private var newHeadings: [WeightedVector] = []
    private var oldContents: [WeightedVector] = []
    private var newContents: [WeightedVector] = []
    private let old: AlignmentTree
    private let new: AlignmentTree
    /// Whether the level reads mostly as words rather than Han characters.
    private var isLatin = false

    /// How much a section's heading counts against its whole text (which has weight 1).
    static let headingWeight = 0.6

    /// - Complexity: O(n log n) in the text of the level in both reports.
    init(depth: AlignmentTree.Depth, old: AlignmentTree, new: AlignmentTree) {
        self.init(depth: depth, oldNodes: old.indices(at: depth), newNodes: new.indices(at: depth), old: old, new: new)
    }

    /// The given nodes compared as nodes of `depth` are: the content nodes (sections, and parts
    /// without sections) are compared as sections, by text and heading.
    ///
    /// - Complexity: O(n log n) in the text of the nodes.
    init(depth: AlignmentTree.Depth, oldNodes: [Int], newNodes: [Int], old: AlignmentTree, new: AlignmentTree) {
        self.depth = depth
        self.old = old
        self.new = new
        self.oldNodes = oldNodes
        self.newNodes = newNodes

        let oldText = oldNodes.map(old.features(of:))
        let newText = newNodes.map(new.features(of:))
        let textWeighting = TermWeighting(oldText + newText)
        var wordCount = 0, hanCount = 0
        for counts in oldText + newText {
            for (feature, count) in zip(counts.features, counts.counts) {
                if TextFeatures.isWord(feature) { wordCount += count } else { hanCount += count }
            }
        }
        isLatin = wordCount > hanCount
        oldContents = oldText.map(textWeighting.vector)
        newContents = newText.map(textWeighting.vector)

        guard depth == .part || depth == .section else {
            oldVectors = oldContents
            newVectors = newContents
            return
        }
        let oldHeading = oldNodes.map { TextFeatures.counts(of: old.nodes[$0].normalizedHeading) }
        let newHeading = newNodes.map { TextFeatures.counts(of: new.nodes[$0].normalizedHeading) }
        let headingWeighting = TermWeighting(oldHeading + newHeading)
        oldHeadings = oldHeading.map(headingWeighting.vector)
        newHeadings = newHeading.map(headingWeighting.vector)
        oldVectors = zip(oldContents, oldHeadings).map(Self.combined)
        newVectors = zip(newContents, newHeadings).map(Self.combined)
    }

    /// The content vector plus the heading vector at `headingWeight`, at unit length.
    ///
    /// - Complexity: O(k) in the features of both.
    private static func combined(_ content: WeightedVector, _ heading: WeightedVector) -> WeightedVector {
        content.adding(heading, times: headingWeight)
    }

    /// Thresholds measured on the samples: in cn-national 2024→2025, sections that belong
    /// together score 0.24–0.52 and other pairs at most 0.11; paragraphs 0.15–0.67 against
    /// noise up to about 0.13. Moves across parents need far more, as nothing else supports them.
    var settings: LevelPass.Settings {
        switch depth {
        case .document, .part:
            LevelPass.Settings(threshold: 0.5, poolThreshold: nil, orderWeight: 0, detectsSplitsAndMerges: false)
        case .section:
            LevelPass.Settings(
                threshold: 0.15, poolThreshold: 0.6, orderWeight: 0.05, detectsSplitsAndMerges: true,
                mutualBestFloor: Self.mutualBestFloor)
        case .paragraph:
            isLatin
                ? LevelPass.Settings(
                    threshold: 0.15, poolThreshold: 0.5, orderWeight: 0.05, detectsSplitsAndMerges: true,
                    moveFloor: Self.latinMoveFloor)
                : LevelPass.Settings(threshold: 0.15, poolThreshold: 0.6, orderWeight: 0.1, detectsSplitsAndMerges: true)
        case .sentence:
            isLatin
                ? LevelPass.Settings(threshold: 0.3, poolThreshold: 0.7, orderWeight: 0.1, detectsSplitsAndMerges: false)
                : LevelPass.Settings(threshold: 0.2, poolThreshold: 0.6, orderWeight: 0.1, detectsSplitsAndMerges: false)
        }
    }

    /// Sections whose topic carries over but whose wording moved on: in cn-national 2017→2018,
    /// `以创新引领实体经济转型升级` → `加快建设创新型国家` scores 0.14 and the environment section →
    /// `坚决打好三大攻坚战` 0.13, each the other's best among the sections left over; a section
    /// with no heir scores less with every one left (0.09 for the English livelihood section of
    /// 2017 against 2018's regional development, which is noise).
    static let mutualBestFloor = 0.12

    /// English paragraphs out of order below this are two unrelated paragraphs, not a move.
    /// Measured on us-sotu 2022→2023 and cn-national-en 2017→2018 by reading the moved pairs:
    /// of 39 below 0.25, 24 shared nothing and the rest at most a topic (`climate crisis`); of
    /// 19 at 0.25 or more, 14 carried the same content (the chips `the size of a fingertip`).
    static let latinMoveFloor = 0.25

    /// The similarity of two nodes of this level in 0…1: exactly 1 for identical text, and
    /// below 1 otherwise, even when only numbers differ (which the features do not see).
    ///
    /// Parts weigh their role and year-normalised heading before their content, so
    /// `2023年工作回顾` meets `2024年工作回顾` whatever either year reports.
    /// - Complexity: O(k) in the features of the two nodes.
    func similarity(old o: Int, new n: Int) -> Double {
        let identical = old.nodes[oldNodes[o]].textID == new.nodes[newNodes[n]].textID
        return min(featureSimilarity(old: o, new: n), identical ? 1 : Self.belowIdentical)
    }

    /// The highest score of two nodes whose text differs.
    static let belowIdentical = 0.999

    private func featureSimilarity(old o: Int, new n: Int) -> Double {
        // Fields read one by one: a whole node is costly to copy in the hot loop.
        let oldNode = oldNodes[o], newNode = newNodes[n]
        let oldRole = old.nodes[oldNode].role, newRole = new.nodes[newNode].role
        let sameHeading = old.nodes[oldNode].normalizedHeading == new.nodes[newNode].normalizedHeading
        if sameHeading, old.nodes[oldNode].textID == new.nodes[newNode].textID, oldRole == newRole { return 1 }
        guard depth == .part else {
            return oldVectors[o].cosine(newVectors[n])
        }
        let heading = sameHeading ? 1 : oldHeadings[o].cosine(newHeadings[n])
        let content = oldContents[o].cosine(newContents[n])
        guard let oldRole, let newRole else {
            return 0.5 * heading + 0.5 * content
        }
        return 0.4 * (oldRole == newRole ? 1 : 0) + 0.3 * heading + 0.3 * content
    }
}

