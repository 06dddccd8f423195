import ReportModel

extension Report {
    /// Every section below the root with the given kind.
    func sections(_ kind: Section.Kind) -> [Section] { allSections.filter { $0.kind == kind } }

    /// The parts, in order.
    var parts: [Section] { root.children.filter { $0.kind == .part } }
}
