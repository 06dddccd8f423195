import Foundation
import LibXML
import ReportModel
import ReportText

/// How a report's bytes are laid out.
public enum SourceFormat: String, Sendable, Hashable, CaseIterable {
    /// HTML when the bytes look like a web page, else plain text.
    case automatic
    case text
    case html
    /// A PDF file, read through poppler's `pdftotext`.
    case pdf
    /// A Word (.docx) document.
    case docx
}

extension Report {
    /// Reads a report from its bytes (a web archive's page taken out first): decodes them, leaves
    /// page furniture and the title block out of the content, re-flows hard-wrapped lines and
    /// builds the outline.
    ///
    /// Odd content never throws; it is recorded in `diagnostics`. Only unreadable input throws.
    ///
    /// - Parameters:
    ///   - defaults: metadata to use where the report does not say (issuer and year from a
    ///     file's place in a corpus, `<issuer>/<year>.txt`).
    /// - Complexity: O(n) in the size of the input.
    public init(
        parsing data: Data, format: SourceFormat = .automatic, defaults: ReportMetadata = ReportMetadata(),
        decoder: SourceDecoder = SourceDecoder()
    ) throws(ReadError) {
        let published = format == .automatic ? SourceFormat.published(data) : format
        if let published, published == .pdf || published == .docx {
            self = try Self.reading(published: data, format: published, defaults: defaults, decoder: decoder)
            return
        }
        let page = format == .automatic || format == .html ? WebArchive.page(in: data) : nil
        let (text, encoding) = try decoder.decode(page ?? data)
        let isHTML = page != nil || format == .html || (format == .automatic && Self.looksLikeHTML(text))
        let lines = isHTML ? try Self.htmlLines(text) : SourceLine.segmented(SourceLine.lines(of: text))
        guard lines.contains(where: { !$0.isBlank }) else { throw .noText }
        self = ReportReader(lines: lines, encoding: encoding, defaults: defaults, isBlockStructured: isHTML).report()
        if page != nil {
            diagnostics.insert(Diagnostic(.note, code: "web-archive",
                                          message: "the page inside a web archive (MHTML) read; line numbers count in the page"), at: 0)
        }
    }

    /// A page starts with markup and names an HTML element early on.
    static func looksLikeHTML(_ text: String) -> Bool {
        // Lowercasing turns nothing into `<` or white space, so the first test reads the text as
        // it is: a plain report stops there, unlowercased (4,096 Chinese characters took 2.5M
        // instructions to lowercase).
        guard text.prefix(4096).drop(while: \.isWhitespace).first == "<" else { return false }
        let head = text.prefix(4096).lowercased()
        return ["<!doctype html", "<html", "<body", "<head", "<p>", "<div"].contains { head.contains($0) }
    }

    /// The readable blocks of a page as lines, one block a line, numbered by the page's lines.
    ///
    /// The text is already decoded, so it goes to libxml2 as UTF-8 whatever the page's
    /// `<meta charset>` says.
    private static func htmlLines(_ text: String) throws(ReadError) -> [SourceLine] {
        let document: HTMLDocument
        do {
            document = try HTMLDocument(data: Data(text.utf8), encoding: "UTF-8")
        } catch {
            throw .html(error.description)
        }
        return document.textBlocks().map { SourceLine(number: $0.line, text: Substring($0.text)) }
    }
}

/// The plain-text reading of a report, from lines to outline.
struct ReportReader {
    var lines: [SourceLine]
    var encoding: TextEncoding
    var defaults: ReportMetadata
    /// Each line is a whole block (an HTML paragraph or heading), never a wrapped piece of one.
    var isBlockStructured = false

    func report() -> Report {
        var diagnostics: [Diagnostic] = []
        var metadata = ReportMetadata()
        var lines = self.lines
        var fullWidth = 0
        for index in lines.indices {
            guard let folded = FullWidthForms.folding(lines[index]) else { continue }
            lines[index] = folded
            fullWidth += 1
        }
        if fullWidth > 0 {
            diagnostics.append(Diagnostic(.note, code: "full-width",
                                          message: "full-width digits and letters read as ASCII (２０２５ → 2025) on \(fullWidth) lines"))
        }
        if TraditionalCharacters.isTraditional(lines) {
            lines = lines.map(TraditionalCharacters.simplifying)
            diagnostics.append(Diagnostic(.note, code: "traditional-characters",
                                          message: "written in traditional characters: read in simplified ones (國 → 国)"))
        }
        var furniture = PageFurniture.classify(lines)
        let transcript = Transcript(lines: lines, furniture: furniture)
        if let transcript {
            furniture.merge(transcript.furniture) { page, _ in page }
            for (index, line) in transcript.withoutLabel { lines[index] = line }
        }
        let notes = TranscriberNote(lines: lines)
        let titleBlock = TitleBlock.find(in: lines, furniture: furniture)
        var blockIndices: Set<Int> = []
        if let titleBlock, let first = titleBlock.indices.first, let last = titleBlock.indices.last {
            metadata = titleBlock.metadata
            blockIndices = Set(titleBlock.indices)
            let atEnd = !lines[(last + 1)...].indices.contains { !lines[$0].isBlank && furniture[$0] == nil }
            diagnostics.append(Diagnostic(
                .note, code: "title-block",
                message: "title block read\(atEnd ? " from the end of the text" : "")",
                range: SourceRange(start: SourcePosition(line: lines[first].number, column: lines[first].startColumn),
                                   end: SourcePosition(line: lines[last].number, column: lines[last].endColumn))))
            // A web page's navigation stands above the report's title: when more of the text
            // (in characters: navigation lines are short) follows the title than precedes it,
            // what precedes it is the page's.
            let content = lines.indices.filter { !lines[$0].isBlank && furniture[$0] == nil }
            let before = content.filter { $0 < first }
            let lengthBefore = before.reduce(0) { $0 + lines[$1].text.characterCount }
            // What follows is counted only until it outweighs what precedes.
            var lengthAfter = 0
            for index in content where index > last && lengthAfter <= lengthBefore {
                lengthAfter += lines[index].text.characterCount
            }
            if lengthBefore < lengthAfter {
                for index in before { furniture[index] = .pageHeader }
            }
        }

        var content: [LineReflower.ContentLine?] = []
        var hanCount = 0, latinCount = 0
        for (index, line) in lines.enumerated() {
            if blockIndices.contains(index) || line.isBlank {
                content.append(nil)
                continue
            }
            if let piece = furniture[index] {
                diagnostics.append(Diagnostic(.note, code: "furniture", message: piece.message, range: Self.range(of: line)))
                content.append(nil)
                continue
            }
            let pieces = Self.pieces(of: line, notes: notes, diagnostics: &diagnostics, metadata: &metadata)
            guard !pieces.isEmpty else {
                content.append(nil)
                continue
            }
            for piece in pieces {
                let (han, latin) = Self.scriptCounts(piece.text)
                hanCount += han
                latinCount += latin
            }
            content.append(LineReflower.ContentLine(number: line.number, pieces: pieces))
        }

        let isChinese = hanCount * 3 >= latinCount && hanCount > 0
        let reflower = LineReflower(lines: content, isChinese: isChinese, mayBeWrapped: !isBlockStructured)
        let paragraphs = reflower.paragraphs()
        if let layout = reflower.layout {
            diagnostics.append(Diagnostic(.note, code: "hard-wrapped",
                                          message: "hard-wrapped lines re-flowed (a full line is \(layout.fullWidth) columns or more)"))
        }
        let (outline, outlineDiagnostics) = OutlineBuilder(isChinese: isChinese).outline(of: paragraphs)
        diagnostics += outlineDiagnostics
        if metadata.issuer == nil { metadata.issuer = Self.issuerNamedInOpening(of: paragraphs) }
        if metadata.year == nil, let (date, year) = transcript?.date {
            metadata.year = year
            metadata.date = metadata.date ?? date
        }
        diagnostics += metadata.fill(from: defaults, root: outline)
        let (root, periodDiagnostics) = PeriodResolver(reportYear: metadata.year).resolve(outline)
        diagnostics += periodDiagnostics
        if !root.children.contains(where: { $0.kind == .part }) {
            diagnostics.append(Diagnostic(.warning, code: "no-parts", message: "no part heading found: the outline has no parts"))
        }
        if let (longest, length) = Self.longestSentence(in: root), length > Self.sentenceLimit {
            diagnostics.append(Diagnostic(
                .warning, code: "long-sentence",
                message: "a sentence of \(length) characters (over \(Self.sentenceLimit)): likely not prose; its text diff is cut short",
                range: longest.range))
        }
        if metadata.isTruncated {
            diagnostics.append(Diagnostic(.warning, code: "truncated",
                                          message: "the report is truncated: it continues on \(metadata.continuation ?? "another page")"))
        }
        return Report(metadata: metadata, encoding: encoding, root: root, diagnostics: diagnostics)
    }

    /// The Han characters and the ASCII letters of `text`: counted as scalars while each scalar
    /// is a Character, else as Characters.
    private static func scriptCounts(_ text: Substring) -> (han: Int, latin: Int) {
        var han = 0, latin = 0
        var isSimple = true
        let visited: Void? = text.visitScalars { scalar, _ in
            isSimple = scalar.standsAlone
            if scalar.isHan { han += 1 } else if scalar.isASCIILetter { latin += 1 }
            return isSimple
        }
        guard visited == nil || !isSimple else { return (han, latin) }
        han = 0
        latin = 0
        for character in text {
            if character.isHan { han += 1 } else if character.isASCIILetter { latin += 1 }
        }
        return (han, latin)
    }

    /// `现在，我代表国务院，向大会报告…`, `我代表北京市人民政府…`, and a news page's line under the title
    /// (`国务院总理李克强代表国务院向十四届全国人大一次会议作的政府工作报告`): the issuer the opening
    /// names, when it names a whole government (`省人民政府` alone names no place).
    private static func issuerNamedInOpening(of paragraphs: [RawParagraph]) -> String? {
        for paragraph in paragraphs.prefix(6) {
            var rest = paragraph.text[...]
            while let found = rest.literalRange(of: "代表") {
                let named = rest[found.upperBound...].prefix(while: { $0.isHan && $0 != "向" })
                if named == "国务院" || (named.hasSuffix("人民政府") && named.count >= 6) { return String(named) }
                rest = rest[found.upperBound...]
            }
        }
        return nil
    }

    /// Sentences longer than this (in characters) are flagged: a report's longest run to a few hundred.
    static let sentenceLimit = 5_000

    /// The first of the longest sentences and its length in characters.
    ///
    /// - Complexity: O(n) in the length of the sentences.
    private static func longestSentence(in root: Section) -> (Sentence, Int)? {
        var longest: (Sentence, Int)?
        for sentence in root.allParagraphs.lazy.flatMap(\.sentences) {
            // Most sentences are shorter in bytes than the longest so far is in characters.
            if let (_, length) = longest, sentence.text.utf8.count <= length { continue }
            let length = sentence.text.characterCount
            if length > longest?.1 ?? -1 { longest = (sentence, length) }
        }
        return longest
    }

    /// The trimmed content of a line in pieces, with page-jump and transcriber's notes cut out and recorded.
    private static func pieces(
        of line: SourceLine, notes: TranscriberNote, diagnostics: inout [Diagnostic], metadata: inout ReportMetadata
    ) -> [LineReflower.ContentLine.Piece] {
        let trimmed = line.trimmed
        let column = line.contentColumn
        var pieces: [LineReflower.ContentLine.Piece] = []
        var start = trimmed.startIndex
        let cuts = PageFurniture.pageJumps(in: trimmed) + notes.ranges(in: trimmed).map { ($0, PageFurniture.transcriberNote) }
        for (range, furniture) in cuts.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            pieces.append(.init(text: trimmed[start..<range.lowerBound], column: column + trimmed.distance(from: trimmed.startIndex, to: start)))
            let jumpColumn = column + trimmed.distance(from: trimmed.startIndex, to: range.lowerBound)
            diagnostics.append(Diagnostic(.note, code: "furniture", message: furniture.message,
                                          range: SourceRange(start: SourcePosition(line: line.number, column: jumpColumn),
                                                             end: SourcePosition(line: line.number, column: jumpColumn + trimmed[range].count))))
            if case .continuation(let page) = furniture { metadata.continuation = page }
            start = range.upperBound
        }
        pieces.append(.init(text: trimmed[start...], column: column + trimmed.distance(from: trimmed.startIndex, to: start)))
        let trimmedPieces: [LineReflower.ContentLine.Piece] = pieces.compactMap { piece in
            let text = piece.text
            guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace })
            else { return nil }
            return .init(text: text[first...last], column: piece.column + text.distance(from: text.startIndex, to: first))
        }
        return trimmedPieces.flatMap(withoutMarkup).filter { !$0.text.isEmpty }
    }

    /// A piece without Markdown emphasis (`**Mr Speaker**`) and without the `: ` that opens a
    /// definition (`: Order. The Clerk…`): the marks are no part of the text.
    private static func withoutMarkup(_ piece: LineReflower.ContentLine.Piece) -> [LineReflower.ContentLine.Piece] {
        var text = piece.text
        var column = piece.column
        if text.hasPrefix(": ") {
            text = text.dropFirst(2)
            column += 2
        }
        // Most pieces hold no `*` at all: a byte test spares them Foundation's search, which on
        // every piece of every line was the costliest string search of reading.
        guard text.utf8.contains(UInt8(ascii: "*")) else { return [.init(text: text, column: column)] }
        var result: [LineReflower.ContentLine.Piece] = []
        var rest = text
        while let mark = rest.range(of: "**") {
            result.append(.init(text: rest[..<mark.lowerBound], column: column))
            column += rest.distance(from: rest.startIndex, to: mark.upperBound)
            rest = rest[mark.upperBound...]
        }
        result.append(.init(text: rest, column: column))
        return result
    }

    private static func range(of line: SourceLine) -> SourceRange {
        SourceRange(start: SourcePosition(line: line.number, column: line.contentColumn),
                    end: SourcePosition(line: line.number, column: line.endColumn))
    }
}

extension ReportMetadata {
    /// What a file's name and place say: a four-digit year anywhere in the name
    /// (`2024年政府工作报告.txt`, `cn-guangdong-2023.txt`), and the issuer from the folder only in the
    /// documented corpus layout `<issuer>/<year>.<ext>` (or `<year>-<edition>.<ext>`). The report's
    /// own text wins where it speaks.
    public static func corpusDefaults(forPath path: String) -> ReportMetadata {
        let url = URL(fileURLWithPath: path)
        var metadata = ReportMetadata()
        let stem = url.deletingPathExtension().lastPathComponent
        metadata.year = stem.split(whereSeparator: { !($0.isASCII && $0.isNumber) })
            .first { $0.count == 4 && (1900...2099).contains(Int($0) ?? 0) }.flatMap { Int($0) }
        let isCorpusLayout = stem.prefix(4).allSatisfy { $0.isASCII && $0.isNumber } && stem.count >= 4
            && (stem.count == 4 || stem.dropFirst(4).first == "-")
        let folder = url.deletingLastPathComponent().lastPathComponent
        if isCorpusLayout, !folder.isEmpty, folder != ".", folder != "/" { metadata.issuer = folder }
        return metadata
    }

    /// Fills what the text did not say from `defaults`; the year from the text first (title block,
    /// then the outline), then from `defaults`, warning where they disagree or only `defaults` speaks.
    fileprivate mutating func fill(from defaults: ReportMetadata, root: Section) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        title = title ?? defaults.title
        date = date ?? defaults.date
        meeting = meeting ?? defaults.meeting
        speaker = speaker ?? defaults.speaker
        if issuer == nil, let named = defaults.issuer {
            issuer = named
            diagnostics.append(Diagnostic(.note, code: "issuer-from-folder",
                                          message: "the text names no issuer: “\(named)” taken from the file's folder"))
        } else if issuer == nil {
            diagnostics.append(Diagnostic(.warning, code: "issuer-unknown",
                                          message: "the text names no issuer (no speaker's office, no “我代表…”)"))
        }
        if let textYear = year ?? root.impliedReportYear {
            year = textYear
            if let named = defaults.year, named != textYear {
                diagnostics.append(Diagnostic(.warning, code: "year-mismatch",
                                              message: "the text says \(textYear) but the file name says \(named); \(textYear) kept"))
            }
        } else if let named = defaults.year {
            year = named
            diagnostics.append(Diagnostic(.warning, code: "year-from-file-name",
                                          message: "the text states no year: \(named) taken from the file name"))
        } else {
            diagnostics.append(Diagnostic(.warning, code: "year-unknown", message: "neither the text nor the file name states the year"))
        }
        return diagnostics
    }
}

extension Section {
    /// The year a report is delivered in, read from its outline when nothing else says: its plan
    /// or requirements part's year, or the year after its review part's.
    var impliedReportYear: Int? {
        let parts = children.filter { $0.kind == .part }
        if let plan = parts.first(where: { ($0.role == .plan || $0.role == .requirements) && $0.year != nil })?.year { return plan }
        return parts.first(where: { $0.role == .review && $0.year != nil })?.year.map { $0 + 1 }
    }
}
