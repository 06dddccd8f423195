import Foundation
import ReportComparison
import ReportModel
import ReportParsing
import ReportText

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
        "sha256-" + Data(SHA256.digest(source.utf8)).base64EncodedString()
    }

    /// The page as UTF-8 bytes.
    public var data: Data { Data(html.utf8) }

    /// The whole page.
    ///
    /// - Complexity: O(n) in the size of the comparison.
    public var html: String { html(rows: Self.rows(of: archive.comparison)) }

    /// The aligned rows, the bulk of the page, which do not depend on the archive's hash: so
    /// `ComparisonArchive.exportFiles()` renders them while the archive is being validated.
    static func rows(of comparison: Comparison) -> ReviewRows.Result {
        ReviewRows(comparison: comparison, language: language(of: comparison)).render()
    }

    /// The whole page around its rendered `rows`.
    func html(rows: ReviewRows.Result) -> String {
        let comparison = archive.comparison
        let language = Self.language(of: comparison)
        let summary = ReviewSummary(comparison: comparison, language: language)
        var out = HTMLBuffer(capacity: rows.body.utf8.count + 160_000)
        out.raw("<!DOCTYPE html>\n<html")
        out.attribute("lang", language)
        out.attribute("data-archive", archiveSHA256)
        out.attribute("data-pair", archive.provenance.old.sha256 + "-" + archive.provenance.new.sha256)
        out.attribute("data-rows", String(comparison.alignment.rows.count))
        out.raw(">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\"")
        out.attribute("content", Self.contentSecurityPolicy)
        out.raw(">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        out.raw("<meta name=\"generator\"")
        out.attribute("content", "\(archive.provenance.tool) \(archive.provenance.version)")
        out.raw(">\n<title>")
        out.text("\(Self.name(comparison.old)) → \(Self.name(comparison.new))")
        out.raw("</title>\n<style>")
        out.raw(ReviewStyle.source)
        out.raw("</style>\n<script>")
        out.raw(ReviewScript.source)
        out.raw("</script>\n</head>\n<body>\n")
        let ui = language
        out.raw("<a class=\"skip\" href=\"#diff\" data-t=\"skip\">\(label("skip", ui))</a>\n")
        outline(rows.outline, language: language, into: &out)
        out.raw("<div class=\"content\">\n")
        header(summary: summary, changeCount: rows.changeCount, language: language, into: &out)
        scorecardSection(summary: summary, language: language, into: &out)
        structureSection(language: language, into: &out)
        phrasesSection(language: language, into: &out)
        provenanceSection(language: language, into: &out)
        out.raw("<main id=\"diff\" aria-labelledby=\"h-diff\">\n<h2 id=\"h-diff\" data-t=\"comparison\">\(label("comparison", ui))</h2>\n")
        out.raw("<div class=\"stick\">")
        toolbar(rows.outline, language: language, into: &out)
        out.raw("<div class=\"cols\" aria-hidden=\"true\"><div><span data-t=\"old\">\(label("old", ui))</span> · <span")
        out.attribute("lang", language)
        out.raw(">")
        out.text(Self.name(comparison.old))
        out.raw("</span></div><div><span data-t=\"new\">\(label("new", ui))</span> · <span")
        out.attribute("lang", language)
        out.raw(">")
        out.text(Self.name(comparison.new))
        out.raw("</span></div><div></div></div></div>\n<div class=\"rows\"")
        out.attribute("lang", language)
        out.raw(">")
        out.raw(rows.body)
        out.raw("</div>\n</main>\n")
        footer(language: language, into: &out)
        out.raw("</div>\n")
        reviewPanel(language: language, into: &out)
        out.raw("</body>\n</html>\n")
        return out.output
    }

    // MARK: Parts of the page

    /// A label of the page's own in the interface language, escaped.
    private func label(_ key: String, _ language: String) -> String {
        var out = ""
        HTMLBuffer.escape(ReviewLabels.text(key, language), into: &out)
        return out
    }

    /// The title, the language switch and the summary: what changed, before anything else.
    private func header(summary: ReviewSummary, changeCount: Int, language: String, into out: inout HTMLBuffer) {
        let comparison = archive.comparison
        out.raw("<header class=\"top\" id=\"summary\">\n<div class=\"hd\"><h1")
        out.attribute("lang", language)
        out.raw(">")
        out.text(Self.name(comparison.old))
        out.raw(" → ")
        out.text(Self.name(comparison.new))
        out.raw("</h1>\n<label class=\"lsw\"><span data-t=\"language\">\(label("language", language))</span> <select id=\"ui-lang\">")
        out.raw("<option value=\"zh-CN\" lang=\"zh-CN\"\(language == ReviewLabels.chinese ? " selected" : "")>中文</option>")
        out.raw("<option value=\"en\" lang=\"en\"\(language == ReviewLabels.english ? " selected" : "")>English</option></select></label></div>\n")
        out.raw("<h2 id=\"h-summary\" data-t=\"summary\">\(label("summary", language))</h2>\n<p class=\"sum\"")
        out.attribute("lang", language)
        out.raw(">")
        out.text(summary.text)
        out.raw("</p>\n</header>\n")
    }

    /// The headline targets beside their outcomes and next targets; every row in a fold below.
    /// Each cell links to its sentence (the target in the old report, the rest in the new).
    private func scorecardSection(summary: ReviewSummary, language: String, into out: inout HTMLBuffer) {
        out.raw("<section id=\"scorecard\" aria-labelledby=\"h-scorecard\">\n<h2 id=\"h-scorecard\" data-t=\"scorecard\">\(label("scorecard", language))</h2>\n")
        let rows = archive.comparison.scorecard.rows
        guard !rows.isEmpty else {
            out.raw("<p class=\"none\" data-t=\"noScorecard\">\(label("noScorecard", language))</p>\n</section>\n")
            return
        }
        scorecardTable(summary.headlineRows, summary: summary, language: language, into: &out)
        if rows.count > summary.headlineRows.count {
            out.raw("<details class=\"more\"><summary><span data-t=\"allRows\">\(label("allRows", language))</span> (\(rows.count))</summary>\n")
            scorecardTable(rows, summary: summary, language: language, into: &out)
            out.raw("</details>\n")
        }
        out.raw("</section>\n")
    }

    private func scorecardTable(_ rows: [ScorecardRow], summary: ReviewSummary, language: String, into out: inout HTMLBuffer) {
        let hasReasons = rows.contains { $0.reason != nil }
        out.raw("<div class=\"tw\" tabindex=\"0\" role=\"region\" aria-labelledby=\"h-scorecard\"><table class=\"sc\"><thead><tr>")
        for key in ["indicator", "year", "target", "outcome", "verdict", "nextTarget", "change"] + (hasReasons ? ["note"] : []) {
            out.raw("<th scope=\"col\" data-t=\"\(key)\">\(label(key, language))</th>")
        }
        out.raw("</tr></thead><tbody>")
        func cell(_ fact: Fact?, in row: ScorecardRow, side: String) {
            out.raw("<td")
            out.attribute("lang", language)
            out.raw(">")
            Self.link(fact.map { summary.valueText($0, in: row) } ?? "", to: fact.map { side + $0.sentenceID }, into: &out)
            out.raw("</td>")
        }
        for row in rows {
            out.raw("<tr><th scope=\"row\"")
            out.attribute("lang", language)
            out.raw(">")
            Self.link(
                summary.indicatorPhrase(row), to: row.outcome.map { "n-" + $0.sentenceID } ?? row.target.map { "o-" + $0.sentenceID },
                into: &out)
            out.raw("</th><td>")
            out.text(String(row.year))
            out.raw("</td>")
            cell(row.target, in: row, side: "o-")
            cell(row.outcome, in: row, side: "n-")
            out.raw("<td>")
            Self.badge(row.verdict?.rawValue ?? "", prefix: "v", language: language, into: &out)
            out.raw("</td>")
            cell(row.nextTarget, in: row, side: "n-")
            out.raw("<td>")
            Self.badge(row.change?.rawValue ?? "", prefix: "c", language: language, into: &out)
            out.raw("</td>")
            if hasReasons {
                out.raw("<td class=\"why\">")
                out.text(row.reason ?? "")
                out.raw("</td>")
            }
            out.raw("</tr>")
        }
        out.raw("</tbody></table></div>\n")
    }

    /// Parts and sections old beside new, with how each one moved, linking into the comparison.
    private func structureSection(language: String, into out: inout HTMLBuffer) {
        let rows = archive.comparison.alignment.rows.filter { $0.level == .part || $0.level == .section }
        out.raw("<section id=\"structure\" aria-labelledby=\"h-structure\">\n<h2 id=\"h-structure\" data-t=\"structure\">\(label("structure", language))</h2>\n")
        guard !rows.isEmpty else {
            out.raw("<p class=\"none\" data-t=\"noStructure\">\(label("noStructure", language))</p>\n</section>\n")
            return
        }
        let changed = rows.filter { $0.relation != .matched || $0.titleChanged }.count
        out.raw("<details class=\"more\"\(changed > 0 && changed <= 12 ? " open" : "")><summary>")
        out.text(language.hasPrefix("zh") ? "\(rows.count)个部分和节，\(changed)处变化" : "\(rows.count) parts and sections, \(changed) changed")
        out.raw("</summary>\n<div class=\"tw\" tabindex=\"0\" role=\"region\" aria-labelledby=\"h-structure\"><table class=\"st\"><thead><tr>")
        out.raw("<th scope=\"col\" data-t=\"old\">\(label("old", language))</th><th scope=\"col\" data-t=\"relation\">\(label("relation", language))</th>")
        out.raw("<th scope=\"col\" data-t=\"new\">\(label("new", language))</th></tr></thead><tbody>")
        for row in rows {
            let isChange = row.relation != .matched || row.titleChanged
            out.raw(isChange ? "<tr class=\"x\(row.level == .part ? " lp" : "")\">" : "<tr\(row.level == .part ? " class=\"lp\"" : "")>")
            for (node, prefix) in [(row.old, "o-"), (row.new, "n-")] {
                if prefix == "n-" {
                    out.raw("<td>")
                    var badges = row.relation == .matched ? [] : [row.relation.rawValue]
                    if row.titleChanged { badges.append("renamed") }
                    for badge in badges { Self.badge(badge, prefix: "b", language: language, into: &out) }
                    out.raw("</td>")
                }
                out.raw("<td")
                out.attribute("lang", language)
                out.raw(">")
                if let node {
                    Self.link(ReviewRows.label(node, level: row.level), to: prefix + node.id, into: &out)
                } else {
                    out.raw("—")
                }
                out.raw("</td>")
            }
            out.raw("</tr>")
        }
        out.raw("</tbody></table></div></details>\n</section>\n")
    }

    /// Phrases whose use changed, each linking to where it first occurs; long lists fold.
    private func phrasesSection(language: String, into out: inout HTMLBuffer) {
        let comparison = archive.comparison
        let phrases = comparison.phraseChanges
        out.raw("<section id=\"phrases\" aria-labelledby=\"h-phrases\">\n<h2 id=\"h-phrases\" data-t=\"phrases\">\(label("phrases", language))</h2>\n")
        guard !phrases.isEmpty else {
            out.raw("<p class=\"none\" data-t=\"noPhrases\">\(label("noPhrases", language))</p>\n</section>\n")
            return
        }
        out.raw("<details class=\"more\"><summary>")
        out.text(language.hasPrefix("zh") ? "\(phrases.count)个提法" : "\(phrases.count) phrases")
        out.raw("</summary><div class=\"ph\">")
        for kind in [PhraseChange.Kind.introduced, .dropped, .increased, .decreased] {
            let ofKind = phrases.filter { $0.kind == kind }
            guard !ofKind.isEmpty else { continue }
            let key = "ph-\(kind)"
            out.raw("<div><h3><span data-t=\"\(key)\">\(label(key, language))</span> <span class=\"ct\">(\(ofKind.count))</span></h3><ul")
            out.attribute("lang", language)
            out.raw(">")
            let inOld = kind == .dropped || kind == .decreased
            for phrase in ofKind {
                out.raw("<li>")
                let first = (inOld ? phrase.oldOccurrences : phrase.newOccurrences).first
                Self.link(phrase.phrase, to: first.map { (inOld ? "o-" : "n-") + $0 }, into: &out)
                out.raw(" <span class=\"ct\">\(phrase.oldCount)→\(phrase.newCount)</span></li>")
            }
            out.raw("</ul></div>")
        }
        out.raw("</div></details>\n</section>\n")
    }

    /// Files, hashes, metadata and the relation counts, folded: they answer "from what", not
    /// "what changed".
    private func provenanceSection(language: String, into out: inout HTMLBuffer) {
        let comparison = archive.comparison, provenance = archive.provenance
        out.raw("<details id=\"provenance\" class=\"more\"><summary data-t=\"provenance\">\(label("provenance", language))</summary>\n")
        out.raw("<div class=\"facts\"><div class=\"tw\" tabindex=\"0\" role=\"region\" aria-label=\"provenance\"><table class=\"meta\">")
        out.raw("<thead><tr><td></td><th scope=\"col\" data-t=\"old\">\(label("old", language))</th><th scope=\"col\" data-t=\"new\">\(label("new", language))</th></tr></thead><tbody>")
        let old = comparison.old.metadata, new = comparison.new.metadata
        let lines: [(String, String?, String?)] = [
            ("date", old.date ?? old.year.map(String.init), new.date ?? new.year.map(String.init)),
            ("meeting", old.meeting, new.meeting),
            ("speaker", old.speaker, new.speaker),
            ("truncated", old.continuation, new.continuation),
            ("file", provenance.old.name, provenance.new.name),
            ("size", "\(provenance.old.byteCount) B, \(provenance.old.encoding)", "\(provenance.new.byteCount) B, \(provenance.new.encoding)"),
        ]
        for (key, oldValue, newValue) in lines where oldValue != nil || newValue != nil {
            out.raw("<tr><th scope=\"row\" data-t=\"\(key)\">\(label(key, language))</th>")
            for value in [oldValue, newValue] {
                out.raw("<td")
                out.attribute("lang", language)
                out.raw(">")
                out.text(value ?? "—")
                out.raw("</td>")
            }
            out.raw("</tr>")
        }
        out.raw("<tr><th scope=\"row\">SHA-256</th><td><code class=\"hash\">")
        out.text(provenance.old.sha256)
        out.raw("</code></td><td><code class=\"hash\">")
        out.text(provenance.new.sha256)
        out.raw("</code></td></tr></tbody></table></div>\n")

        out.raw("<div class=\"tw\" tabindex=\"0\" role=\"region\" aria-label=\"counts\"><table class=\"counts\"><thead><tr><td></td>")
        for relation in AlignmentRelation.allCases {
            out.raw("<th scope=\"col\" data-t=\"rel-\(relation.rawValue)\">\(label("rel-" + relation.rawValue, language))</th>")
        }
        out.raw("</tr></thead><tbody>")
        var counts: [AlignmentLevel: [AlignmentRelation: Int]] = [:]
        for row in comparison.alignment.rows { counts[row.level, default: [:]][row.relation, default: 0] += 1 }
        for level in AlignmentLevel.allCases {
            out.raw("<tr><th scope=\"row\" lang=\"en\">\(level.rawValue)</th>")
            for relation in AlignmentRelation.allCases { out.raw("<td>\(counts[level]?[relation] ?? 0)</td>") }
            out.raw("</tr>")
        }
        out.raw("</tbody></table></div>\n</div>\n<p class=\"prov\"><span data-t=\"archive\">\(label("archive", language))</span> SHA-256 <code class=\"hash\">")
        out.text(archiveSHA256)
        out.raw("</code> · <span data-t=\"madeBy\">\(label("madeBy", language))</span> ")
        out.text("\(provenance.tool) \(provenance.version)")
        for option in provenance.options {
            out.raw(" · ")
            out.text("\(option.name)=\(option.value)")
        }
        if let generatedAt = provenance.generatedAt {
            out.raw(" · <span data-t=\"generated\">\(label("generated", language))</span> ")
            out.text(generatedAt)
        }
        out.raw("</p>\n</details>\n")
    }

    private func outline(_ entries: [ReviewRows.OutlineEntry], language: String, into out: inout HTMLBuffer) {
        out.raw("<nav id=\"outline\" aria-labelledby=\"h-outline\">\n<h2 id=\"h-outline\" data-t=\"outline\">\(label("outline", language))</h2>\n")
        out.raw("<ul class=\"pages\">")
        for (anchor, key) in [("summary", "summary"), ("scorecard", "scorecard"), ("structure", "structure"), ("phrases", "phrases")] {
            out.raw("<li><a href=\"#\(anchor)\" data-t=\"\(key)\">\(label(key, language))</a></li>")
        }
        out.raw("</ul>\n<ol")
        out.attribute("lang", language)
        out.raw(">")
        var inPart = false, inSections = false
        for entry in entries {
            if entry.level == .part {
                if inSections { out.raw("</ol>") }
                if inPart { out.raw("</li>") }
                inPart = true
                inSections = false
                out.raw("<li class=\"op\" data-p=\"\(entry.part)\">")
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
            for badge in entry.badges { out.raw(" "); Self.badge(badge, prefix: "b", language: language, into: &out) }
            if entry.level == .part { out.raw(" <span class=\"ct pr ui\" data-n=\"\(entry.changes)\">\(entry.changes)</span>") }
            if entry.level != .part { out.raw("</li>") }
        }
        if inSections { out.raw("</ol>") }
        if inPart { out.raw("</li>") }
        out.raw("</ol>\n</nav>\n")
    }

    private func toolbar(_ entries: [ReviewRows.OutlineEntry], language: String, into out: inout HTMLBuffer) {
        let l = { (key: String) in "data-t=\"\(key)\">\(self.label(key, language))" }
        out.raw("<div class=\"bar\" id=\"bar\" role=\"toolbar\" aria-label=\"View, filters and navigation\" hidden>\n")
        out.raw("<fieldset class=\"wide\"><legend \(l("view"))</legend><label><input type=\"radio\" name=\"view\" id=\"v-side\" checked> <span \(l("sideBySide"))</span></label>")
        out.raw("<label><input type=\"radio\" name=\"view\" id=\"v-red\"> <span \(l("redline"))</span></label></fieldset>\n")
        out.raw("<fieldset class=\"narrow\"><legend \(l("side"))</legend><label><input type=\"radio\" name=\"pane\" id=\"v-old\"> <span \(l("old"))</span></label>")
        out.raw("<label><input type=\"radio\" name=\"pane\" id=\"v-new\" checked> <span \(l("new"))</span></label></fieldset>\n")
        out.raw("<fieldset><legend \(l("granularity"))</legend>")
        for granularity in ReviewDiff.Granularity.allCases {
            out.raw("<label><input type=\"radio\" name=\"gran\" id=\"g-\(granularity.rawValue)\"\(granularity == .character ? " checked" : "")> <span \(l("g-" + granularity.rawValue))</span></label>")
        }
        out.raw("</fieldset>\n<fieldset><legend \(l("show"))</legend><label><input type=\"checkbox\" id=\"f-chg\"> <span \(l("onlyChanges"))</span></label>")
        out.raw("<label><input type=\"checkbox\" id=\"f-num\"> <span \(l("onlyNumbers"))</span></label>")
        out.raw("<label><input type=\"checkbox\" id=\"f-flag\"> <span \(l("onlyFlagged"))</span></label>")
        out.raw("<label><span \(l("part"))</span> <select id=\"f-part\"><option value=\"\" \(l("allParts"))</option>")
        for entry in entries where entry.level == .part {
            out.raw("<option value=\"\(entry.part)\"")
            out.attribute("lang", language)
            out.raw(">")
            out.text(entry.label)
            out.raw("</option>")
        }
        out.raw("</select></label></fieldset>\n<div class=\"nav\"><button type=\"button\" id=\"b-prev\" \(l("previous"))</button>")
        out.raw("<button type=\"button\" id=\"b-next\" \(l("next"))</button><button type=\"button\" id=\"b-unrev\" \(l("nextUnreviewed"))</button>")
        out.raw("<button type=\"button\" id=\"b-list\" aria-expanded=\"false\" aria-controls=\"changes\" \(l("changeList"))</button>")
        out.raw("<span id=\"pos\" role=\"status\"></span><button type=\"button\" id=\"b-keys\" aria-haspopup=\"dialog\" \(l("keys"))</button></div>\n</div>\n")
    }

    private func footer(language: String, into out: inout HTMLBuffer) {
        out.raw("<footer><p><span data-t=\"footer\">\(label("footer", language))</span> ")
        out.text(archive.provenance.tool)
        out.raw(" · <code class=\"hash\">")
        out.text(archiveSHA256)
        out.raw("</code></p></footer>\n")
    }

    private func reviewPanel(language: String, into out: inout HTMLBuffer) {
        let l = { (key: String) in "data-t=\"\(key)\">\(self.label(key, language))" }
        out.raw("<aside id=\"changes\" aria-labelledby=\"h-changes\" hidden><h2 id=\"h-changes\" \(l("changeList"))</h2>")
        out.raw("<div class=\"tw\" tabindex=\"0\" role=\"region\" aria-labelledby=\"h-changes\"><table class=\"cl\"><thead><tr><th scope=\"col\">#</th>")
        for key in ["type", "part", "excerpt", "state"] { out.raw("<th scope=\"col\" \(l(key))</th>") }
        out.raw("</tr></thead><tbody")
        out.attribute("lang", language)
        out.raw("></tbody></table></div></aside>\n")
        out.raw("<aside id=\"review\" aria-labelledby=\"h-review\" hidden><h2 id=\"h-review\" class=\"vh\" \(l("review"))</h2>\n")
        out.raw("<div class=\"cur\"><span id=\"rv-id\"")
        out.attribute("lang", language)
        out.raw(" \(l("noSelection"))</span></div>\n")
        out.raw("<div class=\"acts\"><label><span \(l("scope"))</span> <select id=\"rv-scope\">")
        for scope in ["change", "section", "part", "shown"] { out.raw("<option value=\"\(scope)\" \(l("scope-" + scope))</option>") }
        out.raw("</select></label><button type=\"button\" id=\"rv-accept\" aria-pressed=\"false\"><span \(l("accept"))</span> <kbd>a</kbd></button>")
        out.raw("<button type=\"button\" id=\"rv-flag\" aria-pressed=\"false\"><span \(l("flag"))</span> <kbd>f</kbd></button>")
        out.raw("<button type=\"button\" id=\"rv-clear\" \(l("clear"))</button>")
        out.raw("<label><span \(l("comment"))</span> <input type=\"text\" id=\"rv-comment\" size=\"24\"></label></div>\n")
        out.raw("<div class=\"io\"><span id=\"rv-count\" role=\"status\"></span>")
        out.raw("<label><span \(l("reviewer"))</span> <input type=\"text\" id=\"rv-name\" size=\"10\" autocomplete=\"name\"></label>")
        out.raw("<button type=\"button\" id=\"rv-export\" \(l("export"))</button>")
        out.raw("<label class=\"imp\"><span \(l("import"))</span> <input type=\"file\" id=\"rv-import\" accept=\".xml,application/xml\"></label>")
        out.raw("<span id=\"rv-note\" role=\"status\"></span></div>\n</aside>\n")
        out.raw("<dialog id=\"keys\" aria-labelledby=\"h-keys\"><h2 id=\"h-keys\" \(l("keys"))</h2>")
        out.raw("<p><label><input type=\"checkbox\" id=\"k-on\" checked> <span \(l("shortcutsOn"))</span></label></p><dl>")
        for (key, label) in [("n", "k-next"), ("p", "k-prev"), ("u", "k-unrev"), ("a", "k-accept"), ("f", "k-flag"), ("c", "k-comment"), ("r", "k-view"), ("?", "k-help"), ("Esc", "k-close")] {
            out.raw("<dt><kbd>\(key)</kbd></dt><dd \(l(label))</dd>")
        }
        out.raw("</dl><form method=\"dialog\"><button \(l("close"))</button></form></dialog>\n")
        out.raw("<dialog id=\"export\" aria-labelledby=\"h-export\"><h2 id=\"h-export\" \(l("export"))</h2>")
        out.raw("<p \(l("exportNote"))</p><textarea id=\"export-xml\" readonly rows=\"12\" cols=\"80\" aria-labelledby=\"h-export\"></textarea>")
        out.raw("<form method=\"dialog\"><button \(l("close"))</button></form></dialog>\n")
    }

    // MARK: Helpers

    /// `国务院 政府工作报告 2024`: the issuer, title and year a reader names a report by. An issuer
    /// that is an identifier (`cn-guangdong`: a folder name) is no name and is left out; a
    /// report without a title is a "report".
    static func name(_ report: Report) -> String {
        let metadata = report.metadata
        let issuer = metadata.issuer.flatMap { issuer in
            issuer.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" } ? nil : issuer
        }
        let isHan = report.root.allParagraphs.prefix(5).contains { $0.text.containsHan }
        let title = metadata.title ?? (isHan ? "报告" : "Report")
        return [issuer, title, metadata.year.map(String.init) ?? metadata.date].compactMap { $0 }.joined(separator: " ")
    }

    /// `zh-CN` when the reports are written mostly in Han characters, else `en`.
    ///
    /// - Complexity: O(n) in the first paragraphs' text, at most a few thousand characters.
    static func language(of comparison: Comparison) -> String {
        var han = 0, latin = 0
        for (_, paragraph) in comparison.new.allParagraphs.prefix(20) {
            for scalar in paragraph.text.unicodeScalars.prefix(500) {
                if scalar.isHan { han += 1 } else if scalar.properties.isAlphabetic { latin += 1 }
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
    static func badge(_ word: String, prefix: String, language: String, into out: inout HTMLBuffer) {
        guard !word.isEmpty else {
            out.raw("—")
            return
        }
        let key = (prefix == "b" ? "rel" : prefix) + "-" + word
        out.raw("<span")
        out.attribute("class", "b \(prefix)-\(word)")
        out.attribute("data-t", key)
        out.raw(">")
        out.text(ReviewLabels.text(key, language))
        out.raw("</span>")
    }
}
