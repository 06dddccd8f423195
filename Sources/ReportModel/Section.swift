/// What a part of a report does: look back on last year, lay out this year's plan, or neither.
public enum PartRole: String, Sendable, Hashable, CaseIterable {
    case review, plan, other
}

/// A node of a report's outline.
///
/// Sections nest: a document holds parts (`一、`), parts hold sections (`（一）`), sections hold
/// items (`1.`, `（1）`) and lead sub-headings (`——经济总体回升向好。`, `做实项目盘子。`).
public struct Section: Sendable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case document, part, section, item, lead
    }

    /// Stable within one report: `part3.sec1.lead2`. Built from positions, not from text.
    public var id: String
    public var kind: Kind
    /// The number as written, without brackets or punctuation: `三`, `一`, `2`.
    public var number: String?
    /// The heading text without its number and final punctuation.
    public var title: String
    /// What a part does; `nil` below the part level.
    public var role: PartRole?
    /// The year the part speaks of (`2023年工作回顾` → 2023).
    public var year: Int?
    /// The range of the heading, or of the whole node for the document.
    public var range: SourceRange
    /// The content in document order: paragraphs and subsections may interleave
    /// (a part's closing paragraphs follow its `——` lead bullets).
    public var blocks: [Block]

    /// A piece of a section's content.
    public enum Block: Sendable, Hashable {
        case paragraph(Paragraph)
        case section(Section)
    }

    public init(
        id: String, kind: Kind, number: String? = nil, title: String, role: PartRole? = nil,
        year: Int? = nil, range: SourceRange, blocks: [Block]
    ) {
        self.id = id
        self.kind = kind
        self.number = number
        self.title = title
        self.role = role
        self.year = year
        self.range = range
        self.blocks = blocks
    }

    /// A section whose own paragraphs all come before its subsections.
    public init(
        id: String, kind: Kind, number: String? = nil, title: String, role: PartRole? = nil,
        year: Int? = nil, range: SourceRange, paragraphs: [Paragraph] = [], children: [Section] = []
    ) {
        self.init(
            id: id, kind: kind, number: number, title: title, role: role, year: year, range: range,
            blocks: paragraphs.map(Block.paragraph) + children.map(Block.section)
        )
    }

    /// The section's own paragraphs, in document order.
    public var paragraphs: [Paragraph] {
        blocks.compactMap { if case .paragraph(let paragraph) = $0 { paragraph } else { nil } }
    }

    /// The section's direct subsections, in document order.
    public var children: [Section] {
        blocks.compactMap { if case .section(let section) = $0 { section } else { nil } }
    }

    /// The paragraphs of this node and all its descendants, in document order.
    public var allParagraphs: [Paragraph] {
        blocks.flatMap { block -> [Paragraph] in
            switch block {
            case .paragraph(let paragraph): [paragraph]
            case .section(let section): section.allParagraphs
            }
        }
    }
}

/// A paragraph: a run of sentences as the author wrote them together.
public struct Paragraph: Sendable, Hashable, Identifiable {
    public var id: String
    /// The re-flowed text: hard line breaks joined, furniture removed.
    public var text: String
    /// The sentences of `text`, in order; the spaces between English sentences belong to none.
    public var sentences: [Sentence]
    public var range: SourceRange

    public init(id: String, text: String, sentences: [Sentence], range: SourceRange) {
        self.id = id
        self.text = text
        self.sentences = sentences
        self.range = range
    }
}

/// A sentence, ending at `。！？；` (Chinese) or `. ! ?` (English), keeping its punctuation.
public struct Sentence: Sendable, Hashable, Identifiable {
    public var id: String
    public var text: String
    public var range: SourceRange

    public init(id: String, text: String, range: SourceRange) {
        self.id = id
        self.text = text
        self.range = range
    }
}
