import ReportText
import Testing

/// Facts search their sentences byte for byte; the ranges found are ranges of the text searched.
@Suite struct LiteralSearchTests {
    @Test func rangesAreFoundFirstAndLastInStringsAndSubstrings() {
        let text = "新增就业，其中新增城镇就业1256万人"
        #expect(text.literalRange(of: "新增").map { text[$0] } == "新增")
        #expect(text.literalRange(of: "新增").map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 0)
        #expect(text.lastLiteralRange(of: "新增").map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 7)
        #expect(text.literalRange(of: "失业") == nil)
        let clause = text.dropFirst(5)
        #expect(clause.literalRange(of: "就业").map { String(clause[$0.upperBound...]) } == "1256万人")
        let from = text.index(text.startIndex, offsetBy: 1)
        #expect(text.literalRange(of: "新增", from: from).map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 7)
        #expect("cut by 3 percent".lastLiteralRange(of: "by").map { $0.lowerBound.utf16Offset(in: "cut by 3 percent") } == 4)
    }
}
