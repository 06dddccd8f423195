import Foundation
import LibXML
import ReportModel
import ReportParsing
import Testing

@testable import ReportExport

/// Every document the tool writes goes through `ArchiveWriter`, which checks the tree against
/// the schema before a byte is serialised.
@Suite struct ArchiveWriterTests {
    /// A `fact` without its required attributes and an element the vocabulary does not have.
    @Test func refusesABrokenFactsDocument() {
        let writer = ArchiveWriter.start("facts")
        writer.startElement("fact")
        writer.attribute("role", value: "promise")
        writer.text("增长5%左右")
        writer.endElement()
        writer.endElement()
        #expect {
            try ArchiveWriter.validated(writer)
        } throws: { error in
            guard case ArchiveError.invalid(let problems) = error else { return false }
            return !problems.isEmpty
        }
    }

    /// An outline whose paragraph holds no sentence element but a made-up one.
    @Test func refusesABrokenOutlineDocument() {
        let writer = ArchiveWriter.start("report")
        writer.attribute("encoding", value: "utf-8")
        writer.startElement("metadata")
        writer.endElement()
        writer.startElement("outline")
        writer.attribute("range", value: "1:1-2:1")
        writer.startElement("chapter")
        writer.endElement()
        writer.endElement()
        writer.endElement()
        #expect(throws: ArchiveError.self) { try ArchiveWriter.validated(writer) }
    }

    /// A writer's own mistake (a second root) is refused the same way, not serialised.
    @Test func refusesAWriterMistake() {
        let writer = ArchiveWriter.start("facts")
        writer.endElement()
        writer.startElement("facts")
        #expect(throws: ArchiveError.self) { try ArchiveWriter.validated(writer) }
    }

    /// What `outline --format xml` and `facts --format xml` print for the sample reports is
    /// valid in memory and, parsed again from its bytes, valid still.
    @Test(arguments: SamplePairs.all.flatMap { [$0.0, $0.1] })
    func outlineAndFactsDocumentsOfTheSamplesValidate(_ path: String) throws {
        let report = try SamplePairs.input(path).report
        let outline = try report.xmlDocument()
        let facts = try FactFormatter.xml(FactExtractor().facts(in: report), source: path)
        try ArchiveSchema.validate(outline)
        try ArchiveSchema.validate(facts)
        #expect(String(decoding: outline, as: UTF8.self).contains("<report xmlns=\"\(ArchiveVocabulary.namespace)\" version=\"2\""))
        #expect(String(decoding: facts, as: UTF8.self).contains("<fact "))
    }
}
