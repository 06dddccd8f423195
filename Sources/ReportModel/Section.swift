/// What a part of a report does.
///
/// `review` and `plan` may speak of one year or of a period (`过去五年工作回顾`, `“十五五”时期主要目标任务`);
/// the part's `period` says which.
public enum PartRole: String, Sendable, Hashable, CaseIterable {
    /// Looks back: `2024年工作回顾`, `过去五年工作回顾`, `A Review of the Work in 2014`.
    case review
    /// Lays out work to come: `2025年政府工作任务`, `重点工作`, `对2018年政府工作的建议`, `Tasks for 2019`.
    case plan
    /// The general requirements and policy orientation (`总体要求和政策取向`).
    case requirements
    /// The government's own conduct (`政府自身建设`).
    case government
    /// Matter attached after the report: `附件1 2026年省十件民生实事`, `名词解释`.
    case appendix
    case other
}

/// The years a piece of a report speaks of, first to last inclusive: one year (`2024…2024`) or a
/// period (`十四五` = 2021…2025, `过去五年` in a 2018 report = 2013…2017).
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    public init(year: Int) {
        self.init(first: year, last: year)
    }

    /// One calendar year rather than a span of several.
    public var isYear: Bool { first == last }

    /// `2024` or `2021-2025`: the form used in outlines, CSV and XML.
    public var description: String { isYear ? "\(first)" : "\(first)-\(last)" }

    /// Reads the `description` form back.
    public init?(_ text: some StringProtocol) {
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(bounds.count), let first = Int(bounds[0]), let last = Int(bounds[bounds.count - 1])
        else { return nil }
        self.init(first: first, last: last)
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.first, lhs.last) < (rhs.first, rhs.last)
    }
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
    /// The one year the part names or continues (`2023年工作回顾` → 2023); also set on a part that
    /// combines a year and a period (`2025年和“十四五”时期工作回顾`: year 2025, period 2021…2025).
    public var year: Int?
    /// The years the node speaks of, when known: one year or a period (`十四五` → 2021…2025).
    /// Parts and sections without a cue of their own take their parent's.
    public var period: Period?
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
        year: Int? = nil, period: Period? = nil, range: SourceRange, blocks: [Block]
    ) {
        self.id = id
        self.kind = kind
        self.number = number
        self.title = title
        self.role = role
        self.year = year
        self.period = period ?? year.map(Period.init(year:))
        self.range = range
        self.blocks = blocks
    }

    /// A section whose own paragraphs all come before its subsections.
    public init(
        id: String, kind: Kind, number: String? = nil, title: String, role: PartRole? = nil,
        year: Int? = nil, period: Period? = nil, range: SourceRange, paragraphs: [Paragraph] = [],
        children: [Section] = []
    ) {
        self.init(
            id: id, kind: kind, number: number, title: title, role: role, year: year, period: period, range: range,
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
    /// The years the paragraph speaks of: its own cue (`五年来`, `“十四五”时期`) or its section's.
    public var period: Period?

    public init(id: String, text: String, sentences: [Sentence], range: SourceRange, period: Period? = nil) {
        self.id = id
        self.text = text
        self.sentences = sentences
        self.range = range
        self.period = period
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
