import Foundation
import LibXML
import ReportComparison
import ReportModel

/// Reads an archive back into the comparison model; writing the result again gives the same bytes.
public enum ArchiveReader {
    /// - Throws: `ArchiveError` when the document is malformed, breaks the schema or cannot be followed.
    /// - Complexity: O(n) in the size of the document.
    public static func archive(from data: Data) throws(ArchiveError) -> ComparisonArchive {
        try archive(from: try validatedRoot(data))
    }

    /// Reads an archive's tree, valid against the schema, as the writer leaves it or a parse gives it.
    /// - Throws: `ArchiveError.unreadable` when the tree says something this reader cannot follow.
    /// - Complexity: O(n) in the size of the tree.
    static func archive(from root: XMLElement) throws(ArchiveError) -> ComparisonArchive {
        guard root.name == "comparison" else { throw .unreadable("not a comparison archive (root element \(root.name))") }
        let provenance = try provenance(in: root)
        let reports = root.elements.filter { $0.name == "report" }
        guard let oldElement = reports.first(where: { $0.attributeValue(named: "role") == "old" }),
            let newElement = reports.first(where: { $0.attributeValue(named: "role") == "new" })
        else { throw .unreadable("the archive needs an old and a new report") }
        let old = try report(from: oldElement), new = try report(from: newElement)
        let oldNodes = NodeIndex(old), newNodes = NodeIndex(new)

        var rows: [AlignmentRow] = []
        var edits: [SentenceEdit] = []
        var oldFacts: [Fact] = [], newFacts: [Fact] = []
        var phrases: [PhraseChange] = []
        var scorecardElement: XMLElement?
        for element in root.elements {
            switch element.name {
            case "alignment":
                for row in element.elements {
                    guard let level = row.attributeValue(named: "level").flatMap(AlignmentLevel.init),
                        let relation = row.attributeValue(named: "relation").flatMap(AlignmentRelation.init),
                        let score = row.attributeValue(named: "score").flatMap(Double.init)
                    else { throw .unreadable("line \(row.line): an alignment row without level, relation or score") }
                    rows.append(AlignmentRow(
                        level: level, old: try oldNodes.ref(row.attributeValue(named: "old"), line: row.line),
                        new: try newNodes.ref(row.attributeValue(named: "new"), line: row.line), relation: relation, score: score,
                        titleChanged: row.attributeValue(named: "title-changed") == "true"))
                }
            case "edits":
                for edit in element.elements {
                    let runs: [TextDiff.Run] = edit.elements.compactMap { run in
                        switch run.name {
                        case "eq": .equal(run.text)
                        case "del": .delete(run.text)
                        case "ins": .insert(run.text)
                        default: nil
                        }
                    }
                    edits.append(SentenceEdit(
                        oldID: edit.attributeValue(named: "old") ?? "", newID: edit.attributeValue(named: "new") ?? "",
                        diff: TextDiff(runs: runs)))
                }
            case "facts":
                let facts = try element.elements.map(fact)
                if element.attributeValue(named: "report") == "old" { oldFacts = facts } else { newFacts = facts }
            case "scorecard":
                scorecardElement = element
            case "phrases":
                phrases = element.elements.map { phrase in
                    PhraseChange(
                        phrase: phrase.attributeValue(named: "text") ?? "",
                        oldCount: phrase.attributeValue(named: "old").flatMap(Int.init) ?? 0,
                        newCount: phrase.attributeValue(named: "new").flatMap(Int.init) ?? 0,
                        oldOccurrences: Self.idList(phrase.attributeValue(named: "old-sentences")),
                        newOccurrences: Self.idList(phrase.attributeValue(named: "new-sentences")))
                }
            default:
                continue
            }
        }
        let scorecard = try scorecardElement.map { element throws(ArchiveError) in
            try Self.scorecard(from: element, oldFacts: oldFacts, newFacts: newFacts)
        }
        let comparison = Comparison(
            old: old, new: new, alignment: Alignment(rows: rows), sentenceEdits: edits, phraseChanges: phrases,
            oldFacts: oldFacts, newFacts: newFacts, scorecard: scorecard ?? Scorecard(rows: []))
        return ComparisonArchive(provenance: provenance, comparison: comparison)
    }

    /// Only the provenance: enough to check inputs against an archive.
    public static func provenance(of data: Data) throws(ArchiveError) -> Provenance {
        let root = try validatedRoot(data)
        guard root.name == "comparison" else { throw .unreadable("not a comparison archive (root element \(root.name))") }
        return try provenance(in: root)
    }

    /// The provenance at the head of an archive, read without parsing or validating the rest:
    /// enough to tell whether an archive is up to date, at a fraction of the cost of a full read.
    /// `nil` when the head is not a comparison's. (Text in an archive is escaped, so the first
    /// `</provenance>` is the element's end.)
    /// - Complexity: O(h) in the length of the head.
    public static func provenance(atHeadOf data: Data) -> Provenance? {
        guard let end = data.range(of: Data("</provenance>".utf8)) else { return nil }
        let head = Data(data[data.startIndex..<end.upperBound]) + Data("</comparison>".utf8)
        guard let root = try? XMLDocument(data: head).takeRootElement(), root.name == "comparison" else { return nil }
        return try? provenance(in: root)
    }

    private static func validatedRoot(_ data: Data) throws(ArchiveError) -> XMLElement {
        try ArchiveSchema.validatedDocument(data).takeRootElement()
    }

    private static func provenance(in root: XMLElement) throws(ArchiveError) -> Provenance {
        guard let element = root.elements.first(where: { $0.name == "provenance" }) else { throw .unreadable("no provenance") }
        var inputs: [String: Provenance.Input] = [:]
        var options: [Provenance.Option] = []
        for child in element.elements {
            if child.name == "input", let role = child.attributeValue(named: "role") {
                inputs[role] = Provenance.Input(
                    name: child.attributeValue(named: "name") ?? "",
                    byteCount: child.attributeValue(named: "bytes").flatMap(Int.init) ?? 0,
                    sha256: child.attributeValue(named: "sha256") ?? "", encoding: child.attributeValue(named: "encoding") ?? "",
                    format: child.attributeValue(named: "format"))
            } else if child.name == "option" {
                options.append(.init(name: child.attributeValue(named: "name") ?? "", value: child.attributeValue(named: "value") ?? ""))
            }
        }
        guard let old = inputs["old"], let new = inputs["new"] else { throw .unreadable("the provenance needs an old and a new input") }
        return Provenance(
            old: old, new: new, options: options, generatedAt: element.attributeValue(named: "generated-at"),
            tool: element.attributeValue(named: "tool") ?? "", version: element.attributeValue(named: "version") ?? "")
    }

    // MARK: Reports

    private static func report(from element: XMLElement) throws(ArchiveError) -> Report {
        guard let encoding = element.attributeValue(named: "encoding").flatMap(TextEncoding.init) else {
            throw .unreadable("line \(element.line): unknown encoding")
        }
        var metadata = ReportMetadata()
        var diagnostics: [Diagnostic] = []
        var root = Section(id: "", kind: .document, title: "", range: SourceRange(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)), blocks: [])
        for child in element.elements {
            switch child.name {
            case "metadata":
                let value = { (name: String) in child.attributeValue(named: name) }
                metadata = ReportMetadata(
                    title: value("title"), issuer: value("issuer"), date: value("date"), meeting: value("meeting"),
                    speaker: value("speaker"), year: value("year").flatMap(Int.init), continuation: value("continuation"))
            case "diagnostics":
                diagnostics = child.elements.map { diagnostic in
                    Diagnostic(
                        diagnostic.attributeValue(named: "severity").flatMap(Diagnostic.Severity.init) ?? .note,
                        code: diagnostic.attributeValue(named: "code") ?? "", message: diagnostic.text,
                        range: diagnostic.attributeValue(named: "range").flatMap(range))
                }
            case "outline":
                root.range = try requiredRange(child)
                root.blocks = try Self.blocks(in: child)
            default:
                continue
            }
        }
        return Report(metadata: metadata, encoding: encoding, root: root, diagnostics: diagnostics)
    }

    /// - Parameter period: the enclosing section's, which a paragraph without its own takes.
    private static func blocks(in element: XMLElement, period: Period? = nil) throws(ArchiveError) -> [Section.Block] {
        var result: [Section.Block] = []
        for child in element.elements {
            if child.name == "paragraph" {
                var paragraph = try paragraph(from: child)
                paragraph.period = detail(of: child)?.attributeValue(named: "period").flatMap { Period($0) } ?? period
                result.append(.paragraph(paragraph))
            } else if child.name == "section" {
                guard let kind = child.attributeValue(named: "kind").flatMap(Section.Kind.init) else {
                    throw .unreadable("line \(child.line): a section without a kind")
                }
                let detail = detail(of: child)
                let sectionPeriod = detail?.attributeValue(named: "period").flatMap { Period($0) }
                result.append(.section(Section(
                    id: child.attributeValue(named: "id") ?? "", kind: kind, number: detail?.attributeValue(named: "number"),
                    title: child.attributeValue(named: "title") ?? "", role: detail?.attributeValue(named: "role").flatMap(PartRole.init),
                    year: detail?.attributeValue(named: "year").flatMap(Int.init),
                    period: sectionPeriod, range: try requiredRange(child),
                    blocks: try Self.blocks(in: child, period: sectionPeriod))))
            }
        }
        return result
    }

    /// The `detail` element a section or paragraph opens with when it has optional properties.
    private static func detail(of element: XMLElement) -> XMLElement? {
        element.elements.first.flatMap { $0.name == "detail" ? $0 : nil }
    }

    /// A paragraph's text is its sentences and the white space between them; text holding a
    /// line break is the writer's indentation (paragraph text never holds one).
    private static func paragraph(from element: XMLElement) throws(ArchiveError) -> Paragraph {
        var text = ""
        var sentences: [Sentence] = []
        for node in element.children {
            switch node {
            case .text(let gap):
                if !gap.contains(where: \.isNewline) { text += gap }
            case .element(let sentence) where sentence.name == "sentence":
                text += sentence.text
                sentences.append(Sentence(
                    id: sentence.attributeValue(named: "id") ?? "", text: sentence.text, range: try requiredRange(sentence)))
            case .element:
                continue
            }
        }
        return Paragraph(id: element.attributeValue(named: "id") ?? "", text: text, sentences: sentences, range: try requiredRange(element))
    }

    /// A space-separated list of ids; none for a missing attribute.
    private static func idList(_ value: String?) -> [String] {
        value.map { pieces(of: $0, between: " ").map(String.init) } ?? []
    }

    /// The non-empty pieces of `text` between any of the (ASCII) `separators`, as
    /// `split(whereSeparator:)` over its characters gives them. ASCII text — the ids of every
    /// archive this tool writes — is cut byte by byte, since an ASCII byte is a character
    /// of its own; splitting by grapheme took 20M instructions to read back the national pair's
    /// archive.
    /// - Complexity: O(n) in the length of `text`.
    private static func pieces(of text: String, between separators: String) -> [Substring] {
        var bytes = text
        let separatorBytes = Array(separators.utf8)
        let cuts: [Int]? = bytes.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            return utf8.indices.filter { separatorBytes.contains(utf8[$0]) }
        }
        guard let cuts else { return text.split(whereSeparator: { separators.contains($0) }) }
        var pieces: [Substring] = []
        var start = 0
        for cut in cuts + [text.utf8.count] {
            if start < cut {
                pieces.append(text[text.utf8.index(text.startIndex, offsetBy: start)..<text.utf8.index(text.startIndex, offsetBy: cut)])
            }
            start = cut + 1
        }
        return pieces
    }

    private static func requiredRange(_ element: XMLElement) throws(ArchiveError) -> SourceRange {
        guard let range = element.attributeValue(named: "range").flatMap(range) else {
            throw .unreadable("line \(element.line): <\(element.name)> without a range")
        }
        return range
    }

    /// `3:1-12:22`: four numbers after one another with `:`, `-` and `:` between them, the form
    /// the schema gives every range; nil for other text. Read byte by byte: cut into pieces first,
    /// the ranges took 8M instructions to read back the national pair's archive.
    private static func range(_ text: String) -> SourceRange? {
        var numbers = SIMD4<Int>(), part = 0, digits = 0
        for byte in text.utf8 {
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                let (tens, overflow) = numbers[part].multipliedReportingOverflow(by: 10)
                let (value, carry) = tens.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                guard !overflow, !carry else { return nil }
                numbers[part] = value
                digits += 1
            } else if part < 3, digits > 0, byte == UInt8(ascii: part == 1 ? "-" : ":") {
                part += 1
                digits = 0
            } else {
                return nil
            }
        }
        guard part == 3, digits > 0 else { return nil }
        return SourceRange(start: .init(line: numbers[0], column: numbers[1]), end: .init(line: numbers[2], column: numbers[3]))
    }

    // MARK: Facts

    /// Scorecard rows name their facts by id: the target in the old report, the outcome and the
    /// next target in the new one.
    private static func scorecard(from element: XMLElement, oldFacts: [Fact], newFacts: [Fact]) throws(ArchiveError) -> Scorecard {
        let old = Dictionary(oldFacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(newFacts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rows: [ScorecardRow] = []
        for row in element.elements {
            let value = { (name: String) in row.attributeValue(named: name) }
            guard let measure = value("measure").flatMap(Measure.init), let year = value("year").flatMap(Int.init) else {
                throw .unreadable("line \(row.line): a scorecard row without measure or year")
            }
            func fact(_ name: String, in facts: [String: Fact]) throws(ArchiveError) -> Fact? {
                guard let id = value(name) else { return nil }
                guard let fact = facts[id] else { throw .unreadable("line \(row.line): the scorecard names fact \(id), which the archive does not hold") }
                return fact
            }
            rows.append(ScorecardRow(
                indicator: value("indicator") ?? "", measure: measure, year: year,
                target: try fact("target-fact", in: old), outcome: try fact("outcome-fact", in: new),
                verdict: value("verdict").flatMap(Verdict.init), reason: value("reason"),
                nextTarget: try fact("next-target-fact", in: new), change: value("change").flatMap(TargetChange.init),
                period: value("period").flatMap { Period($0) }))
        }
        return Scorecard(rows: rows)
    }

    private static func fact(_ element: XMLElement) throws(ArchiveError) -> Fact {
        let value = { (name: String) in element.attributeValue(named: name) }
        guard let role = value("role").flatMap(FactRole.init), let measure = value("measure").flatMap(Measure.init),
            let number = value("value").flatMap({ Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) })
        else { throw .unreadable("line \(element.line): a fact without role, measure or value") }
        let quantity = Quantity(
            value: number, upperValue: value("upper").flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) },
            unit: value("unit") ?? "", qualifier: value("qualifier").flatMap(Qualifier.init))
        return Fact(
            id: value("id") ?? "", role: role, indicator: value("indicator"), subject: value("subject") ?? "", measure: measure,
            year: value("year").flatMap(Int.init), period: value("period").flatMap { Period($0) },
            isHeadline: value("headline") == "yes", quantity: quantity, sectionID: value("section") ?? "",
            sentenceID: value("sentence") ?? "", sentence: element.text)
    }
}

/// The alignment's names for the nodes of one report, by id.
private struct NodeIndex {
    private var refs: [String: NodeRef] = [:]

    init(_ report: Report) {
        for section in report.allSections {
            refs[section.id] = NodeRef(id: section.id, number: section.number, title: section.title)
        }
        for (_, paragraph) in report.allParagraphs {
            refs[paragraph.id] = NodeRef(id: paragraph.id, title: paragraph.text)
            for sentence in paragraph.sentences { refs[sentence.id] = NodeRef(id: sentence.id, title: sentence.text) }
        }
    }

    func ref(_ id: String?, line: Int) throws(ArchiveError) -> NodeRef? {
        guard let id else { return nil }
        guard let ref = refs[id] else { throw .unreadable("line \(line): the alignment names \(id), which the report does not hold") }
        return ref
    }
}
