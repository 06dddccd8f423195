import Foundation
import LibXML

/// The RELAX NG schema of the archive vocabulary: every document report-diff writes is checked
/// against it before it is written. It is kept in the binary, so the tool never runs without it.
public enum ArchiveSchema {
    /// The schema, as `report-diff schema` prints it; its opening comment is the element reference.
    /// It is `Resources/archive.rng`, embedded at build time, so `xmllint --relaxng` can read the
    /// same file.
    public static let text = String(decoding: PackageResources.archive_rng, as: UTF8.self)

    /// Checks a document against the schema.
    ///
    /// - Throws: `ArchiveError.invalid` with libxml2's errors, each with its line and column.
    public static func validate(_ data: Data) throws(ArchiveError) {
        _ = try validatedDocument(data)
    }

    /// Parses a document and checks it against the schema, so a reader parses it only once.
    static func validatedDocument(_ data: Data) throws(ArchiveError) -> XMLDocument {
        let document: XMLDocument
        let schema: RelaxNGSchema
        do {
            schema = try RelaxNGSchema(string: text)
            document = try XMLDocument(data: data)
        } catch {
            throw .invalid(error)
        }
        let errors = document.validate(against: schema)
        if !errors.isEmpty { throw .invalid(errors.map(ArchiveError.Problem.init)) }
        return document
    }
}
