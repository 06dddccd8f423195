import Foundation

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
        func columns(_ character: Character) -> Int {
            character.unicodeScalars.contains(where: isWide) ? 2 : 1
        }
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

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
