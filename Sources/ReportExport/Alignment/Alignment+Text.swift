import Foundation
import ReportComparison
import ReportText

extension Alignment {
    /// The rows down to `level` as a side-by-side listing for a terminal under a header line:
    /// old on the left, new on the right, indented by level, then the relation and score.
    ///
    /// Han and other wide characters count two columns, so the columns line up in a terminal.
    /// - Complexity: O(n) in the size of the rows.
    public func text(through level: AlignmentLevel = .section, columnWidth: Int = 44) -> String {
        var lines = ["\(TextTable.padded("old", to: columnWidth)) │ \(TextTable.padded("new", to: columnWidth)) relation score"]
        for row in rows(through: level) {
            let indent = String(repeating: "  ", count: AlignmentLevel.allCases.firstIndex(of: row.level) ?? 0)
            func side(_ node: NodeRef?) -> String {
                guard let node else { return TextTable.padded(indent + "—", to: columnWidth) }
                var label = row.label(node, 24)
                if let number = node.number { label = "\(number) \(label)" }
                return TextTable.padded(indent + label, to: columnWidth)
            }
            var relation = row.relation.rawValue
            if row.titleChanged { relation += " (renamed)" }
            let score = row.old != nil && row.new != nil ? " " + ScoreText.threeDecimals(row.score) : ""
            lines.append("\(side(row.old)) │ \(side(row.new)) \(relation)\(score)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
