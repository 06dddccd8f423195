import Foundation
import ReportComparison
import ReportModel
import Testing

@testable import ReportExport

@Suite struct ReviewPageTests {
    @Test(arguments: SamplePairs.all)
    func pageIsDeterministicSelfContainedAndLockedDown(_ old: String, _ new: String) async throws {
        let (page, xml) = try await ReviewFixtures.samplePage(old, new)
        let html = page.html
        let again = try await ReviewFixtures.samplePage(old, new).page
        #expect(again.data == page.data)
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(!html.contains(SamplePairs.root.path))
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(!html.contains("<link") && !html.contains("<img") && !html.contains(" src="))
        #expect(!html.contains(" style=") && !html.contains(" onclick="))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"))
        #expect(html.contains("<script>\(ReviewScript.source)</script>"))
        #expect(html.contains("<style>\(ReviewStyle.source)</style>"))
        #expect(html.contains("data-archive=\"\(SHA256.hex(xml))\""))
    }

    /// Each phrase links to the first heading or sentence using it, on the side where its use
    /// is counted (the new report, the old one for a dropped or decreasing phrase).
    @Test(arguments: SamplePairs.all)
    func phrasesLinkToWhereTheyFirstOccur(_ old: String, _ new: String) async throws {
        let archive = try await SamplePairs.archive(old, new)
        let html = ReviewPage(archive: archive, archiveSHA256: "").html
        let changes = archive.comparison.phraseChanges
        #expect(!changes.isEmpty)
        for change in changes {
            let isOld = change.kind == .dropped || change.kind == .decreased
            let places = isOld ? change.oldOccurrences : change.newOccurrences
            let anchor = (isOld ? "o-" : "n-") + (places.first ?? "")
            #expect(!places.isEmpty, "\(change.phrase) is used nowhere on its side")
            #expect(html.contains("href=\"#\(anchor)\""), "\(change.phrase) does not link to \(anchor)")
            #expect(html.contains("id=\"\(anchor)\""), "\(anchor) is no anchor of the page")
        }
    }

    @Test func contentSecurityPolicyNamesTheInlineStyleAndScriptByHash() {
        #expect(ReviewPage.cspHash("") == "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
        #expect(ReviewPage.cspHash("alert(1)") == "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=")
        let policy = ReviewPage.contentSecurityPolicy
        #expect(policy.hasPrefix("default-src 'none';"))
        #expect(policy.contains("script-src '\(ReviewPage.cspHash(ReviewScript.source))'"))
        #expect(policy.contains("style-src '\(ReviewPage.cspHash(ReviewStyle.source))'"))
        #expect(!policy.contains("unsafe"))
    }

    /// `render` reads the archive back; the page must not depend on anything the archive lacks.
    @Test(arguments: SamplePairs.all)
    func renderingFromTheArchiveAloneGivesTheSameBytes(_ old: String, _ new: String) async throws {
        let archive = try await SamplePairs.archive(old, new)
        let xml = try archive.xml()
        let direct = ReviewPage(archive: archive, archiveSHA256: SHA256.hex(xml)).data
        #expect(try ReviewPage(archiveXML: xml).data == direct)
    }

    @Test(arguments: SamplePairs.all)
    func everyAlignmentRowIsOneRowAndEveryNodeHasOneAnchor(_ old: String, _ new: String) async throws {
        let (page, _) = try await ReviewFixtures.samplePage(old, new)
        let html = page.html
        let comparison = page.archive.comparison
        #expect(html.components(separatedBy: "<div class=\"row ").count - 1 == comparison.alignment.rows.count)
        let ids = ReviewFixtures.ids(in: html)
        #expect(Set(ids).count == ids.count)
        let anchors = Set(ids)
        for (prefix, report) in [("o-", comparison.old), ("n-", comparison.new)] {
            for section in report.allSections { #expect(anchors.contains(prefix + section.id), "\(prefix)\(section.id)") }
            for (_, paragraph) in report.allParagraphs {
                #expect(anchors.contains(prefix + paragraph.id))
                for sentence in paragraph.sentences { #expect(anchors.contains(prefix + sentence.id), "\(prefix)\(sentence.id)") }
            }
        }
    }

    @Test func changesAreMarkedInsideSentencesAndNumbersReadAsOneChange() async throws {
        let (page, _) = try await ReviewFixtures.samplePage("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt")
        let html = page.html
        #expect(html.contains("居民消费价格涨幅<del><b class=\"nm\">3%左右</b></del>；"))
        #expect(html.contains("居民消费价格涨幅<ins><b class=\"nm\">2%左右</b></ins>；"))
        #expect(html.contains("<span class=\"nc\"><del>1.3万亿斤以上</del> → <ins>1.4万亿斤左右</ins></span>"))
        #expect(html.contains("<details class=\"same\"><summary>"))
        // The section （三） of 2024 became （一） of 2025: the row links to a stub where it stood.
        #expect(html.contains("<a class=\"mv\" data-t=\"oldPlace\" href=\"#g-part3.sec3\""))
        #expect(html.contains("<div class=\"ghost\" id=\"g-part3.sec3\"><div class=\"o\"><a href=\"#n-part3.sec1\">"))
    }

    @Test func scorecardCellsLinkToTheirSentences() async throws {
        let html = try await ReviewFixtures.samplePage("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt").page.html
        #expect(html.contains("<td lang=\"zh-CN\"><a href=\"#o-part2.p3.s3\">3%左右</a></td>"))
        #expect(html.contains("<a href=\"#n-part2.p2.s3\">2%左右</a>"))
        #expect(html.contains("<span class=\"b v-met\" data-t=\"v-met\">✓ 完成</span>"))
        #expect(html.contains("<span class=\"b c-lowered\" data-t=\"c-lowered\">↓ 降低</span>"))
        #expect(html.contains("<span class=\"b v-not-reported\""))
        // Indicators by their names, qualifiers where the language puts them, falls as falls.
        #expect(!html.contains(">urban_unemployment_rate<"))
        #expect(html.contains(">城镇调查失业率</a></th>"))
        #expect(html.contains(">单位国内生产总值能耗下降</a></th>"))
        #expect(html.contains(">超过3%</a></td>"))
        #expect(!html.contains("%超过"))
    }

    @Test func hostileReportTextIsEscapedEverywhere() async throws {
        let html = try await ReviewFixtures.hostilePage().page.html
        #expect(html.contains("&lt;script&gt;window.reportDiffHostile=1&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=&quot;window.reportDiffHostile=2&quot;&gt;"))
        #expect(html.contains("&lt;/textarea&gt;"))
        #expect(html.contains("&#39;&gt;&lt;svg onload=&#39;window.reportDiffHostile=5&#39;&gt;"))
        #expect(!html.contains("<script>window"))
        #expect(!html.contains("<img") && !html.contains("<svg"))
        #expect(html.contains("&quot;&gt;&lt;script&gt;window.reportDiffHostile=7&lt;/script&gt;.txt"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(html.components(separatedBy: "<script").count == 2)
        #expect(html.components(separatedBy: "</script>").count == 2)
    }

    /// The file the page's export button writes, as its script builds it, is a valid review.
    @Test func reviewExportAsTheScriptWritesItValidates() throws {
        let sha = String(repeating: "0123456789abcdef", count: 4)
        let export = """
            <?xml version="1.0" encoding="UTF-8"?>
            <review xmlns="urn:report-diff:archive:1" version="2" archive="\(sha)" reports="\(sha)-\(sha)" reviewer="A &lt;B&gt;" exported="2026-11-30T20:30:00.000Z">
              <mark change="0a1b2c3d4e5f.1" state="accepted" at="2026-11-30T20:29:59.120Z"><excerpt>居民消费价格涨幅2%左右</excerpt><comment>Checked &lt;&amp;&gt; &quot;ok&quot;</comment></mark>
              <mark change="0a1b2c3d4e5f.2" state="flagged"><excerpt>…</excerpt></mark>
            </review>

            """
        try ArchiveSchema.validate(Data(export.utf8))
        #expect(ReviewScript.source.contains("'<review xmlns=\"' + NS + '\" version=\"2\" archive=\"' + archive + '\" reports=\"' + pair + '\"'"))
        #expect(ReviewScript.source.contains("var NS = '\(ArchiveVocabulary.namespace)';"))
        let noTime = export.replacingOccurrences(of: "2026-11-30T20:29:59.120Z", with: "yesterday")
        #expect(throws: (any Error).self) { try ArchiveSchema.validate(Data(noTime.utf8)) }
    }

    /// Every change a reviewer can mark shows text on at least one side, and the page's counts
    /// of changes are the rows one can mark.
    @Test(arguments: SamplePairs.all)
    func everyChangeRowHasTextAndTheCountsAreTheMarkableRows(_ old: String, _ new: String) async throws {
        let html = try await ReviewFixtures.samplePage(old, new).page.html
        let rows = html.components(separatedBy: "<div class=\"row ").dropFirst()
        let changes = rows.filter { $0.prefix(while: { $0 != "\"" }).split(separator: " ").contains("chg") }
        #expect(changes.count > 100)
        for row in changes {
            let cells = row.components(separatedBy: "<div class=\"g\">")[0]
            let text = cells.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                .replacingOccurrences(of: "¶", with: "").trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(!text.isEmpty, "\(row.prefix(200))")
        }
        let keys = changes.compactMap { $0.components(separatedBy: "data-c=\"").dropFirst().first?.prefix { $0 != "\"" } }
        #expect(keys.count == changes.count && Set(keys).count == keys.count)
        let perPart = html.components(separatedBy: "class=\"ct pr ui\" data-n=\"").dropFirst().compactMap { Int($0.prefix { $0 != "\"" }) }
        let beforeFirstPart = html.components(separatedBy: "<div class=\"part\" data-p=\"1\">")[0]
            .components(separatedBy: " chg").count - 1
        #expect(perPart.reduce(0, +) + beforeFirstPart == changes.count)
        // A paragraph row is a change only when the paragraph moved.
        #expect(!changes.contains { $0.hasPrefix("pp ") && !$0.contains("b-moved") })
    }

    /// Marks are keyed by the reports' content, not the archive's bytes.
    @Test func changeKeysDoNotDependOnTheArchive() async throws {
        let (old, new) = ("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt")
        let plain = try await ReviewFixtures.samplePage(old, new).page.html
        let archive = await ComparisonArchive(old: try SamplePairs.input(old), new: try SamplePairs.input(new), generatedAt: "2026-11-30T00:00:00Z")
        let regenerated = try ReviewPage(archiveXML: try archive.xml()).html
        func keys(_ html: String) -> [String] {
            html.components(separatedBy: "data-c=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        #expect(plain != regenerated)
        #expect(keys(plain) == keys(regenerated) && !keys(plain).isEmpty)
    }

    /// `compare` renders the page from the archive value it writes, `render` from the archive
    /// read back: the two must agree byte for byte.
    @Test func thePageFromTheArchiveValueEqualsThePageFromItsBytes() async throws {
        for (old, new) in SamplePairs.all {
            let archive = try await SamplePairs.archive(old, new)
            let xml = try archive.xml()
            #expect(ReviewPage(archive: archive, archiveSHA256: SHA256.hex(xml)).data == (try ReviewPage(archiveXML: xml).data))
        }
    }
}
