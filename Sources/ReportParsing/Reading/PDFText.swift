import Foundation
import ReportModel

/// The text of a PDF file, as poppler's `pdftotext -layout` lays it out, with the page
/// furniture taken off: running headers and footers (a line repeated at the top or the foot of
/// most pages, numbers aside) and page numbers (`— 3 —`, `第3页`, `3/16`, `Page 3`).
///
/// `-layout` is used rather than `-raw` or the reading-order mode because it keeps each line's
/// indentation: a paragraph's indented first line is marked with a blank line before it, the
/// cue the text reader takes for a paragraph end. Pages are joined with no blank line, so a
/// paragraph that runs over a page break is re-flowed whole.
struct PDFText {
    /// The content lines, numbered by their line in `pdftotext`'s output.
    var lines: [SourceLine] = []
    var diagnostics: [Diagnostic] = []

    /// The Debian package that provides `pdftotext`.
    static let package = "poppler-utils"

    /// Runs `pdftotext` on `data` and takes the furniture off its pages.
    /// - Throws: `ReadError.pdf` when `pdftotext` is missing, or the file is encrypted or damaged.
    /// - Complexity: O(n) in the size of the text, after `pdftotext`'s own work.
    init(data: Data) throws(ReadError) {
        let text = try Self.extract(data)
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last?.allSatisfy(\.isWhitespace) == true { pages.removeLast() }
        var number = 0
        let numbered: [[(number: Int, text: String)]] = pages.map { page in
            page.components(separatedBy: "\n").map { line in
                number += 1
                return (number, String(line.reversed().drop { $0.isWhitespace }.reversed()))
            }
        }
        let furniture = Furniture(pages: numbered.map { $0.map(\.text) })
        diagnostics = furniture.diagnostics(lineNumbers: numbered.map { $0.map(\.number) })
        guard numbered.joined().contains(where: { !$0.text.isEmpty }) else {
            throw .pdf("no text in it (a scanned image? it needs OCR first)")
        }
        let margin = Self.leftMargin(of: numbered.joined().map(\.text))
        for (pageIndex, page) in numbered.enumerated() {
            let kept = page.enumerated().filter { !furniture.lines.contains(Furniture.Position(page: pageIndex, line: $0.offset)) }
                .map(\.element)
            // Blank lines at the top and foot of a page are the page's margins, not paragraph breaks.
            guard let first = kept.firstIndex(where: { !$0.text.isEmpty }), let last = kept.lastIndex(where: { !$0.text.isEmpty })
            else { continue }
            for line in kept[first...last] {
                let indent = line.text.prefix { $0 == " " }.count
                if indent > margin, let previous = lines.last, !previous.text.isEmpty {
                    lines.append(SourceLine(number: line.number, text: ""))
                }
                lines.append(SourceLine(number: line.number, text: Substring(line.text)))
            }
        }
    }

    /// The most common indentation of non-blank lines: the body's left edge.
    private static func leftMargin(of lines: [String]) -> Int {
        var counts: [Int: Int] = [:]
        for line in lines where !line.isEmpty { counts[line.prefix { $0 == " " }.count, default: 0] += 1 }
        return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
    }

    /// The text `pdftotext -layout` gives for `data`, or one clear error.
    private static func extract(_ data: Data) throws(ReadError) -> String {
        guard let executable = executableOnPath("pdftotext") else {
            throw .pdf("reading PDF files needs pdftotext, which is not on PATH: install the Debian package \(package) (apt-get install \(package))")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-diff-pdf-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .pdf("cannot make a temporary folder for pdftotext (\(error.localizedDescription))")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.pdf"), output = folder.appendingPathComponent("output.txt")
        let errors = folder.appendingPathComponent("errors.txt")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-layout", "-enc", "UTF-8", "-eol", "unix", input.path, output.path]
        do {
            try data.write(to: input)
            guard FileManager.default.createFile(atPath: errors.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            let errorHandle = try FileHandle(forWritingTo: errors)
            defer { try? errorHandle.close() }
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errorHandle
            try process.run()
            process.waitUntilExit()
        } catch {
            throw .pdf("pdftotext could not be run (\(error.localizedDescription))")
        }
        let messages = ((try? String(contentsOf: errors, encoding: .utf8)) ?? "")
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .pdf(problem(status: process.terminationStatus, messages: messages))
        }
        guard let bytes = try? Data(contentsOf: output) else { throw .pdf("pdftotext wrote no text") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What went wrong, from pdftotext's exit status and messages.
    private static func problem(status: Int32, messages: [String]) -> String {
        if messages.contains(where: { $0.localizedCaseInsensitiveContains("password") }) {
            return "encrypted: it needs a password to open (decrypt it first, e.g. `qpdf --decrypt --password=… FILE out.pdf`)"
        }
        if status == 3 { return "its permissions forbid copying its text" }
        let detail = messages.last.map { " (pdftotext: \($0))" } ?? ""
        return "damaged or not a PDF; its text cannot be extracted\(detail)"
    }

    /// The first executable file named `name` in the folders of `PATH`.
    private static func executableOnPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}

/// Running headers, footers and page numbers: lines at the top or foot of a page that belong
/// to the page, not the text.
struct Furniture {
    struct Position: Hashable {
        var page: Int
        var line: Int
    }

    /// The furniture lines, by page and line within the page.
    private(set) var lines: Set<Position> = []
    /// Each kind of furniture met, in order: the first line's text, where it stood, and on which pages.
    private var kinds: [(key: String, text: String, first: Position, pages: [Int], isPageNumber: Bool)] = []

    /// How many lines at each edge of a page may be furniture.
    private static let edgeLines = 2

    /// - Complexity: O(n) in the number of lines.
    init(pages: [[String]]) {
        var atTop: [String: Set<Int>] = [:], atFoot: [String: Set<Int>] = [:]
        let edges = pages.map(Self.edges(of:))
        for (page, edge) in edges.enumerated() {
            for index in edge.top { atTop[Self.key(pages[page][index]), default: []].insert(page) }
            for index in edge.foot { atFoot[Self.key(pages[page][index]), default: []].insert(page) }
        }
        // A running line stands on at least half of the pages, and on two at least; so do page
        // numbers, or a lone `I` or `2024` at the top of one page would be taken for one.
        let needed = max(2, (pages.count + 1) / 2)
        let numbered = Set(edges.indices.filter { page in
            (edges[page].top + edges[page].foot).contains { Self.isPageNumber(pages[page][$0]) }
        })
        for (page, edge) in edges.enumerated() {
            for (index, counts) in edge.top.map({ ($0, atTop) }) + edge.foot.map({ ($0, atFoot) }) {
                let text = pages[page][index].trimmingCharacters(in: .whitespaces)
                let key = Self.key(text)
                let isPageNumber = numbered.count >= needed && Self.isPageNumber(text)
                guard isPageNumber || (counts[key]?.count ?? 0) >= needed else { continue }
                lines.insert(Position(page: page, line: index))
                let kindKey = isPageNumber ? "#page" : key
                if let existing = kinds.firstIndex(where: { $0.key == kindKey }) {
                    if kinds[existing].pages.last != page { kinds[existing].pages.append(page) }
                } else {
                    kinds.append((kindKey, text, Position(page: page, line: index), [page], isPageNumber))
                }
            }
        }
    }

    /// One note a kind of furniture, naming it and the pages it stood on.
    func diagnostics(lineNumbers: [[Int]]) -> [Diagnostic] {
        kinds.map { kind in
            let line = lineNumbers[kind.first.page][kind.first.line]
            let pages = kind.pages.count == 1 ? "page \(kind.pages[0] + 1)" : "\(kind.pages.count) pages"
            let what = kind.isPageNumber ? "page numbers (“\(kind.text)” …)" : "running header or footer “\(kind.text)”"
            return Diagnostic(.note, code: "furniture", message: "\(what) left out on \(pages)",
                              range: SourceRange(start: SourcePosition(line: line, column: 1), end: SourcePosition(line: line + 1, column: 1)))
        }
    }

    /// The first and last few non-blank lines of a page (each line once).
    private static func edges(of page: [String]) -> (top: [Int], foot: [Int]) {
        let filled = page.indices.filter { !page[$0].allSatisfy(\.isWhitespace) }
        let top = Array(filled.prefix(edgeLines))
        let foot = filled.suffix(edgeLines).filter { !top.contains($0) }
        return (top, Array(foot))
    }

    /// A line as compared across pages: spaces dropped, every digit the same.
    private static func key(_ line: String) -> String {
        String(line.compactMap { $0.isWhitespace ? nil : $0.isNumber ? "#" : $0 })
    }

    /// A line that holds a page number and nothing else: `3`, `— 3 —`, `- 3 -`, `第3页`,
    /// `3/16`, `3 of 16`, `Page 3`, `iv`.
    static func isPageNumber(_ line: String) -> Bool {
        var rest = line.lowercased().filter { !$0.isWhitespace && !"—–-－_·•|()（）[]【】".contains($0) }
        for word in ["page", "第", "页", "頁", "共", "of", "/", "／"] { rest = rest.replacingOccurrences(of: word, with: "") }
        guard !rest.isEmpty, rest.count <= 8 else { return false }
        return rest.allSatisfy(\.isASCII) && (rest.allSatisfy(\.isNumber) || rest.allSatisfy { "ivxlc".contains($0) })
    }
}
