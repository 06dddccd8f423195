/// What a number token measures, read from its unit: two numbers may stand for one another in a
/// change only when they measure the same kind of thing (`5%` for `5.5%`, not `5%` for `1256万人`).
public enum NumberMeasure: String, Sendable, Hashable, CaseIterable {
    case percent, percentagePoints, permille, currency, people, age, mass, area, length, volume
    case concentration, power, energy, containers, count, multiple, calendarYear, duration
    /// A bare number, perhaps with a magnitude (`1256万`, `5 million`): a count of something unnamed.
    case plain

    /// The measure of one number token as the tokenizer cuts it (`1.3万亿斤以上`, `$1.9 trillion`).
    ///
    /// - Complexity: O(n · u) in the token's length n and the number u of unit words.
    public init(token: String) {
        let characters = Array(token)
        if characters.contains(where: NumberVocabulary.currencySigns.contains) {
            self = .currency
            return
        }
        let lowered = token.lowercased()
        if lowered.contains("percentage point") {
            self = .percentagePoints
            return
        }
        if lowered.contains("percent") {
            self = .percent
            return
        }
        // The first unit word after the value; magnitudes (`万`, `亿`) are not units, but `千瓦`
        // and `千米` are, which matching longest first at each place takes care of.
        var unit: String?
        for start in characters.indices where unit == nil {
            guard !Self.isDigit(characters[start]) else { continue }
            for word in NumberVocabulary.units
            where characters[start...].starts(with: word) {
                unit = String(word)
                break
            }
        }
        guard let unit else {
            self = .plain
            return
        }
        if unit == "年" {
            let digits = characters.prefix(while: Self.isDigit)
            let value = Int(String(digits)) ?? 0
            self = digits.count == 4 && (1900...2199).contains(value) ? .calendarYear : .duration
            return
        }
        self = Self.byUnit[unit] ?? .count
    }

    /// Han numerals (`万`, `千`) count as numbers for `Character.isNumber`; only digits do here.
    private static func isDigit(_ character: Character) -> Bool {
        ("0"..."9").contains(character) || ("０"..."９").contains(character)
    }

    private static let byUnit: [String: NumberMeasure] = {
        let groups: [(NumberMeasure, [String])] = [
            (.percent, ["%", "％"]), (.percentagePoints, ["个百分点", "百分点"]), (.permille, ["‰"]),
            (.currency, ["元", "美元"]), (.people, ["人", "人次", "名", "位"]), (.age, ["岁"]),
            (.mass, ["吨", "斤", "公斤", "千克"]), (.area, ["亩", "公顷", "平方米", "平方公里"]),
            (.length, ["米", "千米", "公里"]), (.volume, ["立方米"]), (.concentration, ["微克/立方米"]),
            (.power, ["千瓦"]), (.energy, ["千瓦时"]), (.containers, ["标准箱"]), (.multiple, ["倍"]),
            (.duration, ["周年", "月", "个月", "日", "天", "小时"]),
        ]
        var result: [String: NumberMeasure] = [:]
        for (measure, words) in groups { for word in words { result[word] = measure } }
        return result
    }()
}
