import Foundation
import ReportModel
import ReportParsing
import TestSupport
import Testing

@testable import ReportExport

/// Exports/ holds the committed outputs for the sample pairs — each pair's archive and page,
/// and each report's outline and facts on their own, so a reader change shows in a small file
/// — made again in memory here and compared byte for byte (see `Golden`).
@Suite struct ExportsGoldenTests {
    @Test(arguments: SamplePairs.all)
    func exportsAreCurrent(_ old: String, _ new: String) async throws {
        let oldInput = try SamplePairs.input(old), newInput = try SamplePairs.input(new)
        let archive = await ComparisonArchive(old: oldInput, new: newInput)
        let issuer = URL(fileURLWithPath: old).deletingLastPathComponent().lastPathComponent
        let years = "\(oldInput.report.metadata.year ?? 0)-\(newInput.report.metadata.year ?? 0)"
        for (name, data) in try await archive.exportFiles() {
            try Golden.check(data, "Exports/\(issuer)/\(years)/\(name)")
        }
    }

    /// `Exports/outlines/<issuer>/<year>.xml` and `Exports/facts/<issuer>/<year>.csv`: what
    /// `outline --format xml` and `facts --format csv` print for each report of the pairs.
    @Test(arguments: SamplePairs.all.flatMap { [$0.0, $0.1] })
    func outlineAndFactsAreCurrent(_ path: String) throws {
        let report = try SamplePairs.input(path).report
        let file = URL(fileURLWithPath: path)
        let name = "\(file.deletingLastPathComponent().lastPathComponent)/\(file.deletingPathExtension().lastPathComponent)"
        try Golden.check(try report.xmlDocument(), "Exports/outlines/\(name).xml")
        try Golden.check(Data(FactFormatter.csv(FactExtractor().facts(in: report)).utf8), "Exports/facts/\(name).csv")
    }
}
