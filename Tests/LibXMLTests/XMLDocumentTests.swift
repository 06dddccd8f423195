import Foundation
import Testing
@testable import LibXML

@Suite struct XMLDocumentTests {
    @Test func convertsToValueTree() throws {
        let document = try XMLDocument(string: """
            <?xml version="1.0" encoding="UTF-8"?>
            <r:report xmlns:r="urn:r" year="2025" r:lang="zh">
              <title>政府工作报告</title>
              <p>A &amp; B <![CDATA[<raw>]]> &#x4E2D;<b>bold</b>tail<!-- comment --></p>
            </r:report>
            """)
        let root = document.takeRootElement()
        #expect(root.name == "report")
        #expect(root.namespaceURI == "urn:r")
        #expect(root.line == 2)
        #expect(root.attributes == [
            XMLElement.Attribute(name: "year", value: "2025"),
            XMLElement.Attribute(name: "lang", namespaceURI: "urn:r", value: "zh"),
        ])
        #expect(root.elements.map(\.name) == ["title", "p"])
        let paragraph = try #require(root.elements.last)
        #expect(paragraph.line == 4)
        #expect(paragraph.children == [
            .text("A & B <raw> 中"),
            .element(XMLElement(name: "b", children: [.text("bold")], line: 4)),
            .text("tail"),
        ])
    }

    @Test func malformedDocumentGivesLineAndColumn() {
        let error = #expect(throws: XMLError.self) {
            try XMLDocument(string: "<a>\n  <b>text</c>\n</a>")
        }
        #expect(error?.line == 2)
        #expect((error?.column ?? 0) > 0)
        #expect(error?.description.hasPrefix("2:") == true)
    }

    @Test func emptyDocumentIsAnError() {
        #expect(throws: XMLError.self) { try XMLDocument(data: Data()) }
    }

    @Test func externalEntityIsRefusedAndNothingIsRead() throws {
        let passwd = try String(contentsOfFile: "/etc/passwd", encoding: .utf8)
        let firstLine = try #require(passwd.split(separator: "\n").first)
        let error = #expect(throws: XMLError.self) {
            try XMLDocument(string: """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <x>&e;</x>
                """)
        }
        #expect(error?.message == "entity declarations are not allowed")
        #expect(error?.line == 2)
        #expect(error?.description.contains(firstLine) == false)
    }

    @Test(arguments: [
        #"<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><x/>"#,
        #"<!DOCTYPE x [<!NOTATION n SYSTEM "n"><!ENTITY u SYSTEM "file:///etc/passwd" NDATA n>]><x/>"#,
        #"<!DOCTYPE x [<!ENTITY e "harmless">]><x>&e;</x>"#,
    ])
    func everyEntityDeclarationIsRefused(xml: String) {
        let error = #expect(throws: XMLError.self) { try XMLDocument(string: xml) }
        #expect(error?.message == "entity declarations are not allowed")
    }

    @Test func externalDTDIsNotLoaded() throws {
        let root = try XMLDocument(string: """
            <!DOCTYPE x SYSTEM "file:///etc/passwd">
            <x>plain</x>
            """).takeRootElement()
        #expect(root.text == "plain")
    }

    @Test func billionLaughsFailsFast() {
        var declarations = #"<!ENTITY lol0 "lol">"#
        for level in 1...9 {
            let references = String(repeating: "&lol\(level - 1);", count: 10)
            declarations += "\n<!ENTITY lol\(level) \"\(references)\">"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\(declarations)]>\n<lolz>&lol9;</lolz>"
        let clock = ContinuousClock()
        var thrown: XMLError?
        let elapsed = clock.measure {
            do throws(XMLError) { _ = try XMLDocument(string: xml) } catch { thrown = error }
        }
        #expect(thrown?.message == "entity declarations are not allowed")
        #expect(elapsed < .seconds(120), "a hang guard against runaway expansion, not a speed test")
    }

    @Test func deepNestingFailsFastWithoutCrashing() {
        let depth = 100_000
        let xml = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let clock = ContinuousClock()
        var thrown: XMLError?
        let elapsed = clock.measure {
            do throws(XMLError) { _ = try XMLDocument(string: xml) } catch { thrown = error }
        }
        #expect(thrown?.message == "the document is nested more than 256 elements deep")
        #expect(elapsed < .seconds(120), "a hang guard against runaway recursion, not a speed test")
    }

    @Test func moderateNestingConverts() throws {
        let depth = 200
        let xml = String(repeating: "<a>", count: depth) + "x" + String(repeating: "</a>", count: depth)
        var element = try XMLDocument(string: xml).takeRootElement()
        var levels = 1
        while let child = element.elements.first {
            element = child
            levels += 1
        }
        #expect(levels == depth)
        #expect(element.text == "x")
    }
}
