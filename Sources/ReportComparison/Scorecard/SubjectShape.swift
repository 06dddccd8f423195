import Foundation

/// Whether the words a number was read with name a thing (`精品示范村`, `快递业务量`) rather than
/// a piece of a clause (`比上年提高`), a month (`3月`), a function word or a lone character;
/// only a noun phrase may head a scorecard row of its own.
public enum SubjectShape {
    /// - Complexity: O(n) in the length of the subject.
    public static func isNounPhrase(_ subject: String) -> Bool {
        let text = subject.trimmingCharacters(in: .whitespaces)
        guard let first = text.first, let last = text.last else { return false }
        if text.allSatisfy(\.isASCII) {
            let words = text.lowercased().split(separator: " ")
            guard let firstWord = words.first, let lastWord = words.last, text.count >= 3 else { return false }
            return !englishFunctionWords.contains(String(firstWord)) && !englishFunctionWords.contains(String(lastWord))
                && !months.contains(String(lastWord)) && !englishVerbEndings.contains(where: { lastWord.hasSuffix($0) })
                && !text.contains(where: \.isNumber)
        }
        guard text.count >= 2, !text.contains(where: { clausePunctuation.contains($0) }) else { return false }
        if text.hasSuffix("月"), text.dropLast().allSatisfy({ $0.isNumber || chineseNumerals.contains($0) }) {
            return false
        }
        if functionCharacters.contains(first) || functionCharacters.contains(last) { return false }
        if clauseMarkers.contains(where: { text.contains($0) }) { return false }
        return !verbEndings.contains(where: { text.hasSuffix($0) })
    }

    private static let clausePunctuation: Set<Character> = ["，", "。", "；", "：", ",", ";", ":", "！", "？"]
    private static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// Characters that neither start nor end a name.
    private static let functionCharacters: Set<Character> = [
        "的", "了", "和", "与", "及", "或", "是", "为", "在", "将", "把", "被", "从", "由", "向", "对", "比", "较", "等",
        "到", "至", "以", "也", "都", "并", "而", "又", "再", "均", "已", "就", "约", "近", "超", "达", "占", "共",
    ]
    /// Words that only a clause holds: a comparison or a time span.
    private static let clauseMarkers = ["比上年", "较上年", "同比", "以来", "其中", "我们", "分别"]
    private static let verbEndings = [
        "提高", "增长", "下降", "降低", "增加", "减少", "达到", "超过", "突破", "实现", "完成", "保持", "控制", "稳定",
        "上涨", "扩大", "提升", "增至", "降至", "新增", "累计", "年均", "平均", "发行", "安排", "拨付", "投入",
    ]
    private static let englishFunctionWords: Set<String> = [
        "by", "of", "the", "to", "and", "a", "an", "in", "for", "over", "than", "at", "is", "was", "are", "were", "be",
        "that", "this", "with", "from", "on", "up", "down", "about", "around", "nearly", "more", "less",
    ]
    /// Past tenses end a clause, not a name (`corporate profits increased`).
    private static let englishVerbEndings = ["ed"]
    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
}
