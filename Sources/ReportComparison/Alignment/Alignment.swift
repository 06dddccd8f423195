/// How the outline of one report maps onto the outline of the next, level by level.
///
/// Rows come in the document order of the new report; a row for something the new report
/// dropped follows the row of its preceding neighbour in the old report.
public struct Alignment: Sendable, Hashable {
    public var rows: [AlignmentRow]

    public init(rows: [AlignmentRow]) {
        self.rows = rows
    }

    /// The rows of one level, in order.
    public func rows(at level: AlignmentLevel) -> [AlignmentRow] {
        rows.filter { $0.level == level }
    }

    /// The rows down to and including `level`: parts and sections by default.
    public func rows(through level: AlignmentLevel) -> [AlignmentRow] {
        rows.filter { $0.level <= level }
    }
}

/// The depth a row speaks of, from coarse to fine.
public enum AlignmentLevel: String, Sendable, Hashable, CaseIterable, Comparable {
    case part, section, paragraph, sentence

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// What became of a node between the two reports.
public enum AlignmentRelation: String, Sendable, Hashable, CaseIterable {
    /// Aligned, and in the same order as its neighbours.
    case matched
    /// Aligned, but out of order or under another parent; the fewest such rows explain the order.
    case moved
    /// One old node whose content now stands in several new ones; one row per new node.
    case split
    /// Several old nodes joined into one new node; one row per old node.
    case merged
    /// Only in the new report.
    case added
    /// Only in the old report.
    case removed

    /// The relation seen from the other side: comparing NEW with OLD instead of OLD with NEW.
    public var mirrored: AlignmentRelation {
        switch self {
        case .matched, .moved: self
        case .split: .merged
        case .merged: .split
        case .added: .removed
        case .removed: .added
        }
    }
}

/// Names a node of one report in an alignment row.
public struct NodeRef: Sendable, Hashable {
    /// The node's id in its report (`part3.sec1`, a paragraph or sentence id).
    public var id: String
    /// The number as written (`三`, `一`); `nil` for paragraphs and sentences.
    public var number: String?
    /// The heading of a part or section; the whole text of a paragraph or sentence.
    public var title: String

    public init(id: String, number: String? = nil, title: String) {
        self.id = id
        self.number = number
        self.title = title
    }

    /// The level the node stands at, read from the last step of its id (`part3` a part,
    /// `part3.sec5` a section, `…p1` a paragraph, `…p1.s2` a sentence): a row may pair a part
    /// with a section, and is listed at the coarser of the two.
    public var level: AlignmentLevel? {
        let step = id.split(separator: ".").last?.prefix(while: \.isLetter) ?? ""
        return switch step {
        case "part": .part
        case "sec": .section
        case "p": .paragraph
        case "s": .sentence
        default: nil
        }
    }
}

/// One line of an alignment: an old node, a new node, or both, and how they relate.
public struct AlignmentRow: Sendable, Hashable {
    public var level: AlignmentLevel
    public var old: NodeRef?
    public var new: NodeRef?
    public var relation: AlignmentRelation
    /// Similarity of the two nodes in 0…1; 1 for identical content, 0 when one side is missing.
    public var score: Double
    /// Set on an aligned part or section whose heading is worded differently (a rename).
    /// Years in headings do not count: `2023年工作回顾` and `2024年工作回顾` read the same.
    public var titleChanged: Bool

    public init(
        level: AlignmentLevel, old: NodeRef?, new: NodeRef?, relation: AlignmentRelation,
        score: Double, titleChanged: Bool = false
    ) {
        self.level = level
        self.old = old
        self.new = new
        self.relation = relation
        self.score = score
        self.titleChanged = titleChanged
    }

    /// The same row seen from the other side.
    public var mirrored: AlignmentRow {
        AlignmentRow(
            level: level, old: new, new: old, relation: relation.mirrored, score: score,
            titleChanged: titleChanged)
    }
}
