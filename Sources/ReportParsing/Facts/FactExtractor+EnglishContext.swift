extension FactExtractor {
    /// `Do you really think the wealthy and big corporations need another $2 trillion in tax breaks?`:
    /// an English question asks; it reports no result.
    static func asksQuestion(_ text: String) -> Bool {
        guard let last = text.last(where: { !$0.isWhitespace && !"\"”’)".contains($0) }) else { return false }
        return last == "?" && !text.contains(where: \.isHan)
    }

    /// `even for expensive cancer drugs that can cost $10,000, $12,000, $15,000 a year`: what things of a
    /// kind may come to illustrates them; it is no figure of the measure. The number and the numbers
    /// listed before it stand right after the clause's verb and its bound (`that can cost up to`).
    static func saysWhatMayBe(_ match: QuantityMatch, among matches: [QuantityMatch], in characters: [Character]) -> Bool {
        guard match.isEnglish else { return false }
        let lead = String(characters[..<match.span.lowerBound]).lowercased()
        let openings = ["that", "which", "who"].flatMap { pronoun in mayWords.map { "\(pronoun) \($0) " } }
        guard let opening = openings.compactMap({ lead.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound })
        else { return false }
        let start = lead.distance(from: lead.startIndex, to: opening.upperBound)
        var between = Array(characters[start..<match.span.lowerBound])
        for other in matches.reversed() where other.span.lowerBound >= start && other.span.upperBound <= match.span.lowerBound {
            between.removeSubrange((other.span.lowerBound - start)..<(other.span.upperBound - start))
        }
        guard !between.contains(where: { ".;:".contains($0) }) else { return false }
        let words = String(between).split(whereSeparator: { $0 == " " || $0 == "," }).filter { !["and", "or"].contains($0) }
        return words.count <= 3
    }

    private static let mayWords = ["can", "could", "may", "might"]
}
