import ReportModel
import ReportText

/// Re-flows content lines into paragraphs.
///
/// Two layouts occur. Most files hold one paragraph per line. Newspaper and PDF extractions are
/// hard-wrapped at a column width (about 20 Han characters), with blank lines that fall inside
/// paragraphs at column breaks. There a line that fills the column continues on the next line;
/// a short line, or a sentence end before a blank line, ends the paragraph. Han lines join with no
/// space, Latin lines with one; in Chinese text, typesetting spaces next to Han characters go.
struct LineReflower: Sendable {
    /// One line of content, possibly in pieces where page-jump notes were cut out.
    struct ContentLine: Sendable, Hashable {
        struct Piece: Sendable, Hashable {
            var text: Substring
            var column: Int
        }

        var number: Int
        var pieces: [Piece]

        var text: String { pieces.map { String($0.text) }.joined() }
    }

    /// A content line, or a blank line (`nil`).
    var lines: [ContentLine?]
    var isChinese: Bool
    /// The layout's measurements when the lines are hard-wrapped.
    let layout: WrappedLayout?
    private let texts: [Substring?]
    /// Each line's `printWidth`, measured once for the layout and for the breaks.
    private let widths: [Int?]

    init(lines: [ContentLine?], isChinese: Bool, mayBeWrapped: Bool) {
        self.lines = lines
        self.isChinese = isChinese
        texts = lines.map { $0.map { Substring($0.text) } }
        widths = mayBeWrapped ? texts.map { $0?.printWidth } : []
        layout = mayBeWrapped ? WrappedLayout(lines: texts.compactMap { $0 }, widths: widths.compactMap { $0 }) : nil
    }

    /// - Complexity: O(n) in the total length of the lines.
    func paragraphs() -> [RawParagraph] {
        guard let layout else {
            var result: [RawParagraph] = []
            var opening: [ContentLine] = []
            for line in lines.compactMap({ $0 }) {
                if Self.onlyOpens(line.text) {
                    opening.append(line)
                    continue
                }
                result.append(paragraph(of: opening + [line]))
                opening = []
            }
            if !opening.isEmpty { result.append(paragraph(of: opening)) }
            return result
        }
        let standalone = layout.standaloneHeadingLines(in: texts)
        var result: [RawParagraph] = []
        var current: [ContentLine] = []
        var previous: (index: Int, text: Substring)?
        var blankSince = false
        for (index, line) in lines.enumerated() {
            guard let line, let text = texts[index] else {
                blankSince = true
                continue
            }
            if let previous, !current.isEmpty,
                breaks(
                    after: previous.text, width: widths[previous.index] ?? 0, isStandalone: standalone.contains(previous.index),
                    before: text, blankBetween: blankSince, layout: layout)
            {
                result.append(paragraph(of: current))
                current = []
            }
            current.append(line)
            previous = (index, text)
            blankSince = false
        }
        if !current.isEmpty { result.append(paragraph(of: current)) }
        return result
    }

    /// `（` alone on its line before `三）改革开放持续深化…`: a page broke the line after an opening
    /// bracket or quote, which begins what the next line goes on with.
    /// - Complexity: O(1) for most lines: the first character that is no opening mark decides.
    static func onlyOpens(_ text: some StringProtocol) -> Bool {
        var opens = false
        for character in text where !character.isWhitespace {
            guard "（(“‘《【〔[「『".contains(character) else { return false }
            opens = true
        }
        return opens
    }

    private func breaks(
        after previous: Substring, width: Int, isStandalone: Bool, before next: Substring, blankBetween: Bool,
        layout: WrappedLayout
    ) -> Bool {
        if Self.onlyOpens(previous) { return false }
        if isStandalone || startsHeading(next) || HeadingSyntax.part(previous) != nil || HeadingSyntax.appendix(previous) != nil {
            return true
        }
        if blankBetween, !isChinese { return true }
        let isFull = width >= layout.fullWidth
        if !isFull { return true }
        return endsSentence(previous) && blankBetween
    }

    private func startsHeading(_ text: Substring) -> Bool {
        HeadingSyntax.part(text) != nil || HeadingSyntax.section(text) != nil || HeadingSyntax.bullet(text) != nil
            || HeadingSyntax.appendix(text) != nil
    }

    private func endsSentence(_ text: Substring) -> Bool {
        var tail = text
        while let last = tail.last, last.isClosing { tail = tail.dropLast() }
        return tail.last.map { $0.isSentenceEnd || $0 == "." } ?? false
    }

    private func paragraph(of lines: [ContentLine]) -> RawParagraph {
        var paragraph = RawParagraph()
        for line in lines {
            for (pieceIndex, piece) in line.pieces.enumerated() {
                // A line's next piece follows a cut note (`Thank you.  (Applause.)  Thank you very much.`)
                // or a mark (`**Time:** 3.30 pm`): a space joins it unless one is there.
                let spaced = pieceIndex > 0 && (piece.text.first?.isWhitespace ?? false || line.pieces[pieceIndex - 1].text.last?.isWhitespace ?? false)
                if paragraph.count > 0, !isChinese, !spaced { paragraph.appendJoiner(" ") }
                append(piece.text, line: line.number, column: piece.column, to: &paragraph)
            }
        }
        return paragraph
    }

    /// Appends a piece, dropping typesetting spaces next to wide characters in Chinese text.
    ///
    /// The Characters are tested by their first scalars (`CharacterScalars`), as
    /// `Character.isWhitespace` and `isWide` test them: indexing Characters one by one made
    /// English passages in a Chinese file cost some five times their share.
    ///
    /// - Complexity: O(n) in the length of the piece.
    private func append(_ text: Substring, line: Int, column: Int, to paragraph: inout RawParagraph) {
        // A piece without white space (nearly every one) is one run; scalars find it fast.
        guard isChinese, text.containsWhitespace else {
            paragraph.append(text, at: SourcePosition(line: line, column: column))
            return
        }
        let characters = CharacterScalars(text), scalars = characters.scalars
        var runStart = 0
        var index = 0
        while index < scalars.count {
            guard scalars[index].isWhitespace else {
                index += 1
                continue
            }
            var spaceEnd = index + 1
            while spaceEnd < scalars.count, scalars[spaceEnd].isWhitespace { spaceEnd += 1 }
            let before = index > 0 ? scalars[index - 1] : nil
            let after = spaceEnd < scalars.count ? scalars[spaceEnd] : nil
            if before?.isWide == true || after?.isWide == true || before == nil || after == nil {
                paragraph.append(characters[runStart..<index], at: SourcePosition(line: line, column: column + runStart))
                runStart = spaceEnd
            }
            index = spaceEnd
        }
        paragraph.append(characters[runStart..<scalars.count], at: SourcePosition(line: line, column: column + runStart))
    }
}

/// The measurements of a hard-wrapped text; `nil` for a text with one paragraph per line.
struct WrappedLayout: Sendable {
    /// A line at least this wide (in half-width columns) fills the column and continues.
    var fullWidth: Int

    /// - Parameter widths: the `printWidth` of each line.
    init?(lines: [Substring], widths: [Int]) {
        guard lines.count >= 8 else { return nil }
        let widths = widths.sorted()
        let p90 = widths[widths.count * 9 / 10]
        let median = widths[widths.count / 2]
        let unfinished = lines.filter { line in
            guard let last = line.last else { return false }
            return !(last.isSentenceEnd || "。.”」）)：:".contains(last))
        }.count
        guard p90 <= 120, median * 10 >= p90 * 6, unfinished * 10 >= lines.count * 4 else { return nil }
        fullWidth = median * 85 / 100
    }

    /// Lines that open a numbered section and end without punctuation, and that stand as a
    /// heading on their own rather than run on into the paragraph.
    ///
    /// A run-in heading wraps onto the next line, and its siblings then share a parallel ending
    /// (`…在克难前行` / `中持续向好。`, `…在动能转换` / `中持续优化。`): when every such heading of one
    /// part continues with a short fragment and the fragments share a first character, the
    /// headings run in; otherwise each stands alone.
    ///
    /// - Complexity: O(n) in the number of lines.
    func standaloneHeadingLines(in lines: [Substring?]) -> Set<Int> {
        var result: Set<Int> = []
        var group: [(index: Int, fragment: Substring?)] = []
        func settle() {
            let fragments = group.compactMap(\.fragment)
            let runIn: Bool
            if group.count >= 2 {
                let firsts = Set(fragments.compactMap(\.first))
                runIn = fragments.count == group.count && firsts.count == 1
            } else if let only = group.first, let fragment = only.fragment, let line = lines[only.index] {
                runIn = fragment.count <= 4 && line.printWidth >= fullWidth
            } else {
                runIn = false
            }
            if !runIn { result.formUnion(group.map(\.index)) }
            group = []
        }
        for (index, line) in lines.enumerated() {
            guard let line else { continue }
            if HeadingSyntax.part(line) != nil {
                settle()
                continue
            }
            guard HeadingSyntax.section(line) != nil, !line.contains("。") else { continue }
            let next = lines[(index + 1)...].lazy.compactMap { $0 }.first
            let fragment = next.flatMap { text in
                text.prefix(11).firstIndex(of: "。").map { text[..<$0] }
            }
            group.append((index, fragment))
        }
        settle()
        return result
    }
}
