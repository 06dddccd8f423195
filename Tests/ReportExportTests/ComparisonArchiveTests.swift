import Foundation
import ReportComparison
import ReportModel
import Testing

@testable import ReportExport

@Suite struct ComparisonArchiveTests {
    @Test(arguments: SamplePairs.all)
    func archiveValidatesAndIsDeterministic(_ old: String, _ new: String) async throws {
        let first = try await SamplePairs.archive(old, new).xml()
        let second = try await SamplePairs.archive(old, new).xml()
        #expect(first == second)
        try ArchiveSchema.validate(first)
        let text = String(decoding: first, as: UTF8.self)
        #expect(!text.contains(SamplePairs.root.path))
        #expect(!text.contains("generated-at"))
    }

    /// The schema is a file of the package that other tools read as it is: `xmllint` (Debian's
    /// libxml2-utils) validates each exported archive against `Resources/archive.rng`.
    @Test(arguments: SamplePairs.all)
    func xmllintValidatesTheExportsAgainstTheSchemaFile(_ old: String, _ new: String) throws {
        let schema = SamplePairs.root.appendingPathComponent("Sources/ReportExport/Resources/archive.rng")
        #expect(try String(contentsOf: schema, encoding: .utf8) == ArchiveSchema.text)
        let years = [old, new].map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        let issuer = URL(fileURLWithPath: old).deletingLastPathComponent().lastPathComponent
        let archive = SamplePairs.root.appendingPathComponent("Exports/\(issuer)/\(years.joined(separator: "-"))/comparison.xml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--relaxng", schema.path, archive.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
        #expect(message.contains("validates"))
    }

    @Test(arguments: SamplePairs.all)
    func readingBackAndWritingAgainGivesTheSameBytes(_ old: String, _ new: String) async throws {
        let written = try await SamplePairs.archive(old, new).xml()
        let readBack = try ArchiveReader.archive(from: written)
        #expect(try readBack.xml() == written)
    }

    /// `compare` renders its page from the archive's tree built as Swift values beside libxml2's:
    /// the page must be the one `render` makes from the archive's bytes, and the tree must read
    /// back as the bytes do, characters XML cannot hold dropped from both.
    @Test(arguments: SamplePairs.all)
    func exportedPageIsThePageRenderedFromTheExportedArchive(_ old: String, _ new: String) async throws {
        var archive = try await SamplePairs.archive(old, new)
        archive.comparison.old.metadata.title = "标题\u{1}\u{FFFE} & <b> \"quoted\""
        let files = try await archive.exportFiles()
        let xml = try #require(files.first { $0.name == "comparison.xml" }?.data)
        #expect(xml == (try archive.xml()))
        #expect(try ArchiveReader.archive(from: archive.builtTree()) == (try ArchiveReader.archive(from: xml)))
        #expect(files.first { $0.name == "review.html" }?.data == (try ReviewPage(archiveXML: xml).data))
    }

    /// The archive alone holds the reports: every paragraph's text comes back exactly.
    @Test(arguments: SamplePairs.all)
    func paragraphTextsComeBackFromTheArchiveAlone(_ old: String, _ new: String) async throws {
        let archive = try await SamplePairs.archive(old, new)
        let readBack = try ArchiveReader.archive(from: try archive.xml())
        for (original, recovered) in [(archive.comparison.old, readBack.comparison.old), (archive.comparison.new, readBack.comparison.new)] {
            #expect(recovered.allParagraphs.map(\.paragraph.text) == original.allParagraphs.map(\.paragraph.text))
            #expect(recovered.allParagraphs.map(\.paragraph.id) == original.allParagraphs.map(\.paragraph.id))
            #expect(recovered.root == original.root)
            #expect(recovered.metadata == original.metadata)
        }
        #expect(readBack.comparison.oldFacts == archive.comparison.oldFacts)
        #expect(readBack.comparison.newFacts == archive.comparison.newFacts)
        #expect(readBack.comparison.sentenceEdits == archive.comparison.sentenceEdits)
        #expect(readBack.provenance == archive.provenance)
    }

    /// The scorecard rows carry the same words as the `targets` CSV.
    @Test func scorecardOfTheNationalPair() async throws {
        let xml = try await SamplePairs.archive("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt").xml()
        let text = String(decoding: xml, as: UTF8.self)
        for (indicator, verdict, change) in [("gdp", "met", "unchanged"), ("cpi", "met", "lowered"), ("grain_output", "met", "raised")] {
            #expect(text.contains("<row indicator=\"\(indicator)\" measure="), "\(indicator)")
            let row = text.components(separatedBy: "<row indicator=\"\(indicator)\"").dropFirst().first?.prefix(while: { $0 != ">" }) ?? ""
            #expect(row.contains("verdict=\"\(verdict)\""), "\(indicator)")
            #expect(row.contains("change=\"\(change)\""), "\(indicator)")
        }
        let readBack = try ArchiveReader.archive(from: xml)
        #expect(readBack.comparison.scorecard == (try await SamplePairs.archive("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt")).comparison.scorecard)
    }

    @Test func provenanceNamesTheInputsAsGivenWithTheirHashes() async throws {
        let archive = try await SamplePairs.archive("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt")
        let provenance = try ArchiveReader.provenance(of: try archive.xml())
        #expect(provenance.old.name == "Reports/cn-national/2024.txt")
        #expect(provenance.new.sha256 == "bea84fe44e59c4eaf9f88bb14624d29f435c7631907b756178b44836244642f4")
        #expect(provenance.new.byteCount == 54779)
        #expect(provenance.old.encoding == "UTF-8")
        #expect(provenance.new.matches(try SamplePairs.data("Reports/cn-national/2025.txt")))
        #expect(!provenance.new.matches(try SamplePairs.data("Reports/cn-national/2024.txt")))
    }

    @Test func sha256MatchesKnownDigests() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.hex(Data(repeating: 0x61, count: 1_000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        #expect(SHA256.hex(Data("xabc".utf8).dropFirst()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abc".utf8.lazy.map { $0 }) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    /// Lengths around the block size, where the padding takes one block or two (Python's hashlib).
    @Test(arguments: [
        (55, "576a1bf8d4478657e6dc4af9398544765c2a92cde28478b019235cfed315fc09"),
        (56, "9b20501dfd1d99161c257950f3444f3e49230c351c5c8e0943ef369f85f5205d"),
        (63, "30b345906b493f06f69444b6521113511c242f30e29840462950035043682f1e"),
        (64, "d8bc63b4fc1156e5e7d95a418b9bf54cd3174bedbc2db40f74895349b229b3c0"),
        (65, "1ee23b0fbcaecc1aff4a9e8f1645f35ab2c8e13609cd73b68df8b5e3f63ce073"),
        (119, "7a6589821178918ca8d9edaba5abfc1e9b2669564f4469b66885379c1530b2c8"),
        (120, "655250427d56b1b0eeb8497d21428704273458a01772d6881b65c0abac0f8a98"),
    ])
    func sha256PadsAtEveryLength(count: Int, digest: String) {
        #expect(SHA256.hex((0..<count).map { UInt8(truncatingIfNeeded: $0 * 7) }) == digest)
    }

    @Test func aDocumentThatBreaksTheSchemaIsRefusedWithItsLine() {
        let broken = Data("""
            <?xml version="1.0"?>
            <facts xmlns="urn:report-diff:archive:1" version="2" source="2025.txt">
              <fact id="x" role="promise"/>
            </facts>
            """.utf8)
        #expect {
            try ArchiveSchema.validate(broken)
        } throws: { error in
            guard case ArchiveError.invalid(let problems) = error else { return false }
            return problems.first?.line == 3
        }
    }

    /// Attributes the schema declares in an interleave (a scorecard row's, a fact's, metadata's,
    /// a section's detail's) are checked as the group they replaced checked them: in any order,
    /// none required missing, none undeclared, every value of its type.
    @Test(arguments: [
        ("<row reason=\"r\" verdict=\"met\" year=\"2024\" measure=\"growth\" indicator=\"gdp\" headline=\"yes\"/>", true),
        ("<row measure=\"growth\" year=\"2024\" verdict=\"met\"/>", false),
        ("<row indicator=\"gdp\" measure=\"growth\" year=\"2024\" verdict=\"passed\"/>", false),
        ("<row indicator=\"gdp\" measure=\"growth\" year=\"2024\" bogus=\"1\"/>", false),
        ("<fact value=\"5\" unit=\"%\" sentence=\"s1\" measure=\"growth\" role=\"target\" id=\"f1\" year=\"2024\">增长5%</fact>", true),
        ("<fact id=\"f1\" role=\"target\" measure=\"growth\" value=\"5\" unit=\"%\">增长5%</fact>", false),
        ("<fact id=\"f1\" role=\"target\" measure=\"growth\" value=\"5\" unit=\"%\" sentence=\"s1\" period=\"24\">增长5%</fact>", false),
        ("<fact id=\"f1\" role=\"target\" measure=\"growth\" value=\"5\" unit=\"%\" sentence=\"s1\"><eq/></fact>", false),
        ("<metadata year=\"2025\" speaker=\"李强\" title=\"政府工作报告\"/>", true),
        ("<metadata date=\"2025-02-30\"/>", false),
        ("<metadata author=\"李强\"/>", false),
        ("<detail period=\"2021-2025\" number=\"一\"/>", true),
        ("<detail role=\"boss\"/>", false),
    ])
    func interleavedAttributesAreCheckedAsBefore(_ element: String, _ isValid: Bool) {
        let isAccepted = (try? ArchiveSchema.validate(Data(Self.document(holding: element).utf8))) != nil
        #expect(isAccepted == isValid)
    }

    /// A document holding `element` (a scorecard row, a fact, metadata or a section's detail) and
    /// otherwise only what the schema asks for.
    private static func document(holding element: String) -> String {
        let root = "xmlns=\"urn:report-diff:archive:1\" version=\"2\""
        if element.hasPrefix("<row") {
            return "<series \(root) issuer=\"x\" tool=\"t\" tool-version=\"1\"><scorecard>\(element)</scorecard></series>"
        } else if element.hasPrefix("<fact") {
            return "<facts \(root) source=\"s\">\(element)</facts>"
        } else if element.hasPrefix("<metadata") {
            return "<report \(root) encoding=\"utf-8\">\(element)<outline range=\"1:1-2:1\"/></report>"
        }
        return "<report \(root) encoding=\"utf-8\"><metadata/><outline range=\"1:1-2:1\">"
            + "<section id=\"part1\" kind=\"part\" title=\"t\" range=\"1:1-2:1\">\(element)</section></outline></report>"
    }
}
