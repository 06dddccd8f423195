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
    /// threads here, since `batch` validates on several): the grammar of `checked`, and the facets
    /// it leaves out checked on their attributes, each compiled once (see `DatatypeFacet`).
    static func compiled() throws(ArchiveError) -> RelaxNGSchema {
        do throws(XMLError) {
            var facets: [String: [DatatypeFacet]] = [:]
            for (attributes, datatype) in checked.facets {
                let compiled = try datatype.facets.map { (name, value) throws(XMLError) in try DatatypeFacet(type: datatype.type, name: name, value: value) }
                for attribute in attributes { facets[attribute] = compiled }
            }
            return try RelaxNGSchema(string: checked.text, attributeFacets: facets)
        } catch {
            throw .invalid(error)
        }
    }

    /// The defines of a datatype with facets, and the attributes that take each (the only places
    /// the schema refers to them: a test holds the two to each other). A range's pattern is most
    /// of the cost of validating an archive when libxml2 checks it, since libxml2 compiles a
    /// facet again for every value: 30M of the 72M instructions of the national pair's archive.
    static let facetedDatatypes: [(define: String, attributes: [String])] = [
        ("range", ["range"]), ("score", ["score", "similarity"]), ("period", ["period"]),
    ]

    /// A datatype with facets, as a define of the schema writes it:
    /// `<data type="string"><param name="pattern">[0-9]+…</param></data>`.
    struct Datatype: Sendable {
        var type: String
        var facets: [(name: String, value: String)]
    }

    /// `text` with the facets of `facetedDatatypes` taken out of their defines (`<data
    /// type="string"/>`), and those datatypes by the attributes that take them; `text` whole and
    /// none if a define is not a datatype with facets.
    static let checked: (text: String, facets: [(attributes: [String], datatype: Datatype)]) = {
        var checked = text
        var facets: [(attributes: [String], datatype: Datatype)] = []
        for (define, attributes) in facetedDatatypes {
            guard let start = checked.range(of: "<define name=\"\(define)\">"),
                let end = checked.range(of: "</define>", range: start.upperBound..<checked.endIndex),
                let data = try? XMLDocument(string: String(checked[start.upperBound..<end.lowerBound])).takeRootElement(),
                data.name == "data", let type = data.attributeValue(named: "type"), !data.elements.isEmpty,
                data.elements.allSatisfy({ $0.name == "param" && $0.attributeValue(named: "name") != nil })
            else { return (text, []) }
            let datatype = Datatype(type: type, facets: data.elements.map { ($0.attributeValue(named: "name") ?? "", $0.text) })
            facets.append((attributes, datatype))
            checked.replaceSubrange(start.upperBound..<end.lowerBound, with: "<data type=\"\(type)\"/>")
        }
        return (checked, facets)
    }()
}
