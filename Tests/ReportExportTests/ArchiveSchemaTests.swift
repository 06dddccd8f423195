import Foundation
import LibXML
import Testing

@testable import ReportExport

/// The schema is checked here as libxml2 is given it: with the facets of a few datatypes taken
/// out of the grammar and checked on the attributes that take them (`ArchiveSchema.checked`).
@Suite struct ArchiveSchemaTests {
    /// Every reference to a datatype checked apart is the whole content of an attribute of the
    /// names `facetedDatatypes` gives it, and every attribute of those names is such a reference:
    /// then the checks apart cover just the values the schema's facets cover.
    @Test func datatypesCheckedApartAreTheWholeContentOfTheirAttributes() throws {
        let grammar = try XMLDocument(string: ArchiveSchema.text).takeRootElement()
        let attributes = Dictionary(uniqueKeysWithValues: ArchiveSchema.facetedDatatypes.map { ($0.define, Set($0.attributes)) })
        let defines = Dictionary(ArchiveSchema.facetedDatatypes.flatMap { datatype in datatype.attributes.map { ($0, datatype.define) } }, uniquingKeysWith: { first, _ in first })
        func visit(_ element: XMLElement, parent: XMLElement?) {
            if element.name == "ref", let define = element.attributeValue(named: "name"), let names = attributes[define] {
                #expect(parent?.name == "attribute" && parent?.elements.count == 1, "<ref name=\"\(define)\"/> in <\(parent?.name ?? "")>")
                #expect(names.contains(parent?.attributeValue(named: "name") ?? ""), "\(define) taken by \(parent?.attributeValue(named: "name") ?? "")")
            }
            if element.name == "attribute", let name = element.attributeValue(named: "name"), let define = defines[name] {
                #expect(element.elements.map(\.name) == ["ref"] && element.elements.first?.attributeValue(named: "name") == define, "attribute \(name)")
            }
            for child in element.elements { visit(child, parent: element) }
        }
        visit(grammar, parent: nil)
        let checked = ArchiveSchema.checked
        #expect(checked.facets.map(\.attributes) == ArchiveSchema.facetedDatatypes.map(\.attributes))
        let facets = checked.facets.map(\.datatype.facets.count)
        #expect(!facets.contains(0))
        #expect(checked.text.components(separatedBy: "<param").count == ArchiveSchema.text.components(separatedBy: "<param").count - facets.reduce(0, +))
    }

    /// Values of the datatypes checked apart, refused and admitted as `xmllint` (Debian's
    /// libxml2-utils) does with the schema file whole.
    @Test(arguments: [
        ("range", ["1:1-2:3", "01:2-3:04", "1:1-2", "1:1-2:3:4", "1-1-2-3", " 1:1-2:3", "1:1-2:3 ", "+1:1-2:3", "１:1-2:3", "", "1:1–2:3"]),
        ("score", ["0", "1", "0.5", "1.000", "1.0001", "-0", "+0.5", ".5", "0.", " 0.5 ", "2", "-0.1", "1e0", "NaN", ""]),
        ("similarity", ["0.125", "1.5", "-0.0", "00.5"]),
        ("period", ["2024", "2021-2025", "24", "2024-", "20245", " 2024", "２０２４", ""]),
    ])
    func valuesAreCheckedAsTheWholeSchemaChecksThem(_ attribute: String, _ values: [String]) throws {
        let schema = SamplePairs.root.appendingPathComponent("Sources/ReportExport/Resources/archive.rng")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archive-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for value in values {
            let document = Self.document(attribute, value)
            let file = folder.appendingPathComponent("\(attribute).xml")
            try Data(document.utf8).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            process.arguments = ["--noout", "--relaxng", schema.path, file.path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let isAccepted = (try? ArchiveSchema.validate(Data(document.utf8))) != nil
            #expect(isAccepted == (process.terminationStatus == 0), "\(attribute)=\"\(value)\"")
        }
    }

    /// The smallest document holding `value` as `attribute`: a range on an outline, a score on an
    /// alignment row, a similarity on an edit, a period on a scorecard row.
    private static func document(_ attribute: String, _ value: String) -> String {
        let root = "xmlns=\"urn:report-diff:archive:1\" version=\"2\""
        switch attribute {
        case "range":
            return "<report \(root) encoding=\"utf-8\"><metadata/><outline range=\"\(value)\"/></report>"
        case "period":
            return "<series \(root) issuer=\"x\" tool=\"t\" tool-version=\"1\"><scorecard>"
                + "<row indicator=\"gdp\" measure=\"growth\" year=\"2024\" period=\"\(value)\"/></scorecard></series>"
        default:
            let score = attribute == "score" ? value : "1", similarity = attribute == "similarity" ? value : "1"
            let report = "<metadata/><outline range=\"1:1-1:1\"/></report>"
            return "<comparison \(root)><provenance tool=\"t\" version=\"1\"><input role=\"old\" name=\"a\" bytes=\"1\" "
                + "sha256=\"\(String(repeating: "0", count: 64))\" encoding=\"utf-8\"/></provenance>"
                + "<report role=\"old\" encoding=\"utf-8\">\(report)<report role=\"new\" encoding=\"utf-8\">\(report)"
                + "<alignment><row level=\"part\" relation=\"added\" score=\"\(score)\"/></alignment>"
                + "<edits><edit old=\"a\" new=\"b\" similarity=\"\(similarity)\"/></edits>"
                + "<facts report=\"old\"/><facts report=\"new\"/><phrases/></comparison>"
        }
    }
}
