import Foundation
import Testing
@testable import LibXML

@Suite struct XMLWriterTests {
    private func sampleDocument(text: String, attribute: String = "a & \"b\" <c>") throws -> Data {
        let writer = XMLWriter()
        writer.startElement("report")
        writer.attribute("xmlns", value: "urn:example:report")
        writer.attribute("title", value: attribute)
        writer.startElement("paragraph")
        writer.text(text)
        writer.endElement()
        writer.startElement("empty")
        writer.endElement()
        writer.endElement()
        return try writer.finish()
    }

    @Test func writesDeclarationAndIndentedElements() throws {
        let output = String(decoding: try sampleDocument(text: "A & B <c>"), as: UTF8.self)
        #expect(output == """
            <?xml version="1.0" encoding="UTF-8"?>
            <report xmlns="urn:example:report" title="a &amp; &quot;b&quot; &lt;c&gt;">
              <paragraph>A &amp; B &lt;c&gt;</paragraph>
              <empty/>
            </report>

            """)
    }

    @Test(arguments: ["A & B <c>", "增长5%左右 ]]> \"quoted\" 'single'", "tab\tand\nnewline"])
    func escapedTextSurvivesRoundTrip(text: String) throws {
        let root = try XMLDocument(data: sampleDocument(text: text, attribute: text)).takeRootElement()
        #expect(root.namespaceURI == "urn:example:report")
        #expect(root.attributeValue(named: "title") == text)
        #expect(root.elements.first?.text == text)
    }

    @Test func mixedContentKeepsItsExactText() throws {
        let writer = XMLWriter()
        writer.startElement("report")
        writer.startElement("p")
        writer.startElement("del")
        writer.text("old")
        writer.endElement()
        writer.text(" kept\r\n")
        writer.startElement("ins")
        writer.text("new")
        writer.endElement()
        writer.text("")
        writer.endElement()
        writer.startElement("list")
        writer.startElement("item")
        writer.endElement()
        writer.text("")
        writer.endElement()
        writer.endElement()
        let data = try writer.finish()
        #expect(String(decoding: data, as: UTF8.self) == """
            <?xml version="1.0" encoding="UTF-8"?>
            <report>
              <p><del>old</del> kept&#13;
            <ins>new</ins></p>
              <list>
                <item/>
              </list>
            </report>

            """)
        let paragraph = try #require(XMLDocument(data: data).takeRootElement().elements.first)
        #expect(paragraph.text == " kept\r\n")
        #expect(paragraph.elements.map(\.text) == ["old", "new"])
    }

    @Test func outputIsDeterministic() throws {
        #expect(try sampleDocument(text: "same") == sampleDocument(text: "same"))
    }

    @Test func controlCharactersAreDropped() throws {
        let dirty = "a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i\tj"
        let data = try sampleDocument(text: dirty, attribute: dirty)
        let root = try XMLDocument(data: data).takeRootElement()
        #expect(root.elements.first?.text == "abcdefghi\tj")
        #expect(root.attributeValue(named: "title") == "abcdefghi\tj")
    }

    /// The byte scan that lets most text through untouched agrees with the scalars' ranges.
    @Test(arguments: [
        ("plain 增长5%左右 👍🏽", "plain 增长5%左右 👍🏽"), ("\t\n\r", "\t\n\r"), ("\u{D7FF}\u{E000}\u{FFFD}\u{10000}", "\u{D7FF}\u{E000}\u{FFFD}\u{10000}"),
        ("\u{FFFE}", ""), ("a\u{FFFF}", "a"), ("\u{EFBF}\u{FEFF}\u{FFBE}", "\u{EFBF}\u{FEFF}\u{FFBE}"), ("x\u{0}y\u{1F}z\u{7F}", "xyz\u{7F}"),
    ])
    func representableKeepsExactlyWhatXMLCanHold(text: String, kept: String) {
        #expect(XMLWriter.representable(text) == kept)
    }

    @Test func mistakesAreReportedByFinish() {
        let invalidName = XMLWriter()
        invalidName.startElement("two words")
        #expect(throws: XMLError.self) { try invalidName.finish() }

        let duplicate = XMLWriter()
        duplicate.startElement("root")
        duplicate.attribute("id", value: "1")
        duplicate.attribute("id", value: "2")
        #expect(throws: XMLError(line: 0, column: 0, message: "attribute id is written twice on one element")) {
            try duplicate.finish()
        }

        let secondRoot = XMLWriter()
        secondRoot.startElement("first")
        secondRoot.endElement()
        secondRoot.startElement("second")
        #expect(throws: XMLError.self) { try secondRoot.finish() }

        let lateAttribute = XMLWriter()
        lateAttribute.startElement("root")
        lateAttribute.text("content")
        lateAttribute.attribute("late", value: "x")
        #expect(throws: XMLError.self) { try lateAttribute.finish() }

        #expect(throws: XMLError.self) { try XMLWriter().finish() }
    }

    /// The tree `compare` reads its page from, built beside the writer's without libxml2: what
    /// parsing the writer's bytes gives, but for the formatter's indentation and the lines.
    @Test(arguments: ["A & B <c>", "增长5%左右 ]]> \"quoted\" 'single'", "tab\tand\r\nnewline", "bad\u{1}\u{FFFE}dropped", "\u{1}"])
    func builtTreeIsWhatParsingTheWrittenBytesGives(text: String) throws {
        let writer = XMLWriter(), builder = XMLElementBuilder()
        for output in [writer, builder] as [any XMLOutput] {
            output.startElement("report")
            output.attribute("xmlns", value: "urn:example:report")
            output.attribute("title", value: text)
            output.startElement("p")
            output.text(text)
            output.text(text)
            output.startElement("b")
            output.text(text)
            output.endElement()
            output.text(text)
            output.endElement()
            output.startElement("list")
            output.startElement("item")
            output.attribute("value", value: text)
            output.endElement()
            output.endElement()
            output.endElement()
        }
        #expect(builder.root == Self.withoutIndentation(try XMLDocument(data: writer.finish()).takeRootElement()))
    }

    /// A prefixed name is kept whole and takes no default namespace, as `XMLWriter` writes it;
    /// the elements inside it take the one in scope.
    @Test func builderKeepsAPrefixedNameWhole() {
        let builder = XMLElementBuilder()
        builder.startElement("report")
        builder.attribute("xmlns", value: "urn:example:report")
        builder.startElement("x:item")
        builder.attribute("xmlns:x", value: "urn:example:x")
        builder.startElement("inner")
        builder.endElement()
        builder.endElement()
        builder.endElement()
        let item = builder.root?.elements.first
        #expect(item?.name == "x:item" && item?.namespaceURI == nil)
        #expect(item?.attributes == [XMLElement.Attribute(name: "xmlns:x", value: "urn:example:x")])
        #expect(item?.elements.first?.namespaceURI == "urn:example:report")
    }

    /// `element` without the white space the formatter puts between elements, and without lines.
    private static func withoutIndentation(_ element: XMLElement) -> XMLElement {
        var result = element
        result.line = 0
        result.children = element.children.compactMap { node in
            switch node {
            case .element(let child): .element(withoutIndentation(child))
            case .text(let text): text.hasPrefix("\n") && text.allSatisfy(\.isWhitespace) ? nil : node
            }
        }
        return result
    }

    @Test func finishClosesOpenElements() throws {
        let writer = XMLWriter()
        writer.startElement("outer")
        writer.startElement("inner")
        writer.text("x")
        let root = try XMLDocument(data: writer.finish()).takeRootElement()
        #expect(root.elements.map(\.name) == ["inner"])
    }
}
