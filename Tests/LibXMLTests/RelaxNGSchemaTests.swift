import Foundation
import Testing
@testable import LibXML

@Suite struct RelaxNGSchemaTests {
    private static let schema = """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="urn:example:report"
                 datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
          <start>
            <element name="report">
              <attribute name="year"><data type="gYear"/></attribute>
              <oneOrMore>
                <element name="paragraph"><text/></element>
              </oneOrMore>
            </element>
          </start>
        </grammar>
        """

    @Test func validDocumentHasNoErrors() throws {
        let schema = try RelaxNGSchema(string: Self.schema)
        let document = try XMLDocument(string: """
            <report xmlns="urn:example:report" year="2025">
              <paragraph>one</paragraph>
              <paragraph>two</paragraph>
            </report>
            """)
        #expect(document.validate(against: schema).isEmpty)
    }

    @Test func invalidDocumentReportsTheLine() throws {
        let schema = try RelaxNGSchema(string: Self.schema)
        let document = try XMLDocument(string: """
            <report xmlns="urn:example:report" year="2025">
              <paragraph>one</paragraph>
              <heading>stray</heading>
            </report>
            """)
        let errors = schema.validate(document)
        #expect(!errors.isEmpty)
        #expect(errors.first?.line == 3)
        #expect(errors.first?.message.contains("heading") == true)
    }

    @Test func writerOutputValidates() throws {
        let writer = XMLWriter()
        writer.startElement("report")
        writer.attribute("xmlns", value: "urn:example:report")
        writer.attribute("year", value: "2024")
        writer.startElement("paragraph")
        writer.text("A & B <c>")
        writer.endElement()
        writer.endElement()
        let document = try XMLDocument(data: writer.finish())
        #expect(document.validate(against: try RelaxNGSchema(string: Self.schema)).isEmpty)
    }

    @Test func brokenSchemaIsAnError() {
        #expect(throws: XMLError.self) { try RelaxNGSchema(string: "<grammar/>") }
        #expect(throws: XMLError.self) { try RelaxNGSchema(string: "<grammar") }
    }

    /// An attribute's facets checked apart from the grammar refuse what the grammar would with
    /// them in its `<data>`: a year after 2100 in a wrong form or out of bounds, with its line.
    @Test func attributeFacetsAreCheckedOnAValidDocument() throws {
        let facets = [
            try DatatypeFacet(type: "gYear", name: "pattern", value: "[0-9]{4}"),
            try DatatypeFacet(type: "gYear", name: "maxInclusive", value: "2100"),
        ]
        let schema = try RelaxNGSchema(string: Self.schema, attributeFacets: ["year": facets])
        for (year, isValid) in [("2025", true), ("2100", true), ("2101", false), ("-0025", false), ("12025", false)] {
            let document = try XMLDocument(string: """
                <report xmlns="urn:example:report" year="\(year)">
                  <paragraph>one</paragraph>
                </report>
                """)
            let errors = schema.validate(document)
            #expect(errors.isEmpty == isValid, "\(year): \(errors)")
            if !isValid { #expect(errors.first?.line == 1 && errors.first?.message.contains("year") == true, "\(errors)") }
        }
    }
}

@Suite struct DatatypeFacetTests {
    @Test func checksValuesAsItsDatatypeAndFacetSay() throws {
        let pattern = try DatatypeFacet(type: "string", name: "pattern", value: "[0-9]+:[0-9]+")
        let bound = try DatatypeFacet(type: "decimal", name: "maxInclusive", value: "1")
        let cases: [(DatatypeFacet, String, Bool)] = [
            (pattern, "12:3", true), (pattern, "12:3 ", false), (pattern, "12:", false), (pattern, "１2:3", false),
            (bound, "1", true), (bound, "0.999", true), (bound, " 1.000 ", true), (bound, "1.001", false), (bound, "x", false),
        ]
        for (facet, value, admitted) in cases {
            #expect(value.withCString { facet.admits(UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self)) } == admitted, "\(value)")
        }
    }

    @Test func anUnknownDatatypeOrFacetOrABadValueIsAnError() {
        #expect(throws: XMLError.self) { try DatatypeFacet(type: "strung", name: "pattern", value: "x") }
        #expect(throws: XMLError.self) { try DatatypeFacet(type: "string", name: "patern", value: "x") }
        #expect(throws: XMLError.self) { try DatatypeFacet(type: "decimal", name: "maxInclusive", value: "one") }
    }
}
