import Foundation
import LibXML
import ReportModel

/// The one writer of every XML document report-diff writes — the comparison archive, the
/// standalone outline and facts, the series scorecard and the batch index: the tree is built
/// with `XMLWriter`, checked in memory against `ArchiveSchema`, and serialised only when valid,
/// so a document that breaks the schema is refused, never written.
package enum ArchiveWriter {
    /// A writer with the root element `root` open, carrying the vocabulary's namespace and
    /// version; close it and hand the writer to `validated(_:)`.
    package static func start(_ root: String) -> XMLWriter {
        let writer = XMLWriter()
        openRoot(root, in: writer)
        return writer
    }

    /// Opens the root element `root` with the vocabulary's namespace and version.
    static func openRoot(_ root: String, in writer: some XMLOutput) {
        writer.startElement(root)
        writer.attribute("xmlns", value: ArchiveVocabulary.namespace)
        writer.attribute("version", value: ArchiveVocabulary.version)
    }

    /// The writer's document, once its tree is found valid.
    /// - Throws: `ArchiveError.invalid` with the writer's mistake or every validity error.
    package static func validated(_ writer: XMLWriter) throws(ArchiveError) -> Data {
        try check(writer)
        do {
            return try writer.finish()
        } catch {
            throw .invalid(error)
        }
    }

    private static func check(_ writer: XMLWriter) throws(ArchiveError) {
        let errors = writer.validate(against: try ArchiveSchema.compiled())
        if !errors.isEmpty { throw .invalid(errors.map(ArchiveError.Problem.init)) }
    }
}
