import Foundation
import ReportParsing

extension Alignment {
    /// The rows down to `level` as a side-by-side listing for a terminal under a header line:
    /// old on the left, new on the right, indented by level, then the relation and score.
    ///
    /// Han and other wide characters count two columns, so the columns line up in a terminal.
    /// - Complexity: O(n) in the size of the rows.
    public func text(through level: AlignmentLevel = .section, columnWidth: Int = 44) -> String {
        var lines = ["\(Self.padded("old", to: columnWidth)) │ \(Self.padded("new", to: columnWidth)) relation score"]
        for row in rows(through: level) {
            let indent = String(repeating: "  ", count: AlignmentLevel.allCases.firstIndex(of: row.level) ?? 0)
            func side(_ node: NodeRef?) -> String {
                guard let node else { return Self.padded(indent + "—", to: columnWidth) }
                var label = row.label(node, 24)
                if let number = node.number { label = "\(number) \(label)" }
                return Self.padded(indent + label, to: columnWidth)
            }
            var relation = row.relation.rawValue
            if row.titleChanged { relation += " (renamed)" }
            let score = row.old != nil && row.new != nil ? String(format: " %.3f", row.score) : ""
            lines.append("\(side(row.old)) │ \(side(row.new)) \(relation)\(score)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Cuts (with an ellipsis) or pads `text` to exactly `width` terminal columns.
    ///
    /// - Complexity: O(n).
    static func padded(_ text: String, to width: Int) -> String {
        let characters = text.filter { !$0.isNewline }
        func columns(_ character: Character) -> Int { character.isWide ? 2 : 1 }
        var result = "", used = 0
        if characters.reduce(0, { $0 + columns($1) }) <= width {
            result = characters
            used = characters.reduce(0) { $0 + columns($1) }
        } else {
            for character in characters {
                guard used + columns(character) < width else { break }
                result.append(character)
                used += columns(character)
            }
            result += "…"
            used += 1
        }
        return result + String(repeating: " ", count: max(0, width - used))
    }
}
