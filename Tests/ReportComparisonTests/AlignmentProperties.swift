import Testing
import ReportComparison
import ReportModel

/// Checks that hold for every alignment, whatever the reports.
enum AlignmentProperties {
    /// Each node is in one matched or moved row, or in split or merged rows, or in one added or
    /// removed row; a split shares its old node and a merge its new node, nothing else is shared.
    static func expectOneToOne(_ alignment: Alignment, sourceLocation: SourceLocation = #_sourceLocation) {
        for level in AlignmentLevel.allCases {
            let rows = alignment.rows(at: level)
            var oldUses: [String: [AlignmentRelation]] = [:], newUses: [String: [AlignmentRelation]] = [:]
            for row in rows {
                if let id = row.old?.id { oldUses[id, default: []].append(row.relation) }
                if let id = row.new?.id { newUses[id, default: []].append(row.relation) }
            }
            for (id, uses) in oldUses where uses.count > 1 {
                #expect(uses.allSatisfy { $0 == .split }, "old \(level) \(id): \(uses)", sourceLocation: sourceLocation)
            }
            for (id, uses) in newUses where uses.count > 1 {
                #expect(uses.allSatisfy { $0 == .merged }, "new \(level) \(id): \(uses)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Every part, section, paragraph and sentence of both reports appears in some row.
    static func expectCoverage(
        _ alignment: Alignment, old: Report, new: Report, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let oldIDs = Set(alignment.rows.compactMap(\.old?.id))
        let newIDs = Set(alignment.rows.compactMap(\.new?.id))
        for (report, ids) in [(old, oldIDs), (new, newIDs)] {
            let sentences = report.allParagraphs.flatMap { $0.paragraph.sentences.map(\.id) }
            let paragraphs = report.allParagraphs.map(\.paragraph.id)
            let headed = report.allSections.filter { $0.kind == .part || $0.kind == .section }.map(\.id)
            let missing = (sentences + paragraphs + headed).filter { !ids.contains($0) }
            #expect(missing.isEmpty, "not in any row: \(missing.prefix(5))", sourceLocation: sourceLocation)
        }
    }

    /// Aligning NEW with OLD gives the same rows seen from the other side.
    static func expectMirrored(
        _ forward: Alignment, _ backward: Alignment, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let mirrored = Set(backward.rows.map { RowSummary($0.mirrored) })
        let original = Set(forward.rows.map(RowSummary.init))
        #expect(original.subtracting(mirrored).isEmpty, "only forward: \(original.subtracting(mirrored).prefix(5))", sourceLocation: sourceLocation)
        #expect(mirrored.subtracting(original).isEmpty, "only backward: \(mirrored.subtracting(original).prefix(5))", sourceLocation: sourceLocation)
    }
}
