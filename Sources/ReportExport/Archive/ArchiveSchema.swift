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
        let schema = try compiled()
        let document: XMLDocument
        do {
            document = try XMLDocument(data: data)
        } catch {
            throw .invalid(error)
        }
        let errors = document.validate(against: schema)
        if !errors.isEmpty { throw .invalid(errors.map(ArchiveError.Problem.init)) }
        return document
    }

    /// The schema compiled for one validation (a compiled libxml2 schema is not shared between
    /// threads here, since `batch` validates on several).
    static func compiled() throws(ArchiveError) -> RelaxNGSchema {
        do {
            return try RelaxNGSchema(string: text)
        } catch {
            throw .invalid(error)
        }
    }
}
