import Foundation
import ReportComparison
import ReportText

extension Alignment {
    /// The CSV header, exactly as the command-line contract fixes it.
    public static let csvHeader = "level,old_id,old_number,old_title,new_id,new_number,new_title,relation,score,old_level,new_level"

    /// The rows down to `level` as CSV: the header, then one line per row, fields quoted as
    /// RFC 4180 asks, lines ending in `\n`.
    ///
    /// `level` is the coarser level of the row; `old_level` and `new_level` say where each side
    /// stands, which differ when a part pairs with a section (tasks moved from parts into
    /// sections). Paragraph and sentence rows carry the first `excerptLength` characters of their text
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
                ScoreText.threeDecimals(row.score),
                row.old.map { ($0.level ?? row.level).rawValue } ?? "",
                row.new.map { ($0.level ?? row.level).rawValue } ?? "",
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
