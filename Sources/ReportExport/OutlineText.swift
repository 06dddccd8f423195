import ReportModel

/// A report's outline as indented text for the terminal: one line per section and paragraph.
public struct OutlineText: Sendable {
    public var report: Report
    /// Whether to list every sentence under its paragraph.
    public var showsSentences: Bool

    /// Characters of a paragraph shown when sentences are not listed.
    private static let excerptLength = 24

    public init(report: Report, showsSentences: Bool = false) {
        self.report = report
        self.showsSentences = showsSentences
    }

    public var rendered: String {
        var lines: [String] = []
        let metadata = report.metadata
        let fields: [(String, String?)] = [
            ("title", metadata.title), ("issuer", metadata.issuer), ("date", metadata.date),
            ("meeting", metadata.meeting), ("speaker", metadata.speaker), ("year", metadata.year.map(String.init)),
            ("encoding", report.encoding.rawValue),
            ("truncated", metadata.continuation.map { "yes (continues on \($0))" }),
        ]
        for case let (name, value?) in fields {
            lines.append("\(name): \(value)")
        }
        for diagnostic in report.diagnostics {
            let place = diagnostic.range.map { " [\($0.start)]" } ?? ""
            lines.append("\(diagnostic.severity.rawValue): \(diagnostic.code): \(diagnostic.message)\(place)")
        }
        lines.append("")
        render(report.root, depth: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private func render(_ section: Section, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        for block in section.blocks {
            switch block {
            case .section(let child):
                lines.append("\(indent)\(heading(of: child))  [\(child.id)] \(child.range.start)")
                render(child, depth: depth + 1, into: &lines)
            case .paragraph(let paragraph):
                if showsSentences {
                    lines.append("\(indent)¶ [\(paragraph.id)]")
                    for sentence in paragraph.sentences {
                        lines.append("\(indent)  · [\(sentence.id)] \(sentence.text)")
                    }
                } else {
                    let excerpt = paragraph.text.prefix(Self.excerptLength)
                    let more = paragraph.text.count > Self.excerptLength ? "…" : ""
                    lines.append("\(indent)¶ [\(paragraph.id)] \(excerpt)\(more) (\(paragraph.sentences.count) sentences)")
                }
            }
        }
    }

    private func heading(of section: Section) -> String {
        var text: String
        switch section.kind {
        case .document:
            text = ""
        case .part:
            text = "part \(section.number.map { $0.allSatisfy(\.isASCII) ? "\($0). " : $0.last?.isASCII == true ? "\($0) " : "\($0)、" } ?? "")\(section.title)"
            if let role = section.role { text += "  role=\(role.rawValue)" }
            if let year = section.year { text += " year=\(year)" }
            if let period = section.period, !period.isYear || section.year == nil { text += " period=\(period)" }
        case .section:
            text = "section \(section.number.map { "（\($0)）" } ?? "")\(section.title)"
        case .item:
            text = "item \(section.number ?? "") \(section.title)"
        case .lead:
            text = "lead \(section.title)"
        }
        return text
    }
}
