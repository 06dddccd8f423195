import ReportModel
import ReportParsing

extension Scorecard {
    /// A table for a terminal: indicator, measure, year, target, outcome, verdict, next target,
    /// change and a note saying why a row is not comparable or not reported. Wide characters
    /// count two columns, so the columns line up.
    ///
    /// With `showingSources`, each row is followed by the sentence every cell was read from,
    /// with its id, so that a reader can check it.
    /// - Complexity: O(n) in the size of the rows and their sentences.
    public func text(showingSources: Bool = false) -> String {
        let header = ["indicator", "measure", "year", "target", "outcome", "verdict", "next target", "change", "note"]
        let cells = rows.map { row in
            [
                row.indicator, row.measure.rawValue, String(row.year), row.target?.quantity.shortText ?? "—",
                row.outcome?.quantity.shortText ?? "—", row.verdict?.rawValue ?? "—",
                row.nextTarget?.quantity.shortText ?? "—", row.change?.rawValue ?? "—", row.reason ?? "",
            ]
        }
        let widths = header.indices.map { column in
            ([header] + cells).map { $0[column].terminalWidth }.max() ?? 0
        }
        func line(_ row: [String]) -> String {
            let padded = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : Alignment.padded(cell, to: widths[column])
            }
            return padded.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [line(header)]
        for (row, rowCells) in zip(rows, cells) {
            lines.append(line(rowCells))
            guard showingSources else { continue }
            let sources = [("target", row.target), ("outcome", row.outcome), ("next target", row.nextTarget)]
            for case let (label, fact?) in sources {
                lines.append("    \(Alignment.padded(label, to: 11))  \(fact.sentenceID)  \(fact.sentence)")
            }
        }
        lines.append("\(rows.count) rows")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// The text without the spaces that pad its last column.
    /// - Complexity: O(n).
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
