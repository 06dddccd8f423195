import Foundation
import LibXML
import ReportModel

/// The text of a PDF file, read from poppler's `pdftotext -bbox-layout`, with the page
/// furniture taken off: running headers and footers (a line repeated at the top or the foot of
/// most pages, numbers aside) and page numbers (`— 3 —`, `第3页`, `3/16`, `Page 3`).
///
/// `-bbox-layout` gives every line with its place, in reading order, a column after the other.
/// That is what the other modes lose: `-layout` sets columns side by side on one line, and
/// `-raw` and the reading-order mode drop the indentation of a paragraph's first line. Here an
/// indented line, or one below extra space, gets a blank line before it, the cue the text reader
/// takes for a paragraph end; columns and pages are joined with no blank line, so a paragraph that runs over a column
/// or page break is re-flowed whole by the reader.
struct PDFText {
    /// The content lines, numbered in reading order over the whole file (furniture included).
    var lines: [SourceLine] = []
    var diagnostics: [Diagnostic] = []

    /// The Debian package that provides `pdftotext`.
    static let package = "poppler-utils"

    /// One line of text as placed on the page, in points.
    struct PlacedLine {
        var text: String
        var left: Double
        var top: Double
        var height: Double
        /// The left edge of the block (column) it stands in.
        var blockLeft: Double
        /// The block's number on its page.
        var block: Int
    }

    /// Runs `pdftotext` on `data` and takes the furniture off its pages.
    /// - Throws: `ReadError.pdf` when `pdftotext` is missing, or the file is encrypted or damaged.
    /// - Complexity: O(n) in the size of the text, after `pdftotext`'s own work.
    init(data: Data) throws(ReadError) {
        let pages = try Self.pages(of: Self.extract(data))
        guard pages.joined().contains(where: { !$0.text.isEmpty }) else {
            throw .pdf("no text in it (a scanned image? it needs OCR first)")
        }
        var number = 0
        let numbers = pages.map { page in page.map { _ in number += 1; return number } }
        let furniture = Furniture(pages: pages)
        diagnostics = furniture.diagnostics(lineNumbers: numbers)
        let pitch = Self.linePitch(of: pages)
        for (pageIndex, page) in pages.enumerated() {
            var above: PlacedLine?
            for (index, line) in page.enumerated() where !furniture.lines.contains(Furniture.Position(page: pageIndex, line: index)) {
                // A new paragraph: a first line set in by more than a third of its height, or a
                // line further below the one above it, in the same column, than lines run.
                let isIndented = line.left - line.blockLeft > line.height / 3
                let isSpaced = above.map { $0.blockLeft == line.blockLeft && line.top - $0.top > pitch * 1.4 } ?? false
                if isIndented || isSpaced, let previous = lines.last, !previous.text.isEmpty {
                    lines.append(SourceLine(number: numbers[pageIndex][index], text: ""))
                }
                lines.append(SourceLine(number: numbers[pageIndex][index], text: Substring(line.text)))
                above = line
            }
        }
    }

    /// The median distance from one line's top to the next line's inside a block: the body's
    /// line spacing (between blocks, paragraph spacing may be the more common).
    private static func linePitch(of pages: [[PlacedLine]]) -> Double {
        var distances: [Double] = []
        for page in pages {
            for (above, below) in zip(page, page.dropFirst()) where above.block == below.block && below.top > above.top {
                distances.append(below.top - above.top)
            }
        }
        return distances.isEmpty ? .infinity : distances.sorted()[distances.count / 2]
    }

    /// The lines of each page, in reading order, from `pdftotext -bbox-layout`'s XHTML.
    private static func pages(of xhtml: Data) throws(ReadError) -> [[PlacedLine]] {
        let root: XMLElement
        do {
            root = try XMLDocument(data: xhtml).takeRootElement()
        } catch {
            throw .pdf("pdftotext's output cannot be read (\(error.description))")
        }
        let number = { (element: XMLElement, name: String) in element.attributeValue(named: name).flatMap(Double.init) ?? 0 }
        var pages: [[PlacedLine]] = []
        var pending = [root]
        while let element = pending.popLast() {
            guard element.name == "page" else {
                pending += element.elements.reversed()
                continue
            }
            var page: [PlacedLine] = []
            var blockNumber = 0
            for flow in element.elements where flow.name == "flow" {
                for block in flow.elements where block.name == "block" {
                    blockNumber += 1
                    for line in block.elements where line.name == "line" {
                        let text = line.elements.filter { $0.name == "word" }.map(\.text).joined(separator: " ")
                        let top = number(line, "yMin")
                        page.append(PlacedLine(text: text, left: number(line, "xMin"), top: top,
                                               height: number(line, "yMax") - top, blockLeft: number(block, "xMin"), block: blockNumber))
                    }
                }
            }
            pages.append(page)
        }
        return pages
    }

    /// What `pdftotext -bbox-layout` gives for `data`, or one clear error.
    private static func extract(_ data: Data) throws(ReadError) -> Data {
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
        let input = folder.appendingPathComponent("input.pdf"), output = folder.appendingPathComponent("output.html")
        let errors = folder.appendingPathComponent("errors.txt")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-bbox-layout", "-enc", "UTF-8", input.path, output.path]
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
        return bytes
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
    init(pages placed: [[PDFText.PlacedLine]]) {
        let pages = placed.map { $0.map(\.text) }
        var atTop: [String: Set<Int>] = [:], atFoot: [String: Set<Int>] = [:]
        let edges = placed.map(Self.edges(of:))
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

    /// The highest and lowest few non-blank lines of a page, by their place (each line once).
    private static func edges(of page: [PDFText.PlacedLine]) -> (top: [Int], foot: [Int]) {
        let filled = page.indices.filter { !page[$0].text.allSatisfy(\.isWhitespace) }.sorted { page[$0].top < page[$1].top }
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
