import ReportModel

/// A report's outline cut to the four levels the aligner compares, flattened in pre-order.
///
/// Items and lead sub-headings are not levels of their own: their paragraphs belong to the
/// enclosing section, or to the part or document when they stand outside any section.
/// A section nested deeper than a part counts as a section.
struct AlignmentTree: Sendable {
    enum Depth: Int, Sendable, Hashable, Comparable {
        case document, part, section, paragraph, sentence

        var level: AlignmentLevel? {
            switch self {
            case .document: nil
            case .part: .part
            case .section: .section
            case .paragraph: .paragraph
            case .sentence: .sentence
            }
        }

        static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    struct Node: Sendable {
        var depth: Depth
        var ref: NodeRef
        var parent: Int?
        /// A part's role; a section takes its part's.
        var role: PartRole?
        /// The years the node speaks of; a section without its own takes its part's.
        var period: Period?
        /// The one year the node names besides its period, as a part combining the two does
        /// (`2025年和“十四五”时期工作回顾`); taken with the period from the same section.
        var year: Int?
        /// A part holding sections: paired by what its sections pair with, not by its own text.
        var isContainer = false
        /// Every paragraph's text below a part or section; the text of a paragraph or sentence.
        var text: String
        /// The pre-order index of the last node of this node's subtree.
        var subtreeEnd: Int
        /// The heading with its numbers (years above all) replaced, for comparing headings.
        var normalizedHeading = ""
        /// The features of a paragraph's text, counted once for every level that reads them.
        var paragraphFeatures = FeatureCounts()
        /// The text as a number shared by both trees, equal exactly where the texts are equal
        /// as strings; see `numberTexts`.
        var textID = 0
    }

    /// Pre-order: a node's index is its position in document order.
    private(set) var nodes: [Node] = []

    /// - Complexity: O(n) in the size of the report.
    init(_ report: Report) {
        let root = report.root
        let document = append(
            Node(
                depth: .document, ref: NodeRef(id: root.id, title: root.title), parent: nil,
                text: "", subtreeEnd: 0))
        addContents(of: root, to: document, depth: .document)
        finish(document)
    }

    /// Numbers the text of every node of both trees (`Node.textID`), so that the aligner tells
    /// identical texts without comparing or hashing them pair by pair: a paragraph's or
    /// sentence's text is hashed once, and the text of a part or section, its paragraphs joined
    /// by line breaks, is numbered by its paragraphs' numbers. Joined texts are equal exactly
    /// when their paragraphs are, one by one, as long as no paragraph is empty or holds a line
    /// break (a line break neither decomposes nor composes, so canonical equivalence stops at
    /// it); otherwise the joined texts are hashed too.
    ///
    /// - Complexity: O(n) in the text of both reports, O(n · d) in the nodes at depth d.
    static func numberTexts(_ old: inout AlignmentTree, _ new: inout AlignmentTree) {
        var ids: [String: Int] = Dictionary(minimumCapacity: old.nodes.count + new.nodes.count)
        /// One hash for a new text, three for one seen before.
        func id(of text: String) -> Int {
            let next = ids.count
            guard let earlier = ids.updateValue(next, forKey: text) else { return next }
            ids[text] = earlier
            return earlier
        }
        var paragraphsJoinApart = true
        func number(_ tree: inout AlignmentTree) {
            for index in tree.nodes.indices where tree.nodes[index].depth >= .paragraph {
                let text = tree.nodes[index].text
                tree.nodes[index].textID = id(of: text)
                if tree.nodes[index].depth == .paragraph, text.isEmpty || text.utf8.contains(UInt8(ascii: "\n")) {
                    paragraphsJoinApart = false
                }
            }
        }
        number(&old)
        number(&new)
        // Below zero, apart from the paragraphs' and sentences' numbers.
        var sequences = ScalarSequenceTable(capacity: 64)
        var key: [UInt32] = []
        func numberHeaded(_ tree: inout AlignmentTree) {
            for index in tree.nodes.indices where tree.nodes[index].depth < .paragraph {
                if paragraphsJoinApart {
                    key.removeAll(keepingCapacity: true)
                    for node in (index + 1)..<(tree.nodes[index].subtreeEnd + 1) where tree.nodes[node].depth == .paragraph {
                        key.append(UInt32(tree.nodes[node].textID))
                    }
                    tree.nodes[index].textID = -1 - sequences.id(for: key[...]).id
                } else {
                    tree.nodes[index].textID = id(of: tree.nodes[index].text)
                }
            }
        }
        numberHeaded(&old)
        numberHeaded(&new)
    }

    /// The nodes that carry content of their own: sections, and parts without sections.
    var contentNodes: [Int] {
        nodes.indices.filter { nodes[$0].depth == .section || (nodes[$0].depth == .part && !nodes[$0].isContainer) }
    }

    /// The sections below a part or section, in document order.
    func sections(in index: Int) -> [Int] {
        ((index + 1)..<(nodes[index].subtreeEnd + 1)).filter { nodes[$0].depth == .section }
    }

    /// The part a part or section belongs to: itself for a part.
    func part(of index: Int) -> Int? {
        var current: Int? = index
        while let node = current, nodes[node].depth > .part { current = nodes[node].parent }
        guard let node = current, nodes[node].depth == .part else { return nil }
        return node
    }

    /// The features of a node's text: a part's or section's summed from its paragraphs, whose
    /// text its own joins with line breaks, which no feature spans.
    ///
    /// - Complexity: O(k log p) for k features in p paragraphs, O(n log n) in a sentence's text.
    func features(of index: Int) -> FeatureCounts {
        switch nodes[index].depth {
        case .paragraph:
            return nodes[index].paragraphFeatures
        case .document, .sentence:
            return TextFeatures.counts(of: nodes[index].text)
        case .part, .section:
            let paragraphs = ((index + 1)..<(nodes[index].subtreeEnd + 1)).filter { nodes[$0].depth == .paragraph }
            return FeatureCounts.sum(paragraphs.map { nodes[$0].paragraphFeatures }[...])
        }
    }

    /// The indices of the nodes at one depth, in document order.
    func indices(at depth: Depth) -> [Int] {
        nodes.indices.filter { nodes[$0].depth == depth }
    }

    private mutating func append(_ node: Node) -> Int {
        nodes.append(node)
        return nodes.count - 1
    }

    private mutating func finish(_ index: Int) {
        nodes[index].subtreeEnd = nodes.count - 1
    }

    /// Adds the paragraphs and child sections of a document or part, in document order.
    private mutating func addContents(of section: Section, to parent: Int, depth: Depth) {
        for block in section.blocks {
            switch block {
            case .paragraph(let paragraph):
                addParagraph(paragraph, to: parent)
            case .section(let child):
                switch (depth, child.kind) {
                case (.document, .part):
                    addHeaded(child, depth: .part, to: parent)
                case (_, .part), (_, .section), (_, .document):
                    addHeaded(child, depth: .section, to: parent)
                case (_, .item), (_, .lead):
                    for paragraph in child.allParagraphs { addParagraph(paragraph, to: parent) }
                }
            }
        }
    }

    private mutating func addHeaded(_ section: Section, depth: Depth, to parent: Int) {
        let enclosing = nodes[parent]
        if depth == .section, enclosing.depth == .part { nodes[parent].isContainer = true }
        let index = append(
            Node(
                depth: depth,
                ref: NodeRef(id: section.id, number: section.number, title: section.title),
                parent: parent, role: section.role ?? enclosing.role, period: section.period ?? enclosing.period,
                year: section.period == nil ? enclosing.year : section.year,
                text: "", subtreeEnd: 0,
                normalizedHeading: TextFeatures.normalizedHeading(section.title)))
        if depth == .part {
            addContents(of: section, to: index, depth: .part)
        } else {
            for paragraph in section.allParagraphs { addParagraph(paragraph, to: index) }
        }
        finish(index)
        // Every paragraph below, joined: so `features(of:)` may sum the paragraphs' features.
        nodes[index].text = ((index + 1)..<nodes.count).filter { nodes[$0].depth == .paragraph }
            .map { nodes[$0].text }.joined(separator: "\n")
    }

    private mutating func addParagraph(_ paragraph: Paragraph, to parent: Int) {
        let index = append(
            Node(
                depth: .paragraph, ref: NodeRef(id: paragraph.id, title: paragraph.text),
                parent: parent, text: paragraph.text, subtreeEnd: 0,
                paragraphFeatures: TextFeatures.counts(of: paragraph.text)))
        for sentence in paragraph.sentences {
            let leaf = append(
                Node(
                    depth: .sentence, ref: NodeRef(id: sentence.id, title: sentence.text),
                    parent: index, text: sentence.text, subtreeEnd: 0))
            finish(leaf)
        }
        finish(index)
    }
}
