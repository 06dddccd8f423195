import ReportText
import Testing

@testable import ReportExport

/// The review page's script has its labels put in by a byte-for-byte replacement.
@Suite struct LiteralReplacementTests {
    @Test func everyOccurrenceIsReplacedAsWritten() {
        #expect("a/*x*/b/*x*/".replacingLiterally("/*x*/", with: "{}") == "a{}b{}")
        #expect("无占位".replacingLiterally("/*x*/", with: "{}") == "无占位")
        #expect("前/*x*/后".replacingLiterally("/*x*/", with: "标签") == "前标签后")
        #expect("abc".replacingLiterally("", with: "x") == "abc")
        #expect("".replacingLiterally("a", with: "b") == "")
    }

    @Test func theScriptHoldsTheLabelsAndNoPlaceholder() {
        #expect(!ReviewScript.source.contains("/* labels */{}"))
        #expect(ReviewScript.source.containsLiterally(ReviewLabels.javaScript))
    }
}
