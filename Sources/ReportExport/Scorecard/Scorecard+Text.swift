import ReportComparison
import ReportModel
import ReportText

extension Scorecard {
    /// A table for a terminal: indicator, measure, year, target, outcome, verdict, next target,
    /// change and a note saying why a row is not comparable or not reported. Indicators are named
    /// and values read in the report's language (`城镇调查失业率`, `超过3%`, `约1.5万亿元`); wide
    /// characters count two columns, so the columns line up. Headline rows are starred.
    ///
    /// Unless `all`, only headline and lexicon rows are listed and the rest are counted in a
    /// closing line. Period rows (five-year plans) follow under a heading of their own.
    /// With `showingSources`, each row is followed by the sentence every cell was read from,
    /// with its id, so that a reader can check it.
    /// - Complexity: O(n) in the size of the rows and their sentences.
    public func text(showingSources: Bool = false, all: Bool = false, lexicon: IndicatorLexicon = .shipped) -> String {
        let header = ["indicator", "measure", "year", "target", "outcome", "verdict", "next target", "change", "note"]
        let shown = all ? rows : rows.filter { $0.isHeadline || $0.isLexicon }
        let annual = shown.filter(\.period.isYear)
        let periods = shown.filter { !$0.period.isYear }
        let cells = (annual + periods).map { row in
            let name = lexicon.name(of: row.indicator, chinese: row.isChinese) ?? row.indicator
            return [
                (row.isHeadline ? "*" : "") + name, row.measure.rawValue, row.period.description,
                row.target?.naturalValue ?? "—", row.outcome?.naturalValue ?? "—", row.verdict?.rawValue ?? "—",
                row.nextTarget?.naturalValue ?? "—", row.change?.rawValue ?? "—", row.reason ?? "",
            ]
        }
        let table = TextTable.lines([header] + cells).map { $0.trimmingTrailingSpaces() }
        var lines = [table[0]]
        for (index, (row, line)) in zip(annual + periods, table.dropFirst()).enumerated() {
            if index == annual.count { lines.append("five-year periods:") }
            lines.append(line)
            guard showingSources else { continue }
            let sources = [("target", row.target), ("outcome", row.outcome), ("next target", row.nextTarget)]
            for case let (label, fact?) in sources {
                lines.append("    \(TextTable.padded(label, to: 11))  \(fact.sentenceID)  \(fact.sentence)")
            }
        }
        let folded = rows.count - shown.count
        lines.append(
            folded > 0
                ? "\(shown.count) rows (* headline); \(folded) more outside the lexicon, --all shows them"
                : "\(rows.count) rows" + (rows.contains(where: \.isHeadline) ? " (* headline)" : "")
        )
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
