/// What a report says about itself: read from its title block, wherever that stands.
public struct ReportMetadata: Sendable, Hashable {
    public var title: String?
    public var issuer: String?
    /// ISO 8601 date of delivery, `2025-02-26`.
    public var date: String?
    public var meeting: String?
    public var speaker: String?
    /// The year the report is delivered in.
    public var year: Int?
    /// Set when the text stops before the report does, e.g. `（下转第4版）`.
    public var continuation: String?

    public init(
        title: String? = nil, issuer: String? = nil, date: String? = nil, meeting: String? = nil,
        speaker: String? = nil, year: Int? = nil, continuation: String? = nil
    ) {
        self.title = title
        self.issuer = issuer
        self.date = date
        self.meeting = meeting
        self.speaker = speaker
        self.year = year
        self.continuation = continuation
    }

    public var isTruncated: Bool { continuation != nil }
}

/// A report read into structure: metadata, an outline of sections, paragraphs and sentences,
/// and what the reader noticed on the way.
public struct Report: Sendable, Hashable {
    public var metadata: ReportMetadata
    public var encoding: TextEncoding
    /// The root of the outline (kind `.document`); parts and sections are its descendants.
    public var root: Section
    public var diagnostics: [Diagnostic]

    public init(metadata: ReportMetadata, encoding: TextEncoding, root: Section, diagnostics: [Diagnostic]) {
        self.metadata = metadata
        self.encoding = encoding
        self.root = root
        self.diagnostics = diagnostics
    }

    /// Every section below the root, depth first in document order.
    public var allSections: [Section] {
        var result: [Section] = []
        func visit(_ section: Section) {
            for child in section.children {
                result.append(child)
                visit(child)
            }
        }
        visit(root)
        return result
    }

    /// Every paragraph with the section that holds it, in document order.
    public var allParagraphs: [(section: Section, paragraph: Paragraph)] {
        var result: [(Section, Paragraph)] = []
        func visit(_ section: Section) {
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph): result.append((section, paragraph))
                case .section(let child): visit(child)
                }
            }
        }
        visit(root)
        return result
    }
}
