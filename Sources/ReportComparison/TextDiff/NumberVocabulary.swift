/// The words that may surround the digits of one number token, kept in one place so the
/// tokenizer's number grammar reads as data.
///
/// A number token is: currency sign? value (多|余)? magnitude? unit? (range separator, second
/// value with its own magnitude and unit)? qualifier?
enum NumberVocabulary {
    static let currencySigns: Set<Character> = ["$", "¥", "￥", "€", "£"]

    static let rangeSeparators: Set<Character> = ["—", "–", "-", "～", "~", "至"]

    /// `多` or `余` between digits and a magnitude or unit: `1000多万`, `300余家`.
    static let approximateMarkers: Set<Character> = ["多", "余"]

    static let magnitudes = matchList(["万亿", "千万", "百万", "十万", "万", "亿", "千", "百"])

    /// Unit words for Chinese text; matched longest first, so `千瓦时` wins over `千瓦`.
    static let units = matchList([
        "%", "％", "‰", "个百分点", "百分点",
        "元", "美元", "人", "人次", "名", "岁",
        "吨", "斤", "公斤", "千克", "亩", "公顷",
        "米", "千米", "公里", "平方米", "平方公里", "立方米", "微克/立方米",
        "千瓦", "千瓦时", "标准箱",
        "个", "家", "户", "项", "件", "所", "条", "座", "台", "套", "辆", "架", "艘", "处", "批", "部", "种", "类",
        "倍", "次", "位",
        "年", "周年", "月", "个月", "日", "天", "小时",
    ])

    /// English magnitude words, written after one space: `$1.9 trillion`.
    static let englishMagnitudes = matchList(["thousand", "million", "billion", "trillion"])

    /// English unit words, written after one space: `5.2 percent`.
    static let englishUnits = matchList(["percent", "percentage points", "percentage point"])

    /// Hedges written after the number: `5.5%左右`, `1.3万亿斤以上`.
    static let qualifiers = matchList(["以上", "以下", "左右", "以内"])

    /// Sorted longest first, so that the first match is the longest.
    private static func matchList(_ words: [String]) -> [[Character]] {
        words.map(Array.init).sorted { $0.count > $1.count }
    }
}
