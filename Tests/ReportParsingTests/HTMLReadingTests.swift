import Foundation
import ReportModel
import TestSupport
import Testing

@testable import ReportParsing

@Suite struct HTMLReadingTests {
    /// A government site's page of the report: GBK, navigation, scripts, a footer.
    static func page(from text: String) -> String {
        let escaped = { (line: Substring) in
            line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var body = ["<h1>\(escaped(Substring(lines[0])))</h1>"]
        body += lines.dropFirst().map { "<p>\n  \(escaped(Substring($0)))\n</p>" }
        return """
            <!DOCTYPE html>
            <html><head><meta charset="gbk"><title>政府工作报告_中国政府网</title>
            <style>p { text-indent: 2em; }</style>
            <script>var nav = "首页 > 政府工作报告"; document.write("<p>广告</p>");</script></head>
            <body>
            <div class="header"><nav><a href="/">首页</a> | <a href="/zhengce">政策</a></nav></div>
            <div class="breadcrumb">当前位置：首页 &gt; 政府工作报告</div>
            <div class="article">
            \(body.joined(separator: "\n"))
            </div>
            <footer><p>版权所有：中国政府网 | 京ICP备05070218号</p></footer>
            <script>console.log("统计代码");</script>
            </body></html>
            """
    }

    @Test func aGBKPageGivesTheSameOutlineAsItsText() throws {
        let textData = try SampleReports.data("cn-national/2024.txt")
        let html = Self.page(from: String(decoding: textData, as: UTF8.self))
        let pageData = try #require(html.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let fromText = try Report(parsing: textData)
        let fromPage = try Report(parsing: pageData)
        #expect(fromPage.encoding == .gb18030)
        #expect(fromPage.metadata == fromText.metadata)
        #expect(fromPage.allSections.map(\.id) == fromText.allSections.map(\.id))
        #expect(fromPage.allSections.map(\.title) == fromText.allSections.map(\.title))
        #expect(fromPage.allParagraphs.map(\.paragraph.id) == fromText.allParagraphs.map(\.paragraph.id))
        #expect(fromPage.allParagraphs.map(\.paragraph.text) == fromText.allParagraphs.map(\.paragraph.text))
        let allText = fromPage.allParagraphs.map(\.paragraph.text).joined()
        for furniture in ["首页", "版权所有", "统计代码", "当前位置", "广告"] {
            #expect(!allText.contains(furniture))
        }
    }

    @Test func explicitFormatReadsMarkupAsText() throws {
        let data = Data("<p>国内生产总值增长5%左右。</p>".utf8)
        #expect(try Report(parsing: data, format: .text).root.paragraphs.first?.text == "<p>国内生产总值增长5%左右。</p>")
        #expect(try Report(parsing: data).root.paragraphs.first?.text == "国内生产总值增长5%左右。")
    }
}
