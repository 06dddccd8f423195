import CLibXML2

/// A facet of an XML Schema datatype (`<param name="pattern">` of `string`, `minInclusive` of
/// `decimal`), compiled once, that checks values with libxml2's own facet code, in the calls
/// libxml2's RELAX NG validation makes for a `<data>` with that `<param>`.
///
/// That validation compiles a facet again for every value it checks (a pattern into an
/// automaton): a range's pattern took 25K instructions a value, most of the validation of a
/// comparison archive. `RelaxNGSchema` checks attributes against facets of this kind instead.
package final class DatatypeFacet {
    private let type: xmlSchemaTypePtr
    private let facet: xmlSchemaFacetPtr
    /// The facet's value as the schema writes it, which the facet points to and does not own.
    private let value: UnsafeMutablePointer<xmlChar>

    /// - Parameters:
    ///   - type: the datatype's name in XML Schema's library (`string`, `decimal`).
    ///   - name: the facet as RELAX NG's `<param name>` calls it (`pattern`, `maxInclusive`).
    ///   - value: the `<param>`'s content.
    /// - Throws: when libxml2 knows no such datatype or facet, or the value is not one for it.
    package init(type typeName: String, name: String, value: String) throws(XMLError) {
        _ = XMLErrorCollector.isParserInitialized
        let refusal = XMLError(line: 0, column: 0, message: "no facet \(name)=\"\(value)\" of the datatype \(typeName)")
        guard let facetType = Self.types[name],
            let type = typeName.withCString({ name in
                xmlSchemaGetPredefinedType(UnsafeRawPointer(name).assumingMemoryBound(to: xmlChar.self), Self.namespace.utf8Start)
            }),
            let facet = xmlSchemaNewFacet()
        else { throw refusal }
        guard let copy = value.withCString({ xmlStrdup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }) else {
            xmlSchemaFreeFacet(facet)
            throw refusal
        }
        facet.pointee.type = facetType
        facet.pointee.value = UnsafePointer(copy)
        self.type = type
        self.facet = facet
        self.value = copy
        guard xmlSchemaCheckFacet(facet, type, nil, type.pointee.name) == 0 else { throw refusal }
    }

    deinit {
        xmlSchemaFreeFacet(facet)
        rd_xml_free(value)
    }

    /// Whether `text` is a value of the datatype within the facet.
    package func admits(_ text: UnsafePointer<xmlChar>) -> Bool {
        var computed: xmlSchemaValPtr?
        defer { if let computed { xmlSchemaFreeValue(computed) } }
        return xmlSchemaValPredefTypeNode(type, text, &computed, nil) == 0 && xmlSchemaValidateFacet(type, facet, text, computed) == 0
    }

    /// XML Schema's namespace, which names its datatypes.
    private static let namespace: StaticString = "http://www.w3.org/2001/XMLSchema"

    /// The facets by the names RELAX NG's `<param>` gives them.
    private static let types: [String: xmlSchemaTypeType] = [
        "minInclusive": XML_SCHEMA_FACET_MININCLUSIVE, "minExclusive": XML_SCHEMA_FACET_MINEXCLUSIVE,
        "maxInclusive": XML_SCHEMA_FACET_MAXINCLUSIVE, "maxExclusive": XML_SCHEMA_FACET_MAXEXCLUSIVE,
        "totalDigits": XML_SCHEMA_FACET_TOTALDIGITS, "fractionDigits": XML_SCHEMA_FACET_FRACTIONDIGITS,
        "pattern": XML_SCHEMA_FACET_PATTERN, "enumeration": XML_SCHEMA_FACET_ENUMERATION,
        "whiteSpace": XML_SCHEMA_FACET_WHITESPACE, "length": XML_SCHEMA_FACET_LENGTH,
        "maxLength": XML_SCHEMA_FACET_MAXLENGTH, "minLength": XML_SCHEMA_FACET_MINLENGTH,
    ]
}
