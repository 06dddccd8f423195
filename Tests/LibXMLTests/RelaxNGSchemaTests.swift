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
}
