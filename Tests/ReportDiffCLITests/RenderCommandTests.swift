import Foundation
import TestSupport
import Testing

/// `compare` writes the reviewer page beside the archive; `render` makes the same page from
/// the archive alone.
@Suite struct RenderCommandTests {
    @Test func compareWritesThePageAndRenderMakesTheSameBytes() throws {
        let folder = TemporaryFolder("render")
        let compare = try ReportDiffCommand.run([
            "compare", "Reports/us-sotu/2022.txt", "Reports/us-sotu/2023.txt", "-o", folder.path,
        ])
        #expect(compare.status == 0, "\(compare.errors)")
        let page = try Data(contentsOf: folder.appendingPathComponent("review.html"))
        let copy = folder.appendingPathComponent("copy.html")
        let render = try ReportDiffCommand.run(["render", folder.appendingPathComponent("comparison.xml").path, "-o", copy.path])
        #expect(render.status == 0, "\(render.errors)")
        #expect(try Data(contentsOf: copy) == page)

        let again = try ReportDiffCommand.run(["render", folder.appendingPathComponent("comparison.xml").path])
        #expect(again.status == 1)
        #expect(again.errors.contains("review.html: exists already; use --force to replace it"))
        let refused = try ReportDiffCommand.run(["compare", "Reports/us-sotu/2022.txt", "Reports/us-sotu/2023.txt", "-o", folder.path])
        #expect(refused.status == 1)
    }

    @Test func renderRefusesWhatIsNotAnArchive() throws {
        let folder = TemporaryFolder("render")
        let result = try ReportDiffCommand.run(["render", "Reports/us-sotu/2022.txt", "-o", folder.appendingPathComponent("never.html").path])
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("report-diff: Reports/us-sotu/2022.txt: "))
        #expect(result.errors.split(separator: "\n").count == 1)
    }
}
