import Foundation
import Testing

@testable import ReportExport

/// The page as its two users meet it, in headless Chromium: the first screen, a phone, a whole
/// section reviewed in one action that survives a reload and a regenerated archive, and an
/// accessibility audit.
@Suite(.enabled(if: ReviewBrowser.isAvailable, "chromium is not installed (apt-get install chromium)"))
struct ReviewBrowserReviewTests {
    static let firstScreenPairs = [
        ("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt"),
        ("Reports/cn-guangdong/2025.txt", "Reports/cn-guangdong/2026.txt"),
        ("Reports/us-sotu/2023.txt", "Reports/us-sotu/2024.txt"),
    ]

    /// Writes `{"…": …}` of what a probe measured into `<pre id="probe">`.
    static func probeScript(_ body: String) -> String {
        """
        document.addEventListener('DOMContentLoaded', function () {
          var out = function (value) { var pre = document.createElement('pre'); pre.id = 'probe'; pre.textContent = JSON.stringify(value); document.body.appendChild(pre); };
          \(body)
        });
        """
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "\(text)")
    }

    @Test(arguments: firstScreenPairs)
    func theSummaryAndHeadlineScorecardAreOnTheFirstScreen(_ old: String, _ new: String) async throws {
        let html = try await ReviewFixtures.samplePage(old, new).page.html
        let probe = try ReviewBrowser.probe(html, named: "first-screen.html", script: Self.probeScript("""
            var bottom = function (selector) { var element = document.querySelector(selector); return element ? element.getBoundingClientRect().bottom : -1; };
            out({ summary: bottom('.sum'), scorecard: bottom('#scorecard .tw, #scorecard .none'), height: innerHeight, text: document.querySelector('.sum').textContent });
            """))
        let result = try Self.json(probe)
        let height = try #require(result["height"] as? Double)
        #expect((result["summary"] as? Double ?? 1e9) <= height, "\(result)")
        #expect((result["scorecard"] as? Double ?? 1e9) <= height, "\(result)")
        #expect((result["text"] as? String ?? "").count > 20, "\(result)")
    }

    @Test(arguments: firstScreenPairs)
    func nothingIsWiderThanAPhone(_ old: String, _ new: String) async throws {
        let html = try await ReviewFixtures.samplePage(old, new).page.html
        let file = try ReviewFixtures.write(Data(html.utf8), named: "phone.html")
        let browser = try ReviewBrowserSession(page: file, width: 390, height: 844)
        let probe = try browser.evaluate("""
            (function () {
              var widths = [];
              var measure = function (what) { widths.push([what, document.documentElement.scrollWidth, innerWidth]); };
              measure('first screen');
              document.querySelectorAll('details').forEach(function (details) { details.open = true; });
              measure('every fold open');
              document.getElementById('v-red').click();
              measure('redline');
              document.getElementById('v-side').click();
              document.getElementById('v-old').click();
              measure('old side');
              document.getElementById('b-list').click();
              measure('change list');
              return JSON.stringify({ widths: widths, columns: getComputedStyle(document.querySelector('.row.s')).gridTemplateColumns.split(' ').length });
            })()
            """)
        let result = try Self.json(probe)
        let widths = try #require(result["widths"] as? [[Any]])
        #expect(widths.count == 5)
        for entry in widths {
            let scrollWidth = entry[1] as? Int ?? Int.max, innerWidth = entry[2] as? Int ?? 0
            #expect(innerWidth == 390 && scrollWidth <= innerWidth, "\(entry)")
        }
        #expect(result["columns"] as? Int == 1, "\(result)")
    }

    /// Accept a whole section in one action; reload; regenerate the archive with another
    /// `--generated-at`; reload: every mark is still there, and the export names the reviewer
    /// and each change's excerpt.
    @Test func aSectionReviewedInOneActionSurvivesAReloadAndARegeneratedArchive() async throws {
        let (old, new) = ("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("report-diff-review-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let first = try await ReviewFixtures.samplePage(old, new).page.html
        let regeneratedArchive = await ComparisonArchive(
            old: try SamplePairs.input(old), new: try SamplePairs.input(new), generatedAt: "2026-11-30T21:00:00Z")
        let regeneratedXML = try regeneratedArchive.xml()
        let regenerated = try ReviewPage(archiveXML: regeneratedXML).html
        #expect(first != regenerated)

        let review = try Self.json(try ReviewBrowser.probe(first, named: "review.html", script: Self.probeScript("""
            var rows = Array.prototype.slice.call(document.querySelectorAll('.row.chg'));
            var index = rows.findIndex(function (row, at) { return at + 1 < rows.length && rows[at + 1].closest('.blk') === row.closest('.blk'); });
            rows[index].querySelector('.n, .o').click();
            document.getElementById('rv-scope').value = 'section';
            var name = document.getElementById('rv-name');
            name.value = 'Reviewer <Test>';
            name.dispatchEvent(new Event('change'));
            document.getElementById('rv-accept').click();
            var inSection = rows.filter(function (row) { return row.closest('.blk') === rows[index].closest('.blk'); }).map(function (row) { return row.getAttribute('data-c'); });
            var marked = Array.prototype.map.call(document.querySelectorAll('.row[data-mark="accepted"]'), function (row) { return row.getAttribute('data-c'); });
            out({ section: inSection, marked: marked });
            """), profile: profile))
        let section = try #require(review["section"] as? [String])
        #expect(section.count >= 2)
        #expect(review["marked"] as? [String] == section)

        let reread = Self.probeScript("""
            HTMLAnchorElement.prototype.click = function () {};
            document.getElementById('rv-export').click();
            var marked = Array.prototype.map.call(document.querySelectorAll('.row[data-mark="accepted"]'), function (row) { return row.getAttribute('data-c'); });
            out({ marked: marked, reviewer: document.getElementById('rv-name').value, xml: document.getElementById('export-xml').value });
            """)
        let reloaded = try Self.json(try ReviewBrowser.probe(first, named: "review.html", script: reread, profile: profile))
        #expect(reloaded["marked"] as? [String] == section)
        let afterRegeneration = try Self.json(try ReviewBrowser.probe(regenerated, named: "review.html", script: reread, profile: profile))
        #expect(afterRegeneration["marked"] as? [String] == section)
        #expect(afterRegeneration["reviewer"] as? String == "Reviewer <Test>")

        let xml = try #require(afterRegeneration["xml"] as? String)
        try ArchiveSchema.validate(Data(xml.utf8))
        #expect(xml.contains("archive=\"\(SHA256.hex(regeneratedXML))\""))
        #expect(xml.contains("reviewer=\"Reviewer &lt;Test&gt;\""))
        #expect(xml.components(separatedBy: "<mark ").count - 1 == section.count)
        let excerpts = xml.components(separatedBy: "<excerpt>").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(excerpts.count == section.count && excerpts.allSatisfy { !$0.isEmpty }, "\(xml)")
        #expect(!xml.contains(" at=\"\"") && xml.contains(" at=\"20"))
    }

    /// axe-core, as the PyPI package axe-selenium-python ships it (`.ci/run` installs it).
    static let axeSource: String? = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import importlib.util, pathlib; spec = importlib.util.find_spec('axe_selenium_python'); "
                + "print(next(pathlib.Path(spec.submodule_search_locations[0]).rglob('axe.min.js')))",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let file = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        return try? String(contentsOfFile: file, encoding: .utf8)
    }()

    /// The Chinese pair, with every fold and the change list open and a change selected.
    @Test(.enabled(if: axeSource != nil, "axe-core is not installed (pip install --no-deps axe-selenium-python)"))
    func axeFindsNothingSeriousOrCritical() async throws {
        let (old, new) = ("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt")
        let html = try await ReviewFixtures.samplePage(old, new).page.html
        let file = try ReviewFixtures.write(Data(html.utf8), named: "axe.html")
        let browser = try ReviewBrowserSession(page: file, width: 1440, height: 900)
        _ = try browser.evaluate((Self.axeSource ?? "") + "\n'loaded'")
        let probe = try browser.evaluate("""
            (function () {
              document.querySelectorAll('#scorecard details, #structure details, #phrases details').forEach(function (details) { details.open = true; });
              document.getElementById('b-list').click();
              document.querySelector('.row.chg .n, .row.chg .o').click();
              return axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
                return JSON.stringify({ ran: true, violations: results.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                  .map(function (v) { return v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.nodes[0].target.join(' '); }) });
              });
            })()
            """)
        let result = try Self.json(probe)
        #expect(result["ran"] as? Bool == true, "\(result)")
        #expect((result["violations"] as? [String])?.isEmpty == true, "\(result)")
    }
}
