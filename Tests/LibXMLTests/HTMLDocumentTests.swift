import Foundation
import Testing
@testable import LibXML

@Suite struct HTMLDocumentTests {
    private static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    private static func page(meta: String) -> String {
        """
        <!DOCTYPE html>
        <html>
        <head>\(meta)<title>2025年 政府工作报告</title>
        <style>p { color: red }</style>
        <script>var 导航 = "脚本";</script>
        </head>
        <body>
        <nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
        <div class="breadcrumb">当前位置：首页 &gt; 政务</div>
        <h1>政府工作报告</h1>
        <h2>一、2024年工作回顾</h2>
        <p>过去一年，经济
           运行稳中有进。</p>
        <p>国内生产总值增长<span>5%</span>左右。</p>
        <ul id="share-links"><li>分享到微信</li></ul>
        <footer>版权所有 政府网站</footer>
        </body>
        </html>
        """
    }

    private static let expected = [
        HTMLTextBlock(kind: .heading(level: 1), text: "政府工作报告", line: 10),
        HTMLTextBlock(kind: .heading(level: 2), text: "一、2024年工作回顾", line: 11),
        HTMLTextBlock(kind: .paragraph, text: "过去一年，经济运行稳中有进。", line: 12),
        HTMLTextBlock(kind: .paragraph, text: "国内生产总值增长5%左右。", line: 14),
    ]

    @Test func gbkPageWithMetaCharset() throws {
        let data = try #require(Self.page(meta: #"<meta charset="gbk">"#).data(using: Self.gb18030))
        #expect(String(data: data, encoding: .utf8) == nil)
        let document = try HTMLDocument(data: data)
        #expect(document.textBlocks() == Self.expected)
        #expect(document.title == "2025年政府工作报告")
    }

    @Test func gbkPageWithEncodingPassedIn() throws {
        let data = try #require(Self.page(meta: "").data(using: Self.gb18030))
        let document = try HTMLDocument(data: data, encoding: "GB18030")
        #expect(document.textBlocks() == Self.expected)
    }

    @Test func unknownEncodingIsAnError() {
        #expect(throws: XMLError.self) { try HTMLDocument(data: Data("<p>x</p>".utf8), encoding: "no-such-encoding") }
    }

    @Test func emptyPageHasNoBlocks() throws {
        let document = try HTMLDocument(data: Data())
        #expect(document.textBlocks().isEmpty)
        #expect(document.title == nil)
    }

    @Test func blocksSplitAtBreaksAndNestedBlocks() throws {
        let html = """
            <html><head><title> Blocks
              test </title></head><body class="has-nav-menu">
            <div>Own text of the div
            <p>Nested <b>bold</b> paragraph</p>
            tail text<br>
            after break</div>
            <table><tr><td>cell one</td><td>cell two</td></tr></table>
            <h3><span>Sub</span> heading</h3>
            <div class="mainMenu">menu text</div><div id="footer2">footer text</div>
            <div role="navigation">role nav</div><div class="unavailable">kept</div>
            <svg><title>icon</title></svg><span class="bdshare">not a word match</span>
            </body></html>
            """
        let document = try HTMLDocument(data: Data(html.utf8))
        #expect(document.title == "Blocks test")
        #expect(document.textBlocks() == [
            HTMLTextBlock(kind: .paragraph, text: "Own text of the div", line: 3),
            HTMLTextBlock(kind: .paragraph, text: "Nested bold paragraph", line: 4),
            HTMLTextBlock(kind: .paragraph, text: "tail text", line: 5),
            HTMLTextBlock(kind: .paragraph, text: "after break", line: 5),
            HTMLTextBlock(kind: .paragraph, text: "cell one", line: 7),
            HTMLTextBlock(kind: .paragraph, text: "cell two", line: 7),
            HTMLTextBlock(kind: .heading(level: 3), text: "Sub heading", line: 8),
            HTMLTextBlock(kind: .paragraph, text: "kept", line: 10),
            HTMLTextBlock(kind: .paragraph, text: "not a word match", line: 11),
        ])
    }

    @Test func deeplyNestedDivsDoNotOverflow() throws {
        let depth = 10_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "deep text"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = try HTMLDocument(data: Data(html.utf8))
        let blocks = document.textBlocks()
        #expect(blocks.map(\.text) == ["deep text"])
    }
}
