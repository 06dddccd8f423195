import ReportModel

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
    func outline(of paragraphs: [RawParagraph]) -> Section {
        var stack = [Frame(kind: .document, id: "", number: nil, title: "", range: paragraphs.first?.range)]
        for paragraph in paragraphs {
            add(paragraph, to: &stack)
        }
        while stack.count > 1 { closeTop(&stack) }
        var root = stack[0].section
        if let first = paragraphs.first, let last = paragraphs.last {
            root.range = SourceRange(start: first.start, end: last.end)
        }
        return root
    }

    private func add(_ paragraph: RawParagraph, to stack: inout [Frame]) {
        let text = Substring(paragraph.text)
        guard isChinese else {
            stack[stack.count - 1].append(paragraph, from: 0, splitter: splitter)
            return
        }
        if let (number, title) = HeadingSyntax.part(text) {
            let (role, year) = Self.role(of: title)
            open(.part, number: number, title: title, role: role, year: year, paragraph: paragraph,
                 titleEnd: paragraph.count, in: &stack)
            return
        }
        if let (number, rest) = HeadingSyntax.section(text), let heading = Self.heading(rest, in: text) {
            open(.section, number: number, title: heading.title, paragraph: paragraph, titleEnd: heading.end, in: &stack)
            stack[stack.count - 1].append(paragraph, from: heading.bodyStart, splitter: splitter)
            return
        }
        if let (number, rest) = HeadingSyntax.numberedItem(text), let heading = Self.heading(rest, in: text) {
            open(.item, number: number, title: heading.title, paragraph: paragraph, titleEnd: heading.end, in: &stack)
            stack[stack.count - 1].append(paragraph, from: heading.bodyStart, splitter: splitter)
            return
        }
        if let rest = HeadingSyntax.bullet(text), let sentenceEnd = rest.prefix(41).firstIndex(of: "。") {
            let heading = Self.heading(rest, in: text, end: sentenceEnd)
            open(.lead, number: nil, title: heading.title, paragraph: paragraph, titleEnd: heading.end, in: &stack)
            stack[stack.count - 1].append(paragraph, from: heading.bodyStart, splitter: splitter)
            closeTop(&stack)
            return
        }
        let top = stack[stack.count - 1].kind
        if top == .section || top == .item || top == .lead,
            let sentenceEnd = text.prefix(Self.maximumLead + 1).firstIndex(of: "。"),
            text.index(after: sentenceEnd) < text.endIndex,
            !text[..<sentenceEnd].contains(where: { "，、；：,".contains($0) }),
            text[..<sentenceEnd].containsHan
        {
            let heading = Self.heading(text, in: text, end: sentenceEnd)
            open(.lead, number: nil, title: heading.title, paragraph: paragraph, titleEnd: heading.end, in: &stack)
            stack[stack.count - 1].append(paragraph, from: heading.bodyStart, splitter: splitter)
            return
        }
        stack[stack.count - 1].append(paragraph, from: 0, splitter: splitter)
    }

    private var splitter: SentenceSplitter { SentenceSplitter(isChinese: isChinese) }

    /// A heading at the front of `rest`: its title runs to the first `。` (or is all of `rest`
    /// when short and unpunctuated), the body follows.
    private static func heading(_ rest: Substring, in text: Substring) -> (title: Substring, end: Int, bodyStart: Int)? {
        if let sentenceEnd = rest.prefix(maximumTitle + 1).firstIndex(of: "。") {
            return heading(rest, in: text, end: sentenceEnd)
        }
        guard rest.count <= maximumTitle, !rest.contains(where: { "。！？；".contains($0) }) else { return nil }
        let length = text.count
        return (rest, length, length)
    }

    private static func heading(_ rest: Substring, in text: Substring, end: Substring.Index) -> (title: Substring, end: Int, bodyStart: Int) {
        let titleEnd = text.distance(from: text.startIndex, to: end)
        return (rest[..<end], titleEnd, titleEnd + 1)
    }

    /// `2024年工作回顾` → (.review, 2024); `2025年政府工作任务` → (.plan, 2025).
    static func role(of title: Substring) -> (PartRole, Int?) {
        let role: PartRole =
            title.contains("回顾") ? .review
            : ["安排", "任务", "计划", "部署"].contains(where: { title.contains($0) }) ? .plan : .other
        return (role, year(in: title))
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
        _ kind: Section.Kind, number: String?, title: Substring, role: PartRole? = nil, year: Int? = nil,
        paragraph: RawParagraph, titleEnd: Int, in stack: inout [Frame]
    ) {
        while let top = stack.last, top.kind.level >= kind.level { closeTop(&stack) }
        let parent = stack.count - 1
        let id = stack[parent].nextChildID(kind)
        let range = SourceRange(start: paragraph.start, end: paragraph.position(at: max(0, titleEnd - 1)).advanced())
        var frame = Frame(kind: kind, id: id, number: number, title: String(title), range: range)
        frame.role = role
        frame.year = year
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
        Section(id: id, kind: kind, number: number, title: title, role: role, year: year, range: range, blocks: blocks)
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
        // Sentences are cut from an array: cutting each from the string would walk it from the
        // front every time, quadratic in a paragraph of many sentences.
        let body = Array(paragraph.text.dropFirst(offset))
        let leading = body.prefix(while: \.isWhitespace).count
        guard leading < body.count else { return }
        let characters = Array(body[leading...])
        let text = String(characters)
        paragraphCount += 1
        let paragraphID = childID("p\(paragraphCount)")
        let start = offset + leading
        let sentences = splitter.sentenceOffsets(in: characters).enumerated().map { number, span in
            Sentence(
                id: "\(paragraphID).s\(number + 1)", text: String(characters[span]),
                range: SourceRange(
                    start: paragraph.position(at: start + span.lowerBound),
                    end: paragraph.position(at: start + span.upperBound - 1).advanced()))
        }
        let range = SourceRange(start: paragraph.position(at: start), end: paragraph.end)
        blocks.append(.paragraph(Paragraph(id: paragraphID, text: text, sentences: sentences, range: range)))
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
