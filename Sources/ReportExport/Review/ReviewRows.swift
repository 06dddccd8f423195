import Foundation
import ReportComparison
import ReportModel
import ReportText

/// The body of the reviewer page: one `.row` element per alignment row, old beside new, grouped
/// by part and section, with runs of unchanged rows folded and moved pieces linked both ways.
///
/// Anchors are `o-<id>` for the old report and `n-<id>` for the new one, so a section, paragraph
/// or sentence id that both reports use stays unique on the page; a moved piece leaves a stub
/// `g-<old id>` where it stood in the old report.
struct ReviewRows {
    /// A part or section as the navigation pane lists it.
    struct OutlineEntry {
        var level: AlignmentLevel
        var label: String
        var anchor: String
        var badges: [String]
        /// Changes within a part (its sections count theirs too); zero for sections.
        var changes: Int
        /// The `data-p` of the part's container, for the part filter.
        var part: Int
    }

    /// What the page needs besides the body markup.
    struct Result {
        var body: String
        var outline: [OutlineEntry]
        var changeCount: Int
    }

    private enum Side { case old, new, redline }

    /// Runs of at least this many unchanged rows fold into one `<details>`.
    static let foldThreshold = 3

    let comparison: Comparison
    /// The reports' language, which the page's own words start in.
    let language: String
    private let rows: [AlignmentRow]
    private let edits: [String: SentenceEdit]
    private let oldSubheadings: [String: [Section]]
    private let newSubheadings: [String: [Section]]
    /// Moved rows whose stub stands before the row at the key index.
    private let stubsBefore: [Int: [Int]]
    /// Paragraph text by side and id, for the rows of moved paragraphs.
    private let oldParagraphs: [String: String]
    private let newParagraphs: [String: String]
    /// Old ids of the moved pieces that leave a stub, which their rows link back to.
    private let stubbedOldIDs: Set<String>

    /// - Complexity: O(n log n) in the rows and the nodes of both reports.
    init(comparison: Comparison, language: String) {
        self.comparison = comparison
        self.language = language
        let rows = comparison.alignment.rows
        self.rows = rows
        edits = Dictionary(
            comparison.sentenceEdits.map { (Self.key($0.oldID, $0.newID), $0) }, uniquingKeysWith: { first, _ in first })
        oldSubheadings = Self.subheadings(of: comparison.old, aligned: Set(rows.compactMap { $0.old?.id }))
        newSubheadings = Self.subheadings(of: comparison.new, aligned: Set(rows.compactMap { $0.new?.id }))
        let stubsBefore = Self.stubPlacement(rows: rows, old: comparison.old)
        self.stubsBefore = stubsBefore
        stubbedOldIDs = Set(stubsBefore.values.joined().compactMap { rows[$0].old?.id })
        oldParagraphs = Dictionary(comparison.old.allParagraphs.map { ($0.paragraph.id, $0.paragraph.text) }, uniquingKeysWith: { first, _ in first })
        newParagraphs = Dictionary(comparison.new.allParagraphs.map { ($0.paragraph.id, $0.paragraph.text) }, uniquingKeysWith: { first, _ in first })
    }

    private static func key(_ old: String?, _ new: String?) -> String {
        "\(old ?? "-")/\(new ?? "-")"
    }

    // MARK: Rendering

    /// - Complexity: O(n) in the text of the comparison.
    func render() -> Result {
        var out = HTMLBuffer(capacity: 4 * (comparison.old.root.allParagraphs.reduce(0) { $0 + $1.text.utf8.count } + 1))
        var state = State()
        state.language = language
        out.raw("<div class=\"part\" data-p=\"0\"><div class=\"blk\">")
        for (index, row) in rows.enumerated() {
            if let stubs = stubsBefore[index] {
                state.flushRun(into: &out)
                for moved in stubs { renderStub(of: rows[moved], into: &out) }
            }
            switch row.level {
            case .part:
                state.flushRun(into: &out)
                state.part += 1
                out.raw("</div></div><div class=\"part\" data-p=\"\(state.part)\"><div class=\"blk\">")
                state.outline.append(outlineEntry(row, part: state.part))
                state.currentPartEntry = state.outline.count - 1
            case .section:
                state.flushRun(into: &out)
                out.raw("</div><div class=\"blk\">")
                state.outline.append(outlineEntry(row, part: state.part))
            case .paragraph, .sentence:
                break
            }
            let isChange = isChange(row)
            if isChange {
                state.changes += 1
                if let entry = state.currentPartEntry { state.outline[entry].changes += 1 }
            }
            let hasSubheadings = row.level == .paragraph
                && (row.old.map { oldSubheadings[$0.id] != nil } ?? false || row.new.map { newSubheadings[$0.id] != nil } ?? false)
            if isChange || row.level == .part || row.level == .section || hasSubheadings {
                state.flushRun(into: &out)
                renderRow(row, isChange: isChange, state: &state, into: &out)
            } else {
                var run = HTMLBuffer()
                swap(&run, &state.run)
                renderRow(row, isChange: false, state: &state, into: &run)
                swap(&run, &state.run)
                state.runCount += 1
                if row.level == .sentence { state.runSentences += 1 }
            }
        }
        state.flushRun(into: &out)
        out.raw("</div></div>")
        return Result(body: out.output, outline: state.outline, changeCount: state.changes)
    }

    /// What the rendering carries from row to row.
    private struct State {
        var part = 0
        var outline: [OutlineEntry] = []
        var currentPartEntry: Int?
        var changes = 0
        var anchors: Set<String> = []
        /// How many changes so far had each text digest.
        var occurrences: [String: Int] = [:]
        var run = HTMLBuffer()
        var runCount = 0
        var runSentences = 0
        var language = ""
        /// The characters of every edited sentence, numbered once for the page.
        var characterCodes = CharacterCodes()

        /// Writes the pending unchanged rows, folded when there are enough of them.
        mutating func flushRun(into out: inout HTMLBuffer) {
            guard runCount > 0 else { return }
            if runCount >= ReviewRows.foldThreshold {
                out.raw("<details class=\"same\"><summary>\(runSentences) <span data-t=\"unchangedRun\">")
                out.text(ReviewLabels.text("unchangedRun", language))
                out.raw("</span></summary>")
                out.raw(run.output)
                out.raw("</details>")
            } else {
                out.raw(run.output)
            }
            run = HTMLBuffer()
            runCount = 0
            runSentences = 0
        }

        /// The anchor for a node, or `nil` when an earlier row (a split or merge) has it.
        mutating func anchor(_ prefix: String, _ node: NodeRef?) -> String? {
            guard let node else { return nil }
            let anchor = prefix + node.id
            return anchors.insert(anchor).inserted ? anchor : nil
        }

        /// The review key of a change: a digest of its level and the text of both sides, then
        /// which occurrence of that digest it is (O(1) per row). It depends on the reports alone, so a
        /// regenerated archive of the same reports keeps its review marks.
        mutating func changeID(_ row: AlignmentRow, old: String, new: String) -> String {
            let base = String(SHA256.hex("\(row.level.rawValue)\u{1}\(old)\u{1}\(new)".utf8).prefix(12))
            let number = (occurrences[base] ?? 0) + 1
            occurrences[base] = number
            return "\(base).\(number)"
        }
    }

    /// A row is a change unless it pairs two identical nodes in order. A paragraph row is one
    /// only when the paragraph moved: its sentences' rows carry every other change, and a row
    /// with no text would be a change with nothing to review.
    private func isChange(_ row: AlignmentRow) -> Bool {
        if row.level == .paragraph { return row.relation == .moved && row.old != nil && row.new != nil }
        if row.relation != .matched || row.titleChanged { return true }
        guard row.level == .sentence, let old = row.old, let new = row.new else { return false }
        return edits[Self.key(old.id, new.id)] != nil
    }

    private func renderRow(_ row: AlignmentRow, isChange: Bool, state: inout State, into out: inout HTMLBuffer) {
        let edit = row.level == .sentence ? edits[Self.key(row.old?.id, row.new?.id)] : nil
        let numbers = edit?.diff.numericChanges ?? []
        var classes = ["row", Self.levelClass[row.level] ?? "s"]
        if isChange { classes.append("chg") }
        // An added or removed sentence with a number in it is a numeric change too.
        let wholeWithNumber = row.level == .sentence && (row.relation == .added || row.relation == .removed)
            && (row.new ?? row.old).map { Self.showsDigit($0.title) } ?? false
        if !numbers.isEmpty || wholeWithNumber { classes.append("num") }
        if row.level == .part || row.level == .section { classes.append("h") }
        let hasRedline = edit != nil || (row.titleChanged && row.old != nil && row.new != nil)
        if hasRedline { classes.append("rl") }
        if edit != nil { classes.append("ed") }
        if row.new == nil { classes.append("ro") }
        out.raw("<div")
        out.attribute("class", classes.joined(separator: " "))
        if isChange { out.attribute("data-c", state.changeID(row, old: text(row.old, row: row, side: .old), new: text(row.new, row: row, side: .new))) }
        out.raw(">")

        let oldAnchor = state.anchor("o-", row.old), newAnchor = state.anchor("n-", row.new)
        let edited = edit.map { EditedSentence($0, codes: &state.characterCodes) }
        cell("o", anchor: oldAnchor, row: row, node: row.old, side: .old, edited: edited, into: &out)
        cell("n", anchor: newAnchor, row: row, node: row.new, side: .new, edited: edited, into: &out)
        // An edited sentence's redline is woven from its two cells by the page's script when the
        // redline view is first chosen: sent here, it would be a third of the page.
        if hasRedline, edit == nil {
            cell("r", anchor: nil, row: row, node: row.new, side: .redline, edited: nil, into: &out)
        }
        gutter(row, edit: edit, numbers: numbers, into: &out)
        out.raw("</div>")
    }

    private static let levelClass: [AlignmentLevel: String] = [.part: "hp", .section: "hs", .paragraph: "pp", .sentence: "s"]

    private func cell(
        _ kind: String, anchor: String?, row: AlignmentRow, node: NodeRef?, side: Side, edited: EditedSentence?,
        into out: inout HTMLBuffer
    ) {
        // A side with nothing has no cell (the grid places each cell by its column), and a
        // sentence's cell is its anchor: thousands of elements fewer for the browser to parse.
        guard let node else { return }
        out.raw("<div class=\"\(kind)\"")
        if row.level == .sentence, let anchor { out.attribute("id", anchor) }
        out.raw(">")
        switch row.level {
        case .part, .section:
            let tag = row.level == .part ? "h3" : "h4"
            out.raw("<\(tag)")
            if let anchor { out.attribute("id", anchor) }
            out.raw(">")
            if side == .redline, let old = row.old {
                out.raw("<del>")
                heading(old, level: row.level, into: &out)
                out.raw("</del> <ins>")
                heading(node, level: row.level, into: &out)
                out.raw("</ins>")
            } else {
                heading(node, level: row.level, into: &out)
            }
            out.raw("</\(tag)>")
        case .paragraph:
            // Only the first row of a split or merged paragraph carries its anchors and sub-headings.
            for section in anchor == nil ? [] : (side == .old ? oldSubheadings : newSubheadings)[node.id] ?? [] {
                out.raw("<h5 class=\"sub\"")
                out.attribute("id", (side == .old ? "o-" : "n-") + section.id)
                out.raw(">")
                out.text(section.kind == .lead ? "——" + section.title : [section.number, section.title].compactMap { $0 }.joined(separator: " "))
                out.raw("</h5>")
            }
            out.raw("<span class=\"pm\"")
            if let anchor { out.attribute("id", anchor) }
            out.attribute("title", node.id)
            out.raw(">¶</span>")
            if row.relation == .moved, side != .redline {
                out.raw(" <span class=\"q\">")
                out.text(Self.shortened(text(node, row: row, side: side)))
                out.raw("</span>")
            }
        case .sentence:
            sentence(node, row: row, side: side, edited: edited, into: &out)
        }
        out.raw("</div>")
    }

    private func heading(_ node: NodeRef, level: AlignmentLevel, into out: inout HTMLBuffer) {
        if let number = node.number, !number.isEmpty {
            out.raw("<span class=\"no\">")
            out.text(Self.numbered(number, level: level))
            out.raw("</span>")
        }
        out.text(node.title)
    }

    /// Whether a sentence has a digit among its characters, ASCII or full-width (０–９). The
    /// characters are compared only when the UTF-8 holds a digit's bytes at all (a character
    /// that is such a digit starts with them): comparing every character of every added or
    /// removed sentence with "０" and "９" took some 20M instructions of the national pair's page.
    /// - Complexity: O(n) in the length of `text`.
    static func showsDigit(_ text: String) -> Bool {
        var bytes = text
        let holdsDigitBytes = bytes.withUTF8 { utf8 in
            utf8.indices.contains { index in
                // ０–９ are U+FF10–U+FF19, EF BC 90–99 in UTF-8.
                (0x30...0x39).contains(utf8[index])
                    || (utf8[index] == 0xEF && index + 2 < utf8.count && utf8[index + 1] == 0xBC && (0x90...0x99).contains(utf8[index + 2]))
            }
        }
        return holdsDigitBytes && (text.contains { $0.isASCII && $0.isNumber } || text.contains { ("０"..."９").contains($0) })
    }

    /// `一、` for a part, `（一）` for a section; `1.` where the number is not written in Han.
    static func numbered(_ number: String, level: AlignmentLevel) -> String {
        let isHan = number.containsHan
        guard isHan else { return number + ". " }
        return level == .part ? number + "、" : "（" + number + "）"
    }

    /// An edited sentence as both its cells show it, segmented once.
    private struct EditedSentence {
        let numbers: [NumericChange]
        let characters: [ReviewDiff.Segment]
        let phrases: [ReviewDiff.Segment]

        init(_ edit: SentenceEdit, codes: inout CharacterCodes) {
            numbers = edit.diff.numericChanges
            characters = ReviewDiff.segments(edit.diff.runs, granularity: .character, codes: &codes)
            phrases = ReviewDiff.regrouped(characters, as: .phrase)
        }
    }

    private func sentence(_ node: NodeRef, row: AlignmentRow, side: Side, edited: EditedSentence?, into out: inout HTMLBuffer) {
        guard let edited else {
            switch row.relation {
            case .added: out.element("ins", text: node.title)
            case .removed: out.element("del", text: node.title)
            default: out.text(node.title)
            }
            return
        }
        let numbers = edited.numbers, characters = edited.characters, phrases = edited.phrases
        // The sentence view is the character view restyled (whole sentence struck and inserted);
        // the phrase view is written only where it differs from the character view.
        for (segments, kind) in [(characters, phrases == characters ? "gc g1" : "gc"), (phrases, "gp")] where kind != "gp" || phrases != characters {
            out.raw("<span class=\"\(kind)\">")
            for segment in segments {
                switch segment {
                case .same(let text):
                    out.text(text)
                case .changed(let old, let new):
                    if side != .new, !old.isEmpty {
                        out.raw("<del>")
                        Self.highlight(numbers.map(\.old), in: old, into: &out)
                        out.raw("</del>")
                    }
                    if side != .old, !new.isEmpty {
                        out.raw("<ins>")
                        Self.highlight(numbers.map(\.new), in: new, into: &out)
                        out.raw("</ins>")
                    }
                case .movedOut(let text):
                    if side != .new { out.element("span", " class=\"mw\" title=\"↷\"", text: text) }
                case .movedIn(let text):
                    if side != .old { out.element("span", " class=\"mw\" title=\"↶\"", text: text) }
                }
            }
            out.raw("</span>")
        }
    }

    /// The text a reviewer sees for a node: a heading's number and title, a sentence, or the
    /// start of a paragraph.
    private func text(_ node: NodeRef?, row: AlignmentRow, side: Side) -> String {
        guard let node else { return "" }
        switch row.level {
        case .part, .section: return Self.label(node, level: row.level)
        case .sentence: return node.title
        case .paragraph: return (side == .old ? oldParagraphs : newParagraphs)[node.id] ?? ""
        }
    }

    private static func shortened(_ text: String) -> String {
        text.count > 60 ? String(text.prefix(60)) + "…" : text
    }

    /// Writes `text` with each of `numbers` wrapped in `<b class="nm">` where it stands whole
    /// (not inside a longer number), so a changed number reads as one unit inside a rewrite.
    ///
    /// - Complexity: O(k · n) for k numbers in a run of n characters.
    static func highlight(_ numbers: [String], in text: String, into out: inout HTMLBuffer) {
        var ranges: [Range<String.Index>] = []
        for number in Set(numbers) where !number.isEmpty {
            var searchStart = text.startIndex
            while let found = text.range(of: number, range: searchStart..<text.endIndex) {
                let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : nil
                let after = found.upperBound < text.endIndex ? text[found.upperBound] : nil
                if !isNumberPart(before), !isNumberPart(after) {
                    ranges.append(found)
                    break
                }
                searchStart = found.upperBound
            }
        }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var position = text.startIndex
        for range in ranges where range.lowerBound >= position {
            out.text(String(text[position..<range.lowerBound]))
            out.raw("<b class=\"nm\">")
            out.text(String(text[range]))
            out.raw("</b>")
            position = range.upperBound
        }
        out.text(String(text[position...]))
    }

    private static func isNumberPart(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isNumber || character == "." || character == "．"
    }

    private func gutter(_ row: AlignmentRow, edit: SentenceEdit?, numbers: [NumericChange], into out: inout HTMLBuffer) {
        // A paragraph's own relation is its sentences' to tell, unless the paragraph moved.
        var badges = row.level == .paragraph && row.relation != .moved ? [] : Self.badges(row)
        if edit != nil, row.relation != .added, row.relation != .removed { badges.append("edited") }
        guard !badges.isEmpty || !numbers.isEmpty else { return }
        out.raw("<div class=\"g\">")
        // The script names a badge by its class when the language changes; an added or removed
        // row has no score to show: two attributes fewer on thousands of rows.
        for badge in badges {
            out.raw("<span class=\"b b-\(badge)\"")
            if row.old != nil, row.new != nil { out.attribute("title", ScoreText.threeDecimals(row.score)) }
            out.raw(">")
            out.text(ReviewLabels.text("rel-" + badge, language))
            out.raw("</span>")
        }
        if row.relation == .moved, let old = row.old, row.new != nil, stubbedOldIDs.contains(old.id) {
            out.raw("<a class=\"mv\" data-t=\"oldPlace\"")
            out.attribute("href", "#g-" + old.id)
            out.raw(">")
            out.text(ReviewLabels.text("oldPlace", language))
            out.raw("</a>")
        }
        for change in numbers {
            out.raw("<span class=\"nc\"><del>")
            out.text(change.old)
            out.raw("</del> → <ins>")
            out.text(change.new)
            out.raw("</ins></span>")
        }
        out.raw("</div>")
    }

    /// The words a row's relation shows as: nothing for an unrenamed match.
    private static func badges(_ row: AlignmentRow) -> [String] {
        var badges: [String] = []
        if row.relation != .matched { badges.append(row.relation.rawValue) }
        if row.titleChanged { badges.append("renamed") }
        return badges
    }

    /// `一、总体要求`, `（三）扩大内需`: a part's or section's number and title.
    static func label(_ node: NodeRef, level: AlignmentLevel) -> String {
        [node.number.flatMap { $0.isEmpty ? nil : numbered($0, level: level) }, node.title].compactMap { $0 }.joined()
    }

    private func outlineEntry(_ row: AlignmentRow, part: Int) -> OutlineEntry {
        let label = (row.new ?? row.old).map { Self.label($0, level: row.level) } ?? ""
        let anchor = row.new.map { "n-" + $0.id } ?? row.old.map { "o-" + $0.id } ?? ""
        return OutlineEntry(level: row.level, label: label, anchor: anchor, badges: Self.badges(row), changes: 0, part: part)
    }

    // MARK: Moved pieces

    /// A stub where a moved piece stood in the old report, linking to where it went.
    private func renderStub(of row: AlignmentRow, into out: inout HTMLBuffer) {
        guard let old = row.old, let new = row.new else { return }
        out.raw("<div class=\"ghost\"")
        out.attribute("id", "g-" + old.id)
        out.raw("><div class=\"o\"><a")
        out.attribute("href", "#n-" + new.id)
        out.raw("><span data-t=\"movedFrom\">")
        out.text(ReviewLabels.text("movedFrom", language))
        out.raw("</span><span class=\"q\">")
        out.text(Self.excerpt(old, level: row.level))
        out.raw("</span><span data-t=\"nowAt\">")
        out.text(ReviewLabels.text("nowAt", language))
        out.raw("</span><span class=\"q\">")
        out.text(Self.excerpt(new, level: row.level))
        out.raw("</span></a></div></div>")
    }

    private static func excerpt(_ node: NodeRef, level: AlignmentLevel) -> String {
        let label = [node.number.map { numbered($0, level: level) }, node.title].compactMap { $0 }.joined()
        return label.count > 40 ? String(label.prefix(40)) + "…" : label
    }

    /// Places each moved row's stub before the row of the next old node at its level that did
    /// not move, which is where the piece stood in the old report.
    ///
    /// - Complexity: O(n log n) in the rows.
    private static func stubPlacement(rows: [AlignmentRow], old: Report) -> [Int: [Int]] {
        let order = documentOrder(of: old)
        var placement: [Int: [Int]] = [:]
        for level in AlignmentLevel.allCases {
            let withOld = rows.indices.filter { rows[$0].level == level && rows[$0].old != nil }
                .sorted { (order[rows[$0].old?.id ?? ""] ?? 0, $0) < (order[rows[$1].old?.id ?? ""] ?? 0, $1) }
            var nextStill: Int?
            for index in withOld.reversed() {
                if rows[index].relation == .moved, rows[index].new != nil {
                    if let nextStill { placement[nextStill, default: []].insert(index, at: 0) }
                } else {
                    nextStill = index
                }
            }
        }
        return placement
    }

    /// The position of every section, paragraph and sentence id in a report's document order.
    ///
    /// - Complexity: O(n) in the nodes of the report.
    private static func documentOrder(of report: Report) -> [String: Int] {
        var order: [String: Int] = [:]
        func visit(_ section: Section) {
            order[section.id] = order.count
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    order[paragraph.id] = order.count
                    for sentence in paragraph.sentences { order[sentence.id] = order.count }
                case .section(let child):
                    visit(child)
                }
            }
        }
        visit(report.root)
        return order
    }

    /// Headings the alignment has no row for (items, leads, deeper sections), by the paragraph
    /// they stand before.
    ///
    /// - Complexity: O(n) in the nodes of the report.
    private static func subheadings(of report: Report, aligned: Set<String>) -> [String: [Section]] {
        var result: [String: [Section]] = [:]
        var pending: [Section] = []
        func visit(_ section: Section) {
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    if !pending.isEmpty {
                        result[paragraph.id, default: []] += pending
                        pending = []
                    }
                case .section(let child):
                    if !aligned.contains(child.id) { pending.append(child) }
                    visit(child)
                }
            }
        }
        visit(report.root)
        return result
    }
}
