/// Columns for a terminal, lined up by terminal width (wide characters count two): the one
/// table layout the fact, alignment and scorecard listings share.
public enum TextTable {
    /// The rows as lines: every column but the last padded to its widest cell, columns two
    /// spaces apart.
    /// - Complexity: O(n) in the total length of the cells.
    public static func lines(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in
            rows.map { column < $0.count ? $0[column].terminalWidth : 0 }.max() ?? 0
        }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : padded(cell, to: widths[column])
            }
            .joined(separator: "  ")
        }
    }

    /// Cuts (with an ellipsis) or pads `text` to exactly `width` terminal columns; line breaks
    /// are dropped so a cell stays on its line.
    /// - Complexity: O(n).
    public static func padded(_ text: String, to width: Int) -> String {
        let characters = text.filter { !$0.isNewline }
        func columns(_ character: Character) -> Int { character.isWide ? 2 : 1 }
        var result = "", used = 0
        if characters.terminalWidth <= width {
            result = characters
            used = characters.terminalWidth
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
