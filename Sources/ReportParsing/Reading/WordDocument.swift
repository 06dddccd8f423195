import Foundation
import LibXML
import ReportModel

/// The text of a Word (.docx) document: its main part read by libxml2 from the ZIP package,
/// one paragraph a line, as the text reader takes it.
///
/// Headings keep their own lines; a heading or list numbered by Word gets its number written
/// out (`一、`, `（一）`, `1.`), since the outline is read from the heading's shape. Table rows
/// become lines, their cells joined by ` | `. Footnotes, endnotes, comments, deleted text
/// and field codes are left out; each note is listed in a diagnostic with its text.
struct WordDocument {
    var lines: [String] = []
    var diagnostics: [Diagnostic] = []

    static let mainPart = "word/document.xml"
    static let stylesPart = "word/styles.xml"
    static let numberingPart = "word/numbering.xml"
    static let notesParts = ["footnote": "word/footnotes.xml", "endnote": "word/endnotes.xml"]

    /// Reads the package in `data`.
    /// - Parameter byteLimit: the most bytes one part may inflate to.
    /// - Throws: `ReadError.word` when the package or its main part cannot be read.
    /// - Complexity: O(n) in the size of the package and its parts.
    init(data: Data, byteLimit: Int) throws(ReadError) {
        let parts: [String: Data]
        do {
            parts = try ZipPackage.entries(
                of: data, named: Set([Self.mainPart, Self.stylesPart, Self.numberingPart] + Self.notesParts.values),
                byteLimit: byteLimit)
        } catch {
            throw .word("unreadable ZIP package (\(error.message))")
        }
        guard let main = parts[Self.mainPart] else {
            throw .word("a ZIP archive but not a Word document (it has no \(Self.mainPart))")
        }
        let styles = parts[Self.stylesPart].flatMap { try? Self.root(of: $0, part: Self.stylesPart) }
        let numbering = parts[Self.numberingPart].flatMap { try? Self.root(of: $0, part: Self.numberingPart) }
        let body = try Self.root(of: main, part: Self.mainPart).elements.first { $0.name == "body" }
        var reader = BodyReader(styles: WordStyles(styles), numbering: WordNumbering(numbering))
        if let body { reader.read(blocksOf: body) }
        lines = reader.lines
        if reader.tableRows > 0 {
            diagnostics.append(Diagnostic(.note, code: "word-table",
                                          message: "\(reader.tableRows) table rows read as text, a row a line, cells joined by ' | '"))
        }
        let noteTexts = try Self.noteTexts(in: parts)
        for note in reader.notes {
            let text = noteTexts[note].map { " “\($0)”" } ?? ""
            diagnostics.append(Diagnostic(.note, code: "word-note", message: "\(note.kind) \(note.id) left out of the text\(text)"))
        }
    }

    /// The text of every footnote and endnote, by kind and id.
    private static func noteTexts(in parts: [String: Data]) throws(ReadError) -> [BodyReader.Note: String] {
        var result: [BodyReader.Note: String] = [:]
        for (kind, part) in notesParts {
            guard let data = parts[part] else { continue }
            for note in try root(of: data, part: part).elements {
                guard let id = note.attributeValue(named: "id") else { continue }
                var reader = BodyReader(styles: WordStyles(nil), numbering: WordNumbering(nil))
                reader.read(blocksOf: note)
                result[BodyReader.Note(kind: kind, id: id)] = reader.lines.filter { !$0.isEmpty }.joined(separator: " ")
            }
        }
        return result
    }

    /// A part's root element, parsed with no DTD, no entities and no network.
    private static func root(of data: Data, part: String) throws(ReadError) -> XMLElement {
        do {
            return try XMLDocument(data: data).takeRootElement()
        } catch {
            throw .word("\(part): \(error.description)")
        }
    }

    /// Walks the body in document order, writing paragraphs and table rows as lines.
    private struct BodyReader {
        var styles: WordStyles
        var numbering: WordNumbering
        var lines: [String] = []
        var tableRows = 0
        /// A footnote or endnote mark.
        struct Note: Hashable {
            var kind: String
            var id: String
        }

        /// The footnote and endnote marks met, in order.
        var notes: [Note] = []

        mutating func read(blocksOf container: XMLElement) {
            for element in container.elements {
                switch element.name {
                case "p": lines.append(paragraph(element))
                case "tbl": table(element)
                case "sdt", "sdtContent", "customXml", "ins", "smartTag":
                    read(blocksOf: element)
                default: break
                }
            }
        }

        private mutating func table(_ table: XMLElement) {
            for row in table.elements where row.name == "tr" {
                let cells = row.elements.filter { $0.name == "tc" }.map { cell in
                    var inner = BodyReader(styles: styles, numbering: numbering)
                    inner.read(blocksOf: cell)
                    notes += inner.notes
                    return inner.lines.filter { !$0.isEmpty }.joined(separator: " ")
                }
                lines.append(cells.joined(separator: " | "))
                tableRows += 1
            }
        }

        private mutating func paragraph(_ paragraph: XMLElement) -> String {
            let properties = paragraph.elements.first { $0.name == "pPr" }
            var text = ""
            collect(paragraph, into: &text)
            let styleID = properties?.elements.first { $0.name == "pStyle" }?.attributeValue(named: "val")
            let direct = properties?.elements.first { $0.name == "numPr" }
            let reference = WordNumbering.Reference(direct) ?? styleID.flatMap { styles.numbering(ofStyle: $0) }
            guard let reference, let label = numbering.label(for: reference), !text.isEmpty else { return text }
            return label + text
        }

        /// The paragraph's visible text: runs, tabs and breaks; not deleted text, field codes,
        /// drawings or note marks (recorded instead).
        private mutating func collect(_ element: XMLElement, into text: inout String) {
            for node in element.children {
                guard case .element(let child) = node else { continue }
                switch child.name {
                case "t": text += child.text
                case "tab", "br", "cr": text += " "
                case "noBreakHyphen": text += "-"
                case "footnoteReference", "endnoteReference":
                    notes.append(Note(kind: child.name == "footnoteReference" ? "footnote" : "endnote",
                                      id: child.attributeValue(named: "id") ?? "?"))
                case "pPr", "rPr", "del", "delText", "instrText", "fldData", "drawing", "pict", "object",
                    "AlternateContent", "commentReference":
                    break
                default: collect(child, into: &text)
                }
            }
        }
    }
}

/// Which styles number their paragraphs, read from `word/styles.xml`, following `basedOn`.
struct WordStyles {
    private var numberingByStyle: [String: WordNumbering.Reference] = [:]
    private var basedOn: [String: String] = [:]

    init(_ root: XMLElement?) {
        for style in root?.elements ?? [] where style.name == "style" {
            guard let id = style.attributeValue(named: "styleId") else { continue }
            if let parent = style.elements.first(where: { $0.name == "basedOn" })?.attributeValue(named: "val") {
                basedOn[id] = parent
            }
            let numPr = style.elements.first { $0.name == "pPr" }?.elements.first { $0.name == "numPr" }
            if let reference = WordNumbering.Reference(numPr) { numberingByStyle[id] = reference }
        }
    }

    /// The numbering a paragraph of this style takes, from the style or the nearest it is based on.
    func numbering(ofStyle id: String) -> WordNumbering.Reference? {
        var current: String? = id
        var seen: Set<String> = []
        while let style = current, seen.insert(style).inserted {
            if let reference = numberingByStyle[style] { return reference }
            current = basedOn[style]
        }
        return nil
    }
}

/// Word's list numbering, read from `word/numbering.xml`: writes out the label each numbered
/// paragraph shows (`一、`, `（二）`, `3.`), counting as Word does.
struct WordNumbering {
    /// A paragraph's list and level.
    struct Reference: Hashable {
        var list: String
        var level: Int

        init?(_ numPr: XMLElement?) {
            guard let numPr, let list = numPr.elements.first(where: { $0.name == "numId" })?.attributeValue(named: "val"),
                list != "0"
            else { return nil }
            self.list = list
            level = numPr.elements.first { $0.name == "ilvl" }?.attributeValue(named: "val").flatMap { Int($0) } ?? 0
        }
    }

    private struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }

    private var levelsByList: [String: [Int: Level]] = [:]
    /// The last number given at each level, by list.
    private var counters: [String: [Int: Int]] = [:]

    init(_ root: XMLElement?) {
        var abstract: [String: [Int: Level]] = [:]
        for element in root?.elements ?? [] where element.name == "abstractNum" {
            guard let id = element.attributeValue(named: "abstractNumId") else { continue }
            var levels: [Int: Level] = [:]
            for level in element.elements where level.name == "lvl" {
                guard let index = level.attributeValue(named: "ilvl").flatMap({ Int($0) }) else { continue }
                let value = { (name: String) in level.elements.first { $0.name == name }?.attributeValue(named: "val") }
                levels[index] = Level(start: value("start").flatMap { Int($0) } ?? 1, format: value("numFmt") ?? "decimal",
                                      text: value("lvlText") ?? "")
            }
            abstract[id] = levels
        }
        for element in root?.elements ?? [] where element.name == "num" {
            guard let id = element.attributeValue(named: "numId"),
                let abstractID = element.elements.first(where: { $0.name == "abstractNumId" })?.attributeValue(named: "val")
            else { continue }
            levelsByList[id] = abstract[abstractID]
        }
    }

    /// The label of the next paragraph numbered `reference`, counted on; `nil` for bullets and
    /// unknown lists.
    mutating func label(for reference: Reference) -> String? {
        guard let levels = levelsByList[reference.list], let level = levels[reference.level], level.format != "bullet",
            level.format != "none"
        else { return nil }
        var counter = counters[reference.list] ?? [:]
        counter[reference.level] = (counter[reference.level] ?? level.start - 1) + 1
        for deeper in counter.keys where deeper > reference.level { counter[deeper] = nil }
        counters[reference.list] = counter
        var label = level.text
        for index in (0...reference.level).reversed() {
            let format = levels[index]?.format ?? "decimal"
            let number = counter[index] ?? levels[index]?.start ?? 1
            label = label.replacingOccurrences(of: "%\(index + 1)", with: Self.written(number, format: format))
        }
        return label.isEmpty ? nil : label
    }

    /// A number as a list format writes it.
    private static func written(_ number: Int, format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional",
            "taiwaneseCounting", "japaneseCounting":
            return chinese(number)
        case "lowerLetter": return letters(number).lowercased()
        case "upperLetter": return letters(number)
        case "lowerRoman": return roman(number).lowercased()
        case "upperRoman": return roman(number)
        default: return String(number)
        }
    }

    /// `1` → `一`, `10` → `十`, `12` → `十二`, `20` → `二十`, `105` → `一百零五`.
    static func chinese(_ number: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        guard number > 0, number < 1000 else { return String(number) }
        let hundreds = number / 100, tens = number / 10 % 10, ones = number % 10
        var result = hundreds > 0 ? "\(digits[hundreds])百" : ""
        if tens > 0 {
            result += (tens == 1 && hundreds == 0 ? "" : String(digits[tens])) + "十"
        } else if hundreds > 0, ones > 0 {
            result += "零"
        }
        if ones > 0 { result += String(digits[ones]) }
        return result
    }

    private static func letters(_ number: Int) -> String {
        guard number > 0 else { return String(number) }
        let letter = Character(UnicodeScalar(UInt8(65 + (number - 1) % 26)))
        return String(repeating: letter, count: (number - 1) / 26 + 1)
    }

    private static func roman(_ number: Int) -> String {
        guard number > 0, number < 4000 else { return String(number) }
        let values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number, result = ""
        for (value, symbol) in values {
            while rest >= value { result += symbol; rest -= value }
        }
        return result
    }
}
