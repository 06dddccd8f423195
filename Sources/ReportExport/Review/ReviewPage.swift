import Foundation
import ReportComparison
import ReportModel
import ReportParsing

/// The reviewer view of a comparison: one self-contained HTML file with its style and script
/// inline, a Content-Security-Policy that forbids every outside load, and nothing in it that
/// the archive does not hold, so `compare` and `render` make the same bytes.
///
/// The page shows both reports' metadata and hashes, the scorecard, the phrase changes, an
/// outline, and the aligned rows side by side; its script adds filters, a redline view,
/// keyboard navigation and review marks kept in the browser under the archive's SHA-256.
public struct ReviewPage: Sendable {
    public var archive: ComparisonArchive
    /// Lowercase hexadecimal SHA-256 of the archive's XML bytes: the key of the review marks.
    public var archiveSHA256: String

    public init(archive: ComparisonArchive, archiveSHA256: String) {
        self.archive = archive
        self.archiveSHA256 = archiveSHA256
    }

    /// Reads an archive's XML and keys the page to those bytes.
    ///
    /// - Throws: `ArchiveError` when the XML is not a valid comparison archive.
    /// - Complexity: O(n) in the size of the archive.
    public init(archiveXML: Data) throws(ArchiveError) {
        self.init(archive: try ArchiveReader.archive(from: archiveXML), archiveSHA256: SHA256.hex(archiveXML))
    }

    /// The page's Content-Security-Policy: nothing may load from anywhere; only this page's own
    /// style and script, named by their hashes, may apply and run. Made once: every page has it.
    public static let contentSecurityPolicy: String = {
        "default-src 'none'; style-src '\(cspHash(ReviewStyle.source))'; script-src '\(cspHash(ReviewScript.source))'; "
            + "img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'"
    }()

    /// `sha256-<base64>` of a style or script, as a Content-Security-Policy source.
    static func cspHash(_ source: String) -> String {
        "sha256-" + Data(SHA256.digest(Array(source.utf8))).base64EncodedString()
    }

    /// The page as UTF-8 bytes.
    public var data: Data { Data(html.utf8) }

    /// The whole page.
    ///
    /// - Complexity: O(n) in the size of the comparison.
    public var html: String {
        let comparison = archive.comparison
        let rows = ReviewRows(comparison: comparison).render()
        let language = Self.language(of: comparison)
        var out = HTMLBuffer(capacity: rows.body.utf8.count + 120_000)
        out.raw("<!DOCTYPE html>\n<html lang=\"en\"")
        out.attribute("data-archive", archiveSHA256)
        out.attribute("data-rows", String(comparison.alignment.rows.count))
        out.raw(">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\"")
        out.attribute("content", Self.contentSecurityPolicy)
        out.raw(">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.raw("<meta name=\"generator\"")
        out.attribute("content", "\(archive.provenance.tool) \(archive.provenance.version)")
        out.raw(">\n<title>")
        out.text("Review: \(Self.name(comparison.old)) → \(Self.name(comparison.new))")
        out.raw("</title>\n<style>")
        out.raw(ReviewStyle.source)
        out.raw("</style>\n<script>")
        out.raw(ReviewScript.source)
        out.raw("</script>\n</head>\n<body>\n<a class=\"skip\" href=\"#diff\">Skip to the comparison</a>\n")
        outline(rows.outline, language: language, into: &out)
        out.raw("<div class=\"content\">\n")
        header(changeCount: rows.changeCount, language: language, into: &out)
        scorecardSection(language: language, into: &out)
        phrasesSection(language: language, into: &out)
        out.raw("<main id=\"diff\" aria-labelledby=\"h-diff\">\n<h2 id=\"h-diff\">Comparison</h2>\n")
        out.raw("<div class=\"stick\">")
        toolbar(rows.outline, into: &out)
        out.raw("<div class=\"cols\" aria-hidden=\"true\"><div>")
        out.text("Old · " + Self.name(comparison.old))
        out.raw("</div><div>")
        out.text("New · " + Self.name(comparison.new))
        out.raw("</div><div></div></div></div>\n<div class=\"rows\"")
        out.attribute("lang", language)
        out.raw(">")
        out.raw(rows.body)
        out.raw("</div>\n</main>\n")
        footer(into: &out)
        out.raw("</div>\n")
        reviewPanel(into: &out)
        out.raw("</body>\n</html>\n")
        return out.output
    }

    // MARK: Parts of the page

    private func header(changeCount: Int, language: String, into out: inout HTMLBuffer) {
        let comparison = archive.comparison, provenance = archive.provenance
        out.raw("<header class=\"top\" id=\"summary\">\n<h1>")
        out.raw("<span")
        out.attribute("lang", language)
        out.raw(">")
        out.text(Self.name(comparison.old))
        out.raw("</span> → <span")
        out.attribute("lang", language)
        out.raw(">")
        out.text(Self.name(comparison.new))
        out.raw("</span></h1>\n<div class=\"facts\">\n<table class=\"meta\"><caption>The two reports</caption>")
        out.raw("<thead><tr><td></td><th scope=\"col\">Old</th><th scope=\"col\">New</th></tr></thead><tbody")
        out.attribute("lang", language)
        out.raw(">")
        let old = comparison.old.metadata, new = comparison.new.metadata
        let lines: [(String, String?, String?)] = [
            ("Date", old.date ?? old.year.map(String.init), new.date ?? new.year.map(String.init)),
            ("Meeting", old.meeting, new.meeting),
            ("Speaker", old.speaker, new.speaker),
            ("Truncated at", old.continuation, new.continuation),
            ("File", provenance.old.name, provenance.new.name),
            ("Size", "\(provenance.old.byteCount) bytes, \(provenance.old.encoding)", "\(provenance.new.byteCount) bytes, \(provenance.new.encoding)"),
        ]
        for (label, oldValue, newValue) in lines where oldValue != nil || newValue != nil {
            out.raw("<tr><th scope=\"row\" lang=\"en\">\(label)</th><td>")
            out.text(oldValue ?? "—")
            out.raw("</td><td>")
            out.text(newValue ?? "—")
            out.raw("</td></tr>")
        }
        out.raw("<tr><th scope=\"row\" lang=\"en\">SHA-256</th><td><code class=\"hash\">")
        out.text(provenance.old.sha256)
        out.raw("</code></td><td><code class=\"hash\">")
        out.text(provenance.new.sha256)
        out.raw("</code></td></tr></tbody></table>\n")

        out.raw("<table class=\"counts\"><caption>Aligned rows</caption><thead><tr><td></td>")
        for relation in AlignmentRelation.allCases { out.raw("<th scope=\"col\">\(relation.rawValue)</th>") }
        out.raw("</tr></thead><tbody>")
        var counts: [AlignmentLevel: [AlignmentRelation: Int]] = [:]
        for row in comparison.alignment.rows { counts[row.level, default: [:]][row.relation, default: 0] += 1 }
        for level in AlignmentLevel.allCases {
            out.raw("<tr><th scope=\"row\">\(level.rawValue)s</th>")
            for relation in AlignmentRelation.allCases { out.raw("<td>\(counts[level]?[relation] ?? 0)</td>") }
            out.raw("</tr>")
        }
        out.raw("</tbody></table>\n</div>\n<p class=\"totals\">")
        out.raw("<span><b>\(comparison.sentenceEdits.count)</b> sentences rewritten</span> ")
        out.raw("<span><b>\(comparison.numericChanges.count)</b> numbers changed</span> ")
        out.raw("<span><b>\(changeCount)</b> changes to review</span></p>\n<p class=\"prov\">Archive SHA-256 <code class=\"hash\">")
        out.text(archiveSHA256)
        out.raw("</code> · made by ")
        out.text("\(provenance.tool) \(provenance.version)")
        for option in provenance.options {
            out.raw(" · ")
            out.text("\(option.name)=\(option.value)")
        }
        if let generatedAt = provenance.generatedAt {
            out.raw(" · generated ")
            out.text(generatedAt)
        }
        out.raw("</p>\n</header>\n")
    }

    /// The old report's targets beside the new report's outcomes and targets; each cell links
    /// to its sentence (the target in the old report, the rest in the new).
    private func scorecardSection(language: String, into out: inout HTMLBuffer) {
        out.raw("<section id=\"scorecard\" aria-labelledby=\"h-scorecard\">\n<h2 id=\"h-scorecard\">Scorecard</h2>\n")
        let rows = archive.comparison.scorecard.rows
        guard !rows.isEmpty else {
            out.raw("<p class=\"none\">The scorecard has no rows: no target of either report was found.</p>\n</section>\n")
            return
        }
        let hasReasons = rows.contains { $0.reason != nil }
        out.raw("<table class=\"sc\"><thead><tr><th scope=\"col\">Indicator</th><th scope=\"col\">Measure</th>")
        out.raw("<th scope=\"col\">Year</th><th scope=\"col\">Target (old)</th><th scope=\"col\">Outcome (new)</th><th scope=\"col\">Verdict</th>")
        out.raw("<th scope=\"col\">Next target (new)</th><th scope=\"col\">Change</th>")
        if hasReasons { out.raw("<th scope=\"col\">Note</th>") }
        out.raw("</tr></thead><tbody")
        out.attribute("lang", language)
        out.raw(">")
        func cell(_ fact: Fact?, side: String) {
            Self.link(fact?.quantity.shortText ?? "", to: fact.map { side + $0.sentenceID }, into: &out)
        }
        for row in rows {
            out.raw("<tr><th scope=\"row\">")
            Self.link(row.indicator, to: row.outcome.map { "n-" + $0.sentenceID } ?? row.target.map { "o-" + $0.sentenceID }, into: &out)
            out.raw("</th><td>")
            out.text(row.measure.rawValue)
            out.raw("</td><td>")
            out.text(String(row.year))
            out.raw("</td><td>")
            cell(row.target, side: "o-")
            out.raw("</td><td>")
            cell(row.outcome, side: "n-")
            out.raw("</td><td>")
            Self.badge(row.verdict?.rawValue ?? "", prefix: "v", into: &out)
            out.raw("</td><td>")
            cell(row.nextTarget, side: "n-")
            out.raw("</td><td>")
            Self.badge(row.change?.rawValue ?? "", prefix: "c", into: &out)
            out.raw("</td>")
            if hasReasons {
                out.raw("<td class=\"why\">")
                out.text(row.reason ?? "")
                out.raw("</td>")
            }
            out.raw("</tr>")
        }
        out.raw("</tbody></table>\n</section>\n")
    }

    private func phrasesSection(language: String, into out: inout HTMLBuffer) {
        let phrases = archive.comparison.phraseChanges
        out.raw("<section id=\"phrases\" aria-labelledby=\"h-phrases\">\n<h2 id=\"h-phrases\">Phrase changes</h2>\n")
        guard !phrases.isEmpty else {
            out.raw("<p class=\"none\">No key phrase changed notably.</p>\n</section>\n")
            return
        }
        out.raw("<div class=\"ph\">")
        let groups: [(PhraseChange.Kind, String)] = [
            (.introduced, "New"), (.dropped, "Dropped"), (.increased, "More often"), (.decreased, "Less often"),
        ]
        for (kind, title) in groups {
            let ofKind = phrases.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { continue }
            out.raw("<div><h3>\(title) <span class=\"ct\">(\(ofKind.count))</span></h3><ul")
            out.attribute("lang", language)
            out.raw(">")
            for phrase in ofKind {
                out.raw("<li><span class=\"pw\">")
                out.text(phrase.phrase)
                out.raw("</span> <span class=\"ct\">\(phrase.oldCount)→\(phrase.newCount)</span></li>")
            }
            out.raw("</ul></div>")
        }
        out.raw("</div>\n</section>\n")
    }

    private func outline(_ entries: [ReviewRows.OutlineEntry], language: String, into out: inout HTMLBuffer) {
        out.raw("<nav id=\"outline\" aria-labelledby=\"h-outline\">\n<h2 id=\"h-outline\">Outline</h2>\n")
        out.raw("<ul class=\"pages\"><li><a href=\"#summary\">Summary</a></li><li><a href=\"#scorecard\">Scorecard</a></li>")
        out.raw("<li><a href=\"#phrases\">Phrase changes</a></li></ul>\n<ol")
        out.attribute("lang", language)
        out.raw(">")
        var inPart = false, inSections = false
        for entry in entries {
            if entry.level == .part {
                if inSections { out.raw("</ol>") }
                if inPart { out.raw("</li>") }
                inPart = true
                inSections = false
                out.raw("<li class=\"op\">")
            } else {
                if !inSections { out.raw(inPart ? "<ol>" : "<li><ol>") }
                if !inPart { inPart = true }
                inSections = true
                out.raw("<li>")
            }
            out.raw("<a")
            out.attribute("href", "#" + entry.anchor)
            out.raw(">")
            out.text(entry.label)
            out.raw("</a>")
            for badge in entry.badges { out.raw(" <span class=\"b b-\(badge)\">\(badge)</span>") }
            if entry.level == .part { out.raw(" <span class=\"ct\" title=\"changes in this part\">\(entry.changes)</span>") }
            if entry.level != .part { out.raw("</li>") }
        }
        if inSections { out.raw("</ol>") }
        if inPart { out.raw("</li>") }
        out.raw("</ol>\n</nav>\n")
    }

    private func toolbar(_ entries: [ReviewRows.OutlineEntry], into out: inout HTMLBuffer) {
        out.raw("""
            <div class="bar" id="bar" role="toolbar" aria-label="View, filters and navigation" hidden>
            <fieldset><legend>View</legend><label><input type="radio" name="view" id="v-side" checked> Side by side</label>
            <label><input type="radio" name="view" id="v-red"> Redline</label></fieldset>
            <fieldset><legend>Show</legend><label><input type="checkbox" id="f-chg"> Only changes</label>
            <label><input type="checkbox" id="f-num"> Only numeric changes</label>
            <label>Part <select id="f-part"><option value="">All parts</option>
            """)
        for entry in entries where entry.level == .part {
            out.raw("<option value=\"\(entry.part)\">")
            out.text(entry.label)
            out.raw("</option>")
        }
        out.raw("""
            </select></label></fieldset>
            <div class="nav"><button type="button" id="b-prev">← Previous</button><button type="button" id="b-next">Next →</button>
            <span id="pos" role="status"></span><button type="button" id="b-keys" aria-haspopup="dialog">Keys ?</button></div>
            </div>

            """)
    }

    private func footer(into out: inout HTMLBuffer) {
        out.raw("<footer><p>Made by ")
        out.text(archive.provenance.tool)
        out.raw(" from the comparison archive <code class=\"hash\">")
        out.text(archiveSHA256)
        out.raw("</code>. This page loads nothing from anywhere; review marks stay in this browser until exported.</p></footer>\n")
    }

    private func reviewPanel(into out: inout HTMLBuffer) {
        out.raw("""
            <aside id="review" aria-label="Review" hidden>
            <div class="cur"><span id="rv-id">No change selected: press n or click a change.</span></div>
            <div class="acts"><button type="button" id="rv-accept" aria-pressed="false">✓ Accept <kbd>a</kbd></button>
            <button type="button" id="rv-flag" aria-pressed="false">⚑ Flag <kbd>f</kbd></button>
            <button type="button" id="rv-clear">Clear</button>
            <label>Comment <input type="text" id="rv-comment" size="30"></label></div>
            <div class="io"><span id="rv-count">0 marks</span>
            <button type="button" id="rv-export">Export review XML</button>
            <label class="imp">Import <input type="file" id="rv-import" accept=".xml,application/xml"></label>
            <span id="rv-note" role="status"></span></div>
            </aside>
            <dialog id="keys" aria-labelledby="h-keys"><h2 id="h-keys">Keys</h2><dl>
            <dt><kbd>n</kbd></dt><dd>next change</dd><dt><kbd>p</kbd></dt><dd>previous change</dd>
            <dt><kbd>a</kbd></dt><dd>accept the selected change</dd><dt><kbd>f</kbd></dt><dd>flag the selected change</dd>
            <dt><kbd>c</kbd></dt><dd>comment on the selected change</dd><dt><kbd>r</kbd></dt><dd>side by side or redline</dd>
            <dt><kbd>?</kbd></dt><dd>this list</dd><dt><kbd>Esc</kbd></dt><dd>close</dd></dl>
            <form method="dialog"><button>Close</button></form></dialog>
            <dialog id="export" aria-labelledby="h-export"><h2 id="h-export">Review XML</h2>
            <p>Saved as a download too; <code>report-diff validate</code> checks it.</p>
            <textarea id="export-xml" readonly rows="12" cols="80"></textarea>
            <form method="dialog"><button>Close</button></form></dialog>

            """)
    }

    // MARK: Helpers

    /// `政府工作报告 2024`: the title and year a reader names a report by.
    static func name(_ report: Report) -> String {
        let metadata = report.metadata
        let words = [metadata.issuer, metadata.title, metadata.year.map(String.init) ?? metadata.date].compactMap { $0 }
        return words.isEmpty ? "report" : words.joined(separator: " ")
    }

    /// `zh-CN` when the reports are written mostly in Han characters, else `en`.
    ///
    /// - Complexity: O(n) in the first paragraphs' text, at most a few thousand characters.
    static func language(of comparison: Comparison) -> String {
        var han = 0, latin = 0
        for (_, paragraph) in comparison.new.allParagraphs.prefix(20) {
            for scalar in paragraph.text.unicodeScalars.prefix(500) {
                if scalar.properties.isIdeographic { han += 1 } else if scalar.properties.isAlphabetic { latin += 1 }
            }
        }
        return han > latin ? "zh-CN" : "en"
    }

    private static func link(_ text: String, to anchor: String?, title: String? = nil, into out: inout HTMLBuffer) {
        guard !text.isEmpty else {
            out.raw("—")
            return
        }
        guard let anchor else {
            out.text(text)
            return
        }
        out.raw("<a")
        out.attribute("href", "#" + anchor)
        if let title { out.attribute("title", title) }
        out.raw(">")
        out.text(text)
        out.raw("</a>")
    }

    /// A word as a badge that says itself in text and a symbol, never by colour alone.
    private static func badge(_ word: String, prefix: String, into out: inout HTMLBuffer) {
        guard !word.isEmpty else {
            out.raw("—")
            return
        }
        let symbols = ["met": "✓ ", "missed": "✗ ", "raised": "↑ ", "lowered": "↓ ", "unchanged": "= ", "new": "+ ", "dropped": "− "]
        out.raw("<span")
        out.attribute("class", "b \(prefix)-\(word)")
        out.raw(">")
        out.text((symbols[word] ?? "") + word)
        out.raw("</span>")
    }
}
