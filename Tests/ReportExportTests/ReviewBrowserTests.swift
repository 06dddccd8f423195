import Foundation
import Testing

@testable import ReportExport

/// The page in a real browser: headless Chromium opens it with `#selftest`, the page's script
/// checks itself (rows, ids, filters, redline, deep links, keys, marks, export, blocked loads)
/// and the DOM it leaves behind is read back.
@Suite(.enabled(if: ReviewBrowser.isAvailable, "chromium is not installed (apt-get install chromium)"))
struct ReviewBrowserTests {
    @Test(arguments: SamplePairs.all)
    func pagePassesItsSelfTestWithNothingBlocked(_ old: String, _ new: String) async throws {
        let (page, xml) = try await ReviewFixtures.samplePage(old, new)
        let name = ReviewFixtures.exportPath(old, new).split(separator: "/").dropFirst().dropLast().joined(separator: "-")
        let file = try ReviewFixtures.write(page.data, named: "\(name).html")
        let run = try ReviewBrowser.dumpDOM(of: file, fragment: "#selftest")
        let results = ReviewBrowser.text(ofElement: "selftest", in: run.dom) ?? "(no self-test output)"
        #expect(run.dom.contains("data-selftest=\"pass\""), "\(results)")
        #expect(run.console.isEmpty, "\(run.console)")
        #expect(!results.contains("FAIL"), "\(results)")

        let export = try #require(ReviewBrowser.text(ofElement: "selftest-export", in: run.dom))
        #expect(export.contains("archive=\"\(SHA256.hex(xml))\""))
        #expect(export.contains("<comment>Checked &lt;&amp;&gt; &quot;ok&quot;</comment>"))
        try ArchiveSchema.validate(Data(export.utf8))
    }

    @Test func hostileTextRunsNothingInTheBrowser() async throws {
        let file = try ReviewFixtures.write(try await ReviewFixtures.hostilePage().page.data, named: "hostile.html")
        let run = try ReviewBrowser.dumpDOM(of: file, fragment: "#selftest")
        let results = ReviewBrowser.text(ofElement: "selftest", in: run.dom) ?? "(no self-test output)"
        #expect(run.dom.contains("data-selftest=\"pass\""), "\(results)")
        #expect(results.contains("PASS report text runs nothing"))
        #expect(run.console.isEmpty, "\(run.console)")
        #expect(run.dom.contains("&lt;script&gt;window.reportDiffHostile=1&lt;/script&gt;"))
    }

    @Test func screenshotOfTheTopOfThePage() async throws {
        let (page, _) = try await ReviewFixtures.samplePage("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt")
        let file = try ReviewFixtures.write(page.data, named: "cn-national-2024-2025.html")
        let shot = file.deletingPathExtension().appendingPathExtension("png")
        try? FileManager.default.removeItem(at: shot)
        try ReviewBrowser.screenshot(of: file, to: shot)
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 50_000, "a blank page compresses to a few kilobytes")
    }
}
