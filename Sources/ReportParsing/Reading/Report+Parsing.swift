import Foundation
import LibXML
import ReportModel

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
    /// Reads a report from its bytes: decodes them, leaves page furniture and the title block
    /// out of the content, re-flows hard-wrapped lines and builds the outline.
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
        let (text, encoding) = try decoder.decode(data)
        let isHTML = format == .html || (format == .automatic && Self.looksLikeHTML(text))
        let lines = isHTML ? try Self.htmlLines(text) : SourceLine.lines(of: text)
        guard lines.contains(where: { !$0.isBlank }) else { throw .noText }
        self = ReportReader(lines: lines, encoding: encoding, defaults: defaults, isBlockStructured: isHTML).report()
    }

    /// A page starts with markup and names an HTML element early on.
    static func looksLikeHTML(_ text: String) -> Bool {
        let head = text.prefix(4096).lowercased()
        guard head.drop(while: \.isWhitespace).first == "<" else { return false }
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
        let titleBlock = TitleBlock.find(in: lines)
        if let titleBlock, let first = titleBlock.lines.min(), let last = titleBlock.lines.max() {
            metadata = titleBlock.metadata
            let atEnd = !lines.contains { $0.number > last && !$0.isBlank }
            diagnostics.append(Diagnostic(
                .note, code: "title-block",
                message: "title block read\(atEnd ? " from the end of the text" : "")",
                range: SourceRange(start: SourcePosition(line: first, column: 1), end: SourcePosition(line: last + 1, column: 1))))
        }

        var content: [LineReflower.ContentLine?] = []
        var hanCount = 0, latinCount = 0
        for line in lines {
            if titleBlock?.lines.contains(line.number) == true || line.isBlank {
                content.append(nil)
                continue
            }
            if let furniture = PageFurniture.line(line.trimmed) {
                diagnostics.append(Diagnostic(.note, code: "furniture", message: furniture.message, range: Self.range(of: line)))
                content.append(nil)
                continue
            }
            let pieces = Self.pieces(of: line, diagnostics: &diagnostics, metadata: &metadata)
            guard !pieces.isEmpty else {
                content.append(nil)
                continue
            }
            for piece in pieces {
                for character in piece.text {
                    if character.isHan { hanCount += 1 } else if character.isLetter, character.isASCII { latinCount += 1 }
                }
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
        let root = OutlineBuilder(isChinese: isChinese).outline(of: paragraphs)
        if let longest = Self.longestSentence(in: root), longest.text.count > Self.sentenceLimit {
            diagnostics.append(Diagnostic(
                .warning, code: "long-sentence",
                message: "a sentence of \(longest.text.count) characters (over \(Self.sentenceLimit)): likely not prose; its text diff is cut short",
                range: longest.range))
        }
        metadata.fill(from: defaults, root: root)
        if metadata.isTruncated {
            diagnostics.append(Diagnostic(.warning, code: "truncated",
                                          message: "the report is truncated: it continues on \(metadata.continuation ?? "another page")"))
        }
        return Report(metadata: metadata, encoding: encoding, root: root, diagnostics: diagnostics)
    }

    /// Sentences longer than this (in characters) are flagged: a report's longest run to a few hundred.
    static let sentenceLimit = 5_000

    /// - Complexity: O(s) in the number of sentences.
    private static func longestSentence(in root: Section) -> Sentence? {
        root.allParagraphs.lazy.flatMap(\.sentences).max { $0.text.count < $1.text.count }
    }

    /// The trimmed content of a line in pieces, with page-jump notes cut out and recorded.
    private static func pieces(
        of line: SourceLine, diagnostics: inout [Diagnostic], metadata: inout ReportMetadata
    ) -> [LineReflower.ContentLine.Piece] {
        let trimmed = line.trimmed
        let column = line.contentColumn
        var pieces: [LineReflower.ContentLine.Piece] = []
        var start = trimmed.startIndex
        for (range, furniture) in PageFurniture.pageJumps(in: trimmed) {
            pieces.append(.init(text: trimmed[start..<range.lowerBound], column: column + trimmed.distance(from: trimmed.startIndex, to: start)))
            let jumpColumn = column + trimmed.distance(from: trimmed.startIndex, to: range.lowerBound)
            diagnostics.append(Diagnostic(.note, code: "furniture", message: furniture.message,
                                          range: SourceRange(start: SourcePosition(line: line.number, column: jumpColumn),
                                                             end: SourcePosition(line: line.number, column: jumpColumn + trimmed[range].count))))
            if case .continuation(let page) = furniture { metadata.continuation = page }
            start = range.upperBound
        }
        pieces.append(.init(text: trimmed[start...], column: column + trimmed.distance(from: trimmed.startIndex, to: start)))
        return pieces.compactMap { piece in
            let text = piece.text
            guard let first = text.firstIndex(where: { !$0.isWhitespace }), let last = text.lastIndex(where: { !$0.isWhitespace })
            else { return nil }
            return .init(text: text[first...last], column: piece.column + text.distance(from: text.startIndex, to: first))
        }
    }

    private static func range(of line: SourceLine) -> SourceRange {
        SourceRange(start: SourcePosition(line: line.number, column: line.contentColumn),
                    end: SourcePosition(line: line.number, column: line.text.count + 1))
    }
}

extension ReportMetadata {
    /// What a file's place in a corpus says: `Reports/cn-national/2024.txt` is issuer
    /// `cn-national`, year 2024. The report's own title block wins where it speaks.
    public static func corpusDefaults(forPath path: String) -> ReportMetadata {
        let url = URL(fileURLWithPath: path)
        var metadata = ReportMetadata()
        let stem = url.deletingPathExtension().lastPathComponent
        if stem.count == 4, let year = Int(stem) { metadata.year = year }
        let folder = url.deletingLastPathComponent().lastPathComponent
        if !folder.isEmpty, folder != "." { metadata.issuer = folder }
        return metadata
    }

    /// Fills what the text did not say from `defaults`, then the year from the outline.
    fileprivate mutating func fill(from defaults: ReportMetadata, root: Section) {
        title = title ?? defaults.title
        issuer = issuer ?? defaults.issuer
        date = date ?? defaults.date
        meeting = meeting ?? defaults.meeting
        speaker = speaker ?? defaults.speaker
        year = year ?? defaults.year ?? root.impliedReportYear
    }
}

extension Section {
    /// The year a report is delivered in, read from its outline when nothing else says: its plan
    /// part's year, or the year after its review part's.
    var impliedReportYear: Int? {
        let parts = children.filter { $0.kind == .part }
        if let plan = parts.first(where: { $0.role == .plan })?.year { return plan }
        return parts.first(where: { $0.role == .review })?.year.map { $0 + 1 }
    }
}
