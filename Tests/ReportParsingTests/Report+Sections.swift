import ReportModel

extension Report {
    /// Every section below the root with the given kind.
    func sections(_ kind: Section.Kind) -> [Section] { allSections.filter { $0.kind == kind } }

    /// The parts, in order.
    var parts: [Section] { root.children.filter { $0.kind == .part } }

    /// Each section's kind, role and period: what a report read from another form must keep.
    var sectionShape: [String] {
        allSections.map { "\($0.kind) \($0.role.map { "\($0)" } ?? "-") \($0.period?.description ?? "-")" }
    }
}
