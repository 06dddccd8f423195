import ReportComparison
import ReportModel
import ReportText

extension Scorecard {
    /// The CSV header, exactly as the command-line contract fixes it.
    /// `period` is the row's years (`2024`, `2016-2020`); `headline` is `yes` for a row of the list of main targets.
    public static let csvHeader = "indicator,measure,year,target,outcome,verdict,next_target,change,period,headline"

    /// The header, then one line per row; absent cells are empty, fields are quoted as RFC 4180
    /// asks, lines end in `\n`.
    /// - Complexity: O(n) in the size of the rows.
    public func csv() -> String {
        var lines = [Self.csvHeader]
        for row in rows {
            let fields = [
                row.indicator, row.measure.rawValue, String(row.year), row.target?.quantity.shortText ?? "",
                row.outcome?.quantity.shortText ?? "", row.verdict?.rawValue ?? "",
                row.nextTarget?.quantity.shortText ?? "", row.change?.rawValue ?? "", row.period.description,
                row.isHeadline ? "yes" : "",
            ]
            lines.append(fields.map(\.csvField).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
