/// The numbering and bullet forms that open headings in Chinese reports.
enum HeadingSyntax {
    static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零"]
    /// Punctuation that a heading standing alone does not contain.
    private static let clausePunctuation: Set<Character> = ["。", "！", "？", "；", "，", "、", "："]

    /// `一、2023年工作回顾` → (`一`, `2023年工作回顾`); an unnumbered `2025年工作安排` → (nil, …).
    ///
    /// A part heading is short and stands alone: no sentence punctuation inside.
    static func part(_ text: Substring) -> (number: String?, title: Substring)? {
        guard text.utf8.count <= 180 else { return nil }
        let numeral = text.prefix(while: chineseNumerals.contains)
        let rest = text.dropFirst(numeral.count)
        if !numeral.isEmpty, numeral.count <= 3, rest.first == "、" {
            let title = rest.dropFirst()
            guard !title.isEmpty, title.count <= 40, !title.contains(where: clausePunctuation.contains) else { return nil }
            return (String(numeral), title)
        }
        let partWords = ["工作回顾", "工作安排", "工作任务", "总体要求", "政策取向", "主要任务", "工作建议"]
        guard text.count <= 24, !text.contains(where: clausePunctuation.contains),
            partWords.contains(where: { text.contains($0) })
        else { return nil }
        return (nil, text)
    }

    /// `（一）坚持…` → (`一`, `坚持…`).
    static func section(_ text: Substring) -> (number: String, rest: Substring)? {
        bracketed(text, allowed: chineseNumerals)
    }

    /// `（1）`, `1.`, `1、` numbered items → (`1`, rest).
    static func numberedItem(_ text: Substring) -> (number: String, rest: Substring)? {
        if let bracketed = bracketed(text, allowed: Set("0123456789")) { return bracketed }
        let digits = text.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = text.dropFirst(digits.count)
        guard !digits.isEmpty, digits.count <= 2, let mark = rest.first, "．.、".contains(mark),
            let next = rest.dropFirst().first, !next.isNumber
        else { return nil }
        return (String(digits), rest.dropFirst())
    }

    /// `——经济总体回升向好。…` → the text after the dashes.
    static func bullet(_ text: Substring) -> Substring? {
        guard text.hasPrefix("——") else { return nil }
        let rest = text.drop(while: { $0 == "—" })
        return rest.isEmpty ? nil : rest
    }

    private static func bracketed(_ text: Substring, allowed: Set<Character>) -> (number: String, rest: Substring)? {
        guard let open = text.first, open == "（" || open == "(" else { return nil }
        let inner = text.dropFirst().prefix(while: allowed.contains)
        let rest = text.dropFirst(1 + inner.count)
        guard !inner.isEmpty, inner.count <= 3, let close = rest.first, close == "）" || close == ")" else { return nil }
        return (String(inner), rest.dropFirst())
    }
}
