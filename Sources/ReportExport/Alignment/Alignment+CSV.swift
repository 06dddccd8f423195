import Foundation
import ReportComparison
import ReportText

extension Alignment {
    /// The CSV header, exactly as the command-line contract fixes it.
    public static let csvHeader = "level,old_id,old_number,old_title,new_id,new_number,new_title,relation,score"

    /// The rows down to `level` as CSV: the header, then one line per row, fields quoted as
    /// RFC 4180 asks, lines ending in `\n`.
    ///
    /// Paragraph and sentence rows carry the first `excerptLength` characters of their text
    /// in the title columns.
    /// - Complexity: O(n) in the size of the rows.
    public func csv(through level: AlignmentLevel = .section, excerptLength: Int = 30) -> String {
        var lines = [Self.csvHeader]
        for row in rows(through: level) {
            let fields = [
                row.level.rawValue,
                row.old?.id ?? "", row.old?.number ?? "", row.old.map { row.label($0, excerptLength) } ?? "",
                row.new?.id ?? "", row.new?.number ?? "", row.new.map { row.label($0, excerptLength) } ?? "",
                row.relation.rawValue,
                String(format: "%.3f", row.score),
            ]
            lines.append(fields.map(\.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension AlignmentRow {
    /// The heading of a part or section; the start of a paragraph's or sentence's text.
    func label(_ node: NodeRef, _ excerptLength: Int) -> String {
        guard level >= .paragraph, node.title.count > excerptLength else { return node.title }
        return String(node.title.prefix(excerptLength)) + "…"
    }
}
