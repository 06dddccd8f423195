import ReportModel
import ReportText

/// Builds a report's outline from its re-flowed paragraphs: parts, numbered sections, items and
/// lead sub-headings, each holding its paragraphs and sentences, with stable ids.
///
/// Ids come from positions: `part3.sec1.lead2.p1.s4` is the fourth sentence of the first
/// paragraph under the second lead of the first section of the third part.
struct OutlineBuilder: Sendable {
    var isChinese: Bool

    /// Longest heading title taken from the front of a paragraph, in characters.
    private static let maximumTitle = 60
    /// Longest first sentence that still reads as a lead sub-heading (`做实项目盘子。`).
    private static let maximumLead = 16

    /// - Complexity: O(n) in the total length of the paragraphs.
    func outline(of paragraphs: [RawParagraph]) -> (root: Section, diagnostics: [Diagnostic]) {
        var state = State(stack: [Frame(kind: .document, id: "", number: nil, title: "", range: paragraphs.first?.range)])
        state.takesHeadlines = isChinese && !paragraphs.contains { HeadingSyntax.part(Substring($0.text)) != nil }
        // Hong Kong's and India's budget speeches number nearly every paragraph: numbers that run
        // through most of a text mark paragraphs, not sections (a translation numbers a handful).
        if !isChinese {
            let numbered = paragraphs.count { Self.paragraphNumberLength(Substring($0.text)) != nil }
            state.numbersParagraphs = numbered >= 10 && numbered * 2 > paragraphs.count
        }
        for paragraph in paragraphs {
            add(paragraph, to: &state)
        }
        while state.stack.count > 1 { closeTop(&state.stack) }
        var root = state.stack[0].section
        if let first = paragraphs.first, let last = paragraphs.last {
            root.range = SourceRange(start: first.start, end: last.end)
        }
        return (root, state.diagnostics)
    }

    /// The builder's state between paragraphs.
    private struct State {
        var stack: [Frame]
        var diagnostics: [Diagnostic] = []
        /// Inside an appendix every paragraph is content: its `一、` entries and glossary entries
        /// (`1.“四上”企业：…`) are not headings.
        var inAppendix = false
        /// An appendix heading that stands without its title (`附件1`), which comes next.
        var awaitsAppendixTitle = false
        /// A report without numbered parts may stand under a news page's headlines.
        var takesHeadlines = false
        /// A part heading has been read.
        var hasParts = false
        /// The first part heading has no number (`2021年工作安排`).
        var partsUnnumbered = false
        /// Most paragraphs open with a number (`12. We will…`), which numbers them.
        var numbersParagraphs = false
        /// The first numbered paragraph has been read: the title block is behind.
        var inNumberedText = false
    }

    private func add(_ paragraph: RawParagraph, to state: inout State) {
        let text = Substring(paragraph.text)
        if state.awaitsAppendixTitle {
            state.awaitsAppendixTitle = false
            if text.hasCharacters(atMost: 40), !text.contains(where: { "。！？；.!?".contains($0) }) {
                state.stack[state.stack.count - 1].retitle(text, through: paragraph, isChinese: isChinese)
                return
            }
        }
        if let (number, title) = HeadingSyntax.appendix(text) {
            open(.part, number: number, title: title, meaning: HeadingMeaning(title: "附件" + title, isChinese: isChinese),
                 paragraph: paragraph, titleEnd: paragraph.count, in: &state.stack)
            state.stack[state.stack.count - 1].role = .appendix
            state.inAppendix = true
            state.awaitsAppendixTitle = title.isEmpty
            return
        }
        if state.inAppendix {
            state.stack[state.stack.count - 1].append(paragraph, from: 0, splitter: splitter)
            return
        }
        if isChinese {
            addChinese(paragraph, text: text, to: &state)
        } else {
            addEnglish(paragraph, text: text, to: &state)
        }
    }

    private func addChinese(_ paragraph: RawParagraph, text: Substring, to state: inout State) {
        // `2021年工作安排` over `一、加快…先行启动区建设，…`: under parts headed without numbers, the
        // `一、` headings number their sections, however long.
        if state.partsUnnumbered, let (number, rest) = HeadingSyntax.partNumbered(text), !rest.isEmpty, let heading = Self.heading(rest, in: text) {
            open(.section, number: number, title: heading.title, paragraph: paragraph, titleEnd: heading.end, in: &state.stack)
            state.stack[state.stack.count - 1].append(paragraph, from: heading.bodyStart, splitter: splitter)
            return
        }
        if let (number, title) = HeadingSyntax.part(text) {
            if !state.hasParts { state.partsUnnumbered = number == nil }
            state.hasParts = true
            let titleEnd = text.distance(from: text.startIndex, to: title.endIndex)
            open(.part, number: number, title: title, meaning: HeadingMeaning(title: title, isChinese: true),
                 paragraph: paragraph, titleEnd: titleEnd, in: &state.stack)
            // A heading that runs on into the part's first paragraph, past its `。`.
            state.stack[state.stack.count - 1].append(paragraph, from: titleEnd + 1, splitter: splitter)
            return
        }
        if HeadingSyntax.looksLikePart(text) {
            state.diagnostics.append(Diagnostic(
                .warning, code: "heading-like",
                message: "a line numbered like a part heading is kept as a paragraph (too long or a full sentence): \(text.prefix(20))…",
                range: paragraph.range))
        }
        // Work on the stack in place: a copy of it would copy every block read so far, once per
        // paragraph — quadratic.
        if let (number, rest) = HeadingSyntax.section(text), let heading = Self.heading(rest, in: text) {
            open(.section, number: number, title: heading.title, paragraph: paragraph, titleEnd: heading.end, in: &state.stack)
            state.stack[state.stack.count - 1].append(paragraph, from: heading.bodyStart, splitter: splitter)
            return
        }
        if let (number, rest) = HeadingSyntax.numberedItem(text), let heading = Self.heading(rest, in: text) {
            open(.item, number: number, title: heading.title, paragraph: paragraph, titleEnd: heading.end, in: &state.stack)
            state.stack[state.stack.count - 1].append(paragraph, from: heading.bodyStart, splitter: splitter)
            return
        }
        if let rest = HeadingSyntax.bullet(text), let sentenceEnd = rest.prefix(41).firstIndex(of: "。") {
            let heading = Self.heading(rest, in: text, end: sentenceEnd)
            open(.lead, number: nil, title: heading.title, paragraph: paragraph, titleEnd: heading.end, in: &state.stack)
            state.stack[state.stack.count - 1].append(paragraph, from: heading.bodyStart, splitter: splitter)
            closeTop(&state.stack)
            return
        }
        if state.takesHeadlines, let meaning = Self.headline(text) {
            open(.part, number: nil, title: text, meaning: meaning, paragraph: paragraph, titleEnd: paragraph.count, in: &state.stack)
            return
        }
        let top = state.stack[state.stack.count - 1].kind
        if top == .section || top == .item || top == .lead, let sentenceEnd = Self.leadSentenceEnd(text) {
            let runIn = Self.runInLeadStarts(text)
            if !runIn.isEmpty {
                for piece in paragraph.cut(at: runIn) { addChinese(piece, text: Substring(piece.text), to: &state) }
                return
            }
            let heading = Self.heading(text, in: text, end: sentenceEnd)
            open(.lead, number: nil, title: heading.title, paragraph: paragraph, titleEnd: heading.end, in: &state.stack)
            state.stack[state.stack.count - 1].append(paragraph, from: heading.bodyStart, splitter: splitter)
            return
        }
        state.stack[state.stack.count - 1].append(paragraph, from: 0, splitter: splitter)
    }

    /// The end of a paragraph's opening sentence when it reads as a lead sub-heading: short, with
    /// no clause mark, Han, and followed by more text (`做实项目盘子。…`).
    static func leadSentenceEnd(_ text: Substring) -> Substring.Index? {
        guard let end = text.prefix(maximumLead + 1).firstIndex(of: "。"), text.index(after: end) < text.endIndex,
            !text[..<end].contains(where: { "，、；：,".contains($0) }), text[..<end].containsHan
        else { return nil }
        return end
    }

    /// Where the ordinal leads after the first start in a paragraph that opens with one
    /// (`一是综合实力稳步增强。…。二是产业能级不断提升。…`): a page that ran a section's leads into
    /// one paragraph. Each is a lead sentence opening `二是`, `三是`, … in order after a full stop,
    /// with a title of two characters or more; an enumeration of clauses (`一是…；二是…`) has no
    /// such sentences and is not cut.
    static func runInLeadStarts(_ text: Substring) -> [Int] {
        func opensLead(_ rest: Substring, ordinal: Character) -> Bool {
            guard rest.first == ordinal, rest.dropFirst().first == "是", let end = leadSentenceEnd(rest) else { return false }
            return rest.distance(from: rest.startIndex, to: end) > 3
        }
        guard opensLead(text, ordinal: "一") else { return [] }
        var starts: [Int] = []
        var ordinals = Array("二三四五六七八九十")[...]
        var offset = 0
        for index in text.indices {
            offset += 1
            guard text[index] == "。", let ordinal = ordinals.first else { continue }
            if opensLead(text[text.index(after: index)...], ordinal: ordinal) {
                starts.append(offset)
                ordinals = ordinals.dropFirst()
            }
        }
        return starts
    }

    /// English: Roman-numeral parts, parts said as sentences, numbered sections (`1. …`, also run
    /// into the next sentence) and Markdown headings; other paragraphs stay where they are.
    private func addEnglish(_ paragraph: RawParagraph, text: Substring, to state: inout State) {
        if state.numbersParagraphs {
            if let length = Self.paragraphNumberLength(text) {
                state.stack[state.stack.count - 1].append(paragraph, from: length, splitter: splitter)
                state.inNumberedText = true
                return
            }
            // Among numbered paragraphs, a short line with no number and no end is a heading
            // (`Economic Performance in 2023`).
            if state.inNumberedText, text.hasCharacters(atMost: Self.maximumTitle), text.first?.isUppercase == true,
                let last = text.last, last.isLetter || last.isNumber
            {
                open(.section, number: nil, title: text, paragraph: paragraph, titleEnd: paragraph.count, in: &state.stack)
                return
            }
        }
        if let (number, title) = HeadingSyntax.romanPart(text) {
            open(.part, number: number, title: title, meaning: HeadingMeaning(title: title, isChinese: false),
                 paragraph: paragraph, titleEnd: paragraph.count, in: &state.stack)
            return
        }
        if let title = HeadingSyntax.spokenPart(text) {
            open(.part, number: nil, title: title, meaning: HeadingMeaning(title: title, isChinese: false),
                 paragraph: paragraph, titleEnd: paragraph.count, in: &state.stack)
            return
        }
        if HeadingSyntax.looksLikeRomanPart(text) {
            state.diagnostics.append(Diagnostic(
                .warning, code: "heading-like",
                message: "a line numbered like a part heading is kept as a paragraph (too long or a full sentence): \(text.prefix(30))…",
                range: paragraph.range))
        }
        if let (level, title) = HeadingSyntax.markdownHeading(text) {
            let kind: Section.Kind = level <= 2 ? .part : .section
            open(kind, number: nil, title: title,
                 meaning: kind == .part ? HeadingMeaning(title: title, isChinese: false) : nil,
                 paragraph: paragraph, titleEnd: paragraph.count, in: &state.stack)
            return
        }
        if let (number, rest) = HeadingSyntax.numberedItem(text), number.count <= 2 {
            let heading = Self.englishHeading(rest, in: text)
            open(.section, number: number, title: heading.title, paragraph: paragraph, titleEnd: heading.end, in: &state.stack)
            state.stack[state.stack.count - 1].append(paragraph, from: heading.bodyStart, splitter: splitter)
            return
        }
        state.stack[state.stack.count - 1].append(paragraph, from: 0, splitter: splitter)
    }

    /// Words that open a sentence: where a numbered heading runs on into its paragraph without
    /// a full stop (`1. Stepping up supply-side structural reform In economic development…`).
    private static let sentenceOpeners: Set<Substring> = [
        "In", "We", "The", "This", "These", "Those", "To", "Our", "It", "Over", "Last", "As", "With", "For", "By",
        "At", "On", "Since", "While", "All", "There",
    ]

    /// The title of an English numbered heading: its first sentence, or the words before a
    /// sentence that runs on without a full stop.
    private static func englishHeading(_ rest: Substring, in text: Substring) -> (title: Substring, end: Int, bodyStart: Int) {
        let trimmed = rest.drop(while: { $0 == " " })
        let offset = text.distance(from: text.startIndex, to: trimmed.startIndex)
        var wordStart = trimmed.startIndex
        var previous: Substring?
        var count = 0
        while wordStart < trimmed.endIndex, count < 16 {
            let wordEnd = trimmed[wordStart...].firstIndex(of: " ") ?? trimmed.endIndex
            let word = trimmed[wordStart..<wordEnd]
            if count >= 2, let previous, previous.last?.isLowercase == true, sentenceOpeners.contains(word) {
                let end = offset + trimmed.distance(from: trimmed.startIndex, to: wordStart)
                return (trimmed[..<wordStart].dropLast(), end - 1, end)
            }
            if word.last == "." || word.last == "?" || word.last == "!" { break }
            previous = word
            count += 1
            wordStart = trimmed[wordEnd...].firstIndex(where: { $0 != " " }) ?? trimmed.endIndex
        }
        let characters = CharacterScalars(trimmed)
        let sentences = SentenceSplitter(isChinese: false).sentenceOffsets(in: characters)
        let firstEnd = sentences.first?.upperBound ?? characters.count
        let title = trimmed.prefix(firstEnd)
        let end = offset + firstEnd
        return (title.last == "." ? title.dropLast() : title, end, end)
    }

    private var splitter: SentenceSplitter { SentenceSplitter(isChinese: isChinese) }

    /// `123. ` opening a paragraph: the length of the number, its full stop and the space.
    private static func paragraphNumberLength(_ text: Substring) -> Int? {
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...3).contains(digits.count), text.dropFirst(digits.count).starts(with: ". ") else { return nil }
        return digits.count + 2
    }

    /// A news page's headline over a stretch of a report that has no numbered parts
    /// (`李克强在政府工作报告中指出，过去五年极不寻常、极不平凡`, `…提出今年发展主要预期目标`): a short line
    /// with no number and no sentence end that names what the part does or the time it speaks of,
    /// the past (a review) or this year (a plan).
    private static func headline(_ text: Substring) -> HeadingMeaning? {
        guard text.hasCharacters(atMost: maximumTitle), text.containsHan,
            !text.contains(where: { "。！？；：:".contains($0) })
        else { return nil }
        var meaning = HeadingMeaning(title: text, isChinese: true)
        // The past outweighs a work word (`五年来认真贯彻落实…战略部署` reviews).
        if ["过去", "五年来", "去年"].contains(where: text.containsLiterally) {
            meaning.role = .review
        } else if meaning.role == .other, text.containsLiterally("今年") {
            meaning.role = .plan
        }
        return meaning.role == .other ? nil : meaning
    }

    /// A heading at the front of `rest`: its title runs to the first `。` (or is all of `rest`
    /// when short and unpunctuated), the body follows.
    private static func heading(_ rest: Substring, in text: Substring) -> (title: Substring, end: Int, bodyStart: Int)? {
        if let sentenceEnd = rest.prefix(maximumTitle + 1).firstIndex(of: "。") {
            return heading(rest, in: text, end: sentenceEnd)
        }
        guard rest.hasCharacters(atMost: maximumTitle), !rest.contains(where: { "。！？；".contains($0) }) else { return nil }
        let length = text.count
        return (rest, length, length)
    }

    private static func heading(_ rest: Substring, in text: Substring, end: Substring.Index) -> (title: Substring, end: Int, bodyStart: Int) {
        let titleEnd = text.distance(from: text.startIndex, to: end)
        return (rest[..<end], titleEnd, titleEnd + 1)
    }

    /// The first four-digit year written `2024年`.
    static func year(in text: Substring) -> Int? {
        var index = text.startIndex
        while let digit = text[index...].firstIndex(where: { $0.isASCII && $0.isNumber }) {
            let digits = text[digit...].prefix(while: { $0.isASCII && $0.isNumber })
            if digits.count == 4, text[digits.endIndex...].first == "年", let year = Int(digits), year >= 1900 {
                return year
            }
            index = digits.endIndex
        }
        return nil
    }

    private func open(
        _ kind: Section.Kind, number: String?, title: Substring, meaning: HeadingMeaning? = nil,
        paragraph: RawParagraph, titleEnd: Int, in stack: inout [Frame]
    ) {
        while let top = stack.last, top.kind.level >= kind.level { closeTop(&stack) }
        let parent = stack.count - 1
        let id = stack[parent].nextChildID(kind)
        let range = SourceRange(start: paragraph.start, end: paragraph.position(at: max(0, titleEnd - 1)).advanced())
        var frame = Frame(kind: kind, id: id, number: number, title: String(title), range: range)
        frame.role = meaning?.role
        frame.year = meaning?.year
        frame.period = meaning?.period
        stack.append(frame)
    }

    private func closeTop(_ stack: inout [Frame]) {
        guard stack.count > 1, let top = stack.popLast() else { return }
        stack[stack.count - 1].blocks.append(.section(top.section))
    }
}

/// A section being built.
private struct Frame {
    var kind: Section.Kind
    var id: String
    var number: String?
    var title: String
    var role: PartRole?
    var year: Int?
    var period: Period?
    var range: SourceRange
    var blocks: [Section.Block] = []
    private var childCounts: [Section.Kind: Int] = [:]
    private var paragraphCount = 0

    init(kind: Section.Kind, id: String, number: String?, title: String, range: SourceRange?) {
        self.kind = kind
        self.id = id
        self.number = number
        self.title = title
        let origin = SourcePosition(line: 1, column: 1)
        self.range = range ?? SourceRange(start: origin, end: origin)
    }

    var section: Section {
        Section(
            id: id, kind: kind, number: number, title: title, role: role, year: year, period: period, range: range,
            blocks: blocks)
    }

    /// Takes the title that stands on the line after its heading (`附件1` / `2026年省十件民生实事`).
    mutating func retitle(_ text: Substring, through paragraph: RawParagraph, isChinese: Bool) {
        title = String(text)
        let meaning = HeadingMeaning(title: text, isChinese: isChinese)
        year = meaning.year
        period = meaning.period
        range = SourceRange(start: range.start, end: paragraph.end)
    }

    private func childID(_ local: String) -> String { id.isEmpty ? local : "\(id).\(local)" }

    mutating func nextChildID(_ kind: Section.Kind) -> String {
        let count = childCounts[kind, default: 0] + 1
        childCounts[kind] = count
        return childID("\(kind.idPrefix)\(count)")
    }

    /// Adds the part of `paragraph` from character `offset` on, split into sentences.
    /// - Complexity: O(n) in the length of the paragraph.
    mutating func append(_ paragraph: RawParagraph, from offset: Int, splitter: SentenceSplitter) {
        guard offset < paragraph.count else { return }
        // Sentences are cut by character offsets read once: cutting each from the string would
        // walk it from the front every time, quadratic in a paragraph of many sentences.
        let whole = CharacterScalars(paragraph.text)
        var start = offset
        while start < whole.count, whole.scalars[start].isWhitespace { start += 1 }
        guard start < whole.count else { return }
        let characters = whole.dropFirst(start)
        paragraphCount += 1
        let paragraphID = childID("p\(paragraphCount)")
        let sentences = splitter.sentenceOffsets(in: characters).enumerated().map { number, span in
            Sentence(
                id: "\(paragraphID).s\(number + 1)", text: String(characters[span]),
                range: SourceRange(
                    start: paragraph.position(at: start + span.lowerBound),
                    end: paragraph.position(at: start + span.upperBound - 1).advanced()))
        }
        let range = SourceRange(start: paragraph.position(at: start), end: paragraph.end)
        blocks.append(.paragraph(Paragraph(id: paragraphID, text: String(characters.text), sentences: sentences, range: range)))
    }
}

extension Section.Kind {
    fileprivate var level: Int {
        switch self {
        case .document: 0
        case .part: 1
        case .section: 2
        case .item: 3
        case .lead: 4
        }
    }

    fileprivate var idPrefix: String {
        switch self {
        case .document: ""
        case .part: "part"
        case .section: "sec"
        case .item: "item"
        case .lead: "lead"
        }
    }
}

extension SourcePosition {
    /// The position just after this character.
    fileprivate func advanced() -> SourcePosition { SourcePosition(line: line, column: column + 1) }
}
