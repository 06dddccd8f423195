import ReportModel

/// The second pass over an outline, once the report's year is known: relative periods
/// (`过去五年工作回顾` in a 2018 report = 2013–2017), parts that carry on a plan, and the period of
/// every section and paragraph.
struct PeriodResolver: Sendable {
    /// The year the report is delivered in.
    var reportYear: Int?

    /// - Complexity: O(n) in the number of sections and paragraphs (each paragraph's opening is read).
    func resolve(_ root: Section) -> (root: Section, diagnostics: [Diagnostic]) {
        var root = root
        var diagnostics: [Diagnostic] = []
        var plan: (year: Int?, period: Period?)?
        root.blocks = root.blocks.map { block in
            guard case .section(var part) = block, part.kind == .part else {
                if case .section(let section) = block { return .section(resolved(section, inherited: nil)) }
                return block
            }
            if let reportYear, let relative = PeriodCue.relativePeriod(in: part.title, reportYear: reportYear) {
                part.period = PeriodCue.union([relative] + (part.period.map { [$0] } ?? []))
            } else if let reportYear, part.period == nil, let year = PeriodCue.relativeYear(in: part.title, reportYear: reportYear) {
                (part.year, part.period) = (year, Period(year: year))
            }
            var carriesPlan = false
            if part.role == .other, let plan, part.period == nil {
                // Old-style reports give each group of tasks its own part after the plan part
                // (2015: 三、把改革开放扎实推向纵深 …): they carry on the plan, the one just before
                // (Shanghai 2026: the year's tasks, not the five-year plan explained before them); a
                // heading naming its own time (`“十五五”开好局`) does not.
                part.role = .plan
                part.year = plan.year
                part.period = plan.period
                carriesPlan = true
            } else if part.role == .other, let reportYear, let period = part.period, period.first >= reportYear {
                // A part that speaks only of years to come lays out work (`“十五五”发展的主要考虑`).
                part.role = .plan
            } else if part.role == .other, let reportYear, let opening = Self.firstParagraph(of: part).flatMap({ openingTime(of: $0.text) }) {
                // `一、一年接着一年干，新福建建设持续取得新进展新成效`: a heading of slogans names no role;
                // the part's first words do (`2025年是“十四五”收官之年`, `“十五五”时期是…`).
                if opening.last < reportYear || opening.first >= reportYear {
                    part.role = opening.last < reportYear ? .review : .plan
                    (part.year, part.period) = (opening.isYear ? opening.first : nil, opening)
                }
            }
            if part.role == .plan {
                if !carriesPlan { plan = (part.year, part.period) }
            } else {
                plan = nil
            }
            if part.role == .other {
                diagnostics.append(Diagnostic(
                    .warning, code: "part-without-role",
                    message: "part \(part.number.map { "\($0) " } ?? "")“\(part.title)” names no role (review, plan, requirements …)",
                    range: part.range))
            }
            return .section(resolved(part, inherited: part.period))
        }
        return (root, diagnostics)
    }

    /// The time a paragraph opens on: a year (`2025年是…`), a year named relative to the report's
    /// (`过去一年`, `今年`) or a span (`五年来`, `“十五五”时期`).
    private func openingTime(of text: String) -> Period? {
        let head = text.prefix(8)
        if head.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }), head.dropFirst(4).first == "年", let year = Int(head.prefix(4)) {
            return Period(year: year)
        }
        if let reportYear, let year = PeriodCue.relativeYear(in: head, reportYear: reportYear) { return Period(year: year) }
        return PeriodCue.opening(of: text, reportYear: reportYear)
    }

    /// The first paragraph of a part, in it or in its first section.
    private static func firstParagraph(of section: Section) -> Paragraph? {
        for block in section.blocks {
            switch block {
            case .paragraph(let paragraph): return paragraph
            case .section(let child): if let found = firstParagraph(of: child) { return found }
            }
        }
        return nil
    }

    /// Gives every section and paragraph below `section` a period: its own cue or its parent's.
    private func resolved(_ section: Section, inherited: Period?) -> Section {
        var section = section
        if section.kind != .part {
            section.period = PeriodCue.fiveYearPlans(in: section.title).first
                ?? reportYear.flatMap { PeriodCue.relativePeriod(in: section.title, reportYear: $0) } ?? inherited
        }
        // `“十五五”时期目标任务和2026年工作安排`: a part headed by a span and a year gives its sections
        // and paragraphs the year; those about the span open on it (`“十五五”时期…`, `五年来，…`).
        let period = section.kind == .part ? section.year.map(Period.init(year:)) ?? section.period : section.period
        section.blocks = section.blocks.map { block in
            switch block {
            case .section(let child):
                return .section(resolved(child, inherited: period))
            case .paragraph(var paragraph):
                paragraph.period = PeriodCue.opening(of: paragraph.text, reportYear: reportYear) ?? period
                return .paragraph(paragraph)
            }
        }
        return section
    }
}
