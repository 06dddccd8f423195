import Foundation
import ReportComparison
import ReportModel

/// A comparison as text for the terminal: a summary, or the full aligned diff with inline marks.
///
/// Deletions read `[-old-]` and insertions `{+new+}`, as in `git diff --word-diff`; with
/// `colors` on (a terminal), they are also red and green.
public struct ComparisonText: Sendable {
    public var comparison: Comparison
    public var colors: Bool

    /// Lines of each list shown in the summary.
    private static let listLength = 15

    public init(comparison: Comparison, colors: Bool = false) {
        self.comparison = comparison
        self.colors = colors
    }

    /// Parts and sections side by side, counts of sentence changes, the numeric changes, the
    /// key phrases that rose, fell, appeared or went.
    public var summary: String {
        var lines = [header, "", "Structure"]
        lines.append(comparison.alignment.text(through: .section).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        lines.append("")
        lines.append("Sentences: " + counts(at: .sentence))
        lines.append("Paragraphs: " + counts(at: .paragraph))

        if !comparison.scorecard.rows.isEmpty {
            lines.append("")
            lines.append("Targets and outcomes")
            lines.append(comparison.scorecard.text().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        }

        let numeric = comparison.numericChanges
        lines.append("")
        lines.append("Numeric changes (\(numeric.count))")
        for (edit, change) in numeric.prefix(Self.listLength) {
            lines.append("  \(paint(change.old, .deleted)) → \(paint(change.new, .inserted))   \(context(of: edit, change))")
        }
        if numeric.count > Self.listLength { lines.append("  … \(numeric.count - Self.listLength) more (review.html lists all under \"Only numeric changes\")") }

        lines.append("")
        lines.append("Key phrases (old → new)")
        let phrases = comparison.phraseChanges
        for kind in PhraseChange.Kind.allCases {
            let ofKind = phrases.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { continue }
            let shown = ofKind.prefix(Self.listLength).map { "\($0.phrase) \($0.oldCount)→\($0.newCount)" }
            lines.append("  \(kind.rawValue): " + shown.joined(separator: ", ") + (ofKind.count > Self.listLength ? ", …" : ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every aligned row with its relation; changed sentences with their edits marked inline.
    public var fullText: String {
        var lines = [header, ""]
        let edits = Dictionary(comparison.sentenceEdits.map { ($0.oldID + "|" + $0.newID, $0) }, uniquingKeysWith: { first, _ in first })
        for row in comparison.alignment.rows {
            let ids = "\(row.old?.id ?? "—") → \(row.new?.id ?? "—")"
            switch row.level {
            case .part, .section:
                let title = [row.old, row.new].compactMap { $0.map { "\($0.number.map { "\($0) " } ?? "")\($0.title)" } }
                lines.append("")
                lines.append("## \(row.level.rawValue) \(title.first ?? "") \(row.titleChanged ? "→ \(title.last ?? "") " : "")[\(row.relation.rawValue)] \(ids)")
            case .paragraph:
                if row.relation != .matched { lines.append("  ¶ \(row.relation.rawValue) \(ids)") }
            case .sentence:
                switch (row.old, row.new) {
                case (let old?, let new?):
                    let marker = row.relation == .matched ? "" : " (\(row.relation.rawValue))"
                    if let edit = edits[old.id + "|" + new.id] {
                        lines.append("  ~ \(marked(edit.diff))\(marker)  [\(ids)]")
                    } else if row.relation != .matched {
                        lines.append("  = \(new.title)\(marker)  [\(ids)]")
                    }
                case (let old?, nil):
                    lines.append("  - \(paint(old.title, .deleted))  [\(old.id)]")
                case (nil, let new?):
                    lines.append("  + \(paint(new.title, .inserted))  [\(new.id)]")
                case (nil, nil):
                    break
                }
            }
        }
        lines.append("")
        lines.append("## Key phrases (old → new)")
        for change in comparison.phraseChanges {
            lines.append("  \(change.phrase) \(change.oldCount) → \(change.newCount)  (\(change.kind.rawValue))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var header: String {
        func name(_ report: Report) -> String {
            let metadata = report.metadata
            return [metadata.issuer, metadata.title, metadata.date ?? metadata.year.map(String.init)].compactMap { $0 }.joined(separator: " ")
        }
        return "\(name(comparison.old))  →  \(name(comparison.new))"
    }

    private func counts(at level: AlignmentLevel) -> String {
        let rows = comparison.alignment.rows(at: level)
        let changed = level == .sentence ? comparison.sentenceEdits.count : nil
        var parts: [String] = []
        for relation in AlignmentRelation.allCases {
            let count = rows.filter { $0.relation == relation }.count
            if count > 0 { parts.append("\(count) \(relation.rawValue)") }
        }
        if let changed { parts.append("\(changed) rewritten") }
        return parts.joined(separator: ", ")
    }

    /// The words before a numeric change in the old sentence, to say what it is about.
    /// What the changed number measures: the subject of the old report's fact that states it
    /// (`地区生产总值` for `增长22.3%`), else the words before it in its clause.
    private func context(of edit: SentenceEdit, _ change: NumericChange) -> String {
        if let fact = comparison.oldFacts.first(where: { $0.sentenceID == edit.oldID && Self.states($0.quantity, change.old) }) {
            return "\(fact.subject)  [\(edit.oldID) → \(edit.newID)]"
        }
        let oldText = edit.diff.oldText
        let before = oldText.range(of: change.old).map { oldText[..<$0.lowerBound] } ?? ""
        let clause = before.split(whereSeparator: { "，。；：、,;".contains($0) }).last ?? ""
        return "\(clause.suffix(16))  [\(edit.oldID) → \(edit.newID)]"
    }

    /// Whether a number as the text writes it (`22.3%`, `198.5亿元以上`) is the quantity's, a fall
    /// written without its sign.
    private static func states(_ quantity: Quantity, _ number: String) -> Bool {
        let magnitude = quantity.value < 0 ? -quantity.value : quantity.value
        let digits = "\(magnitude)"
        return quantity.upperValue == nil && number.hasPrefix(digits) && number.dropFirst(digits.count).hasPrefix(quantity.unit)
    }

    private func marked(_ diff: TextDiff) -> String {
        diff.runs.map { run in
            switch run {
            case .equal(let text): text
            case .delete(let text): paint("[-\(text)-]", .deleted)
            case .insert(let text): paint("{+\(text)+}", .inserted)
            }
        }.joined()
    }

    private enum Mark { case deleted, inserted }

    private func paint(_ text: String, _ mark: Mark) -> String {
        guard colors else { return text }
        return (mark == .deleted ? "\u{1B}[31m" : "\u{1B}[32m") + text + "\u{1B}[0m"
    }
}
