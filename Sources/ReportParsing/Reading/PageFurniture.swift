import ReportModel
import ReportText

/// Text that belongs to the page or the crawler, not to the report: left out of the content,
/// reported as a diagnostic.
enum PageFurniture: Sendable, Hashable {
    /// `未知标题`: a crawler's placeholder for a missing title.
    case crawlerPlaceholder
    /// `新华社北京3月12日电`: a news agency dateline.
    case dateline
    /// `新华社记者 刘彬 摄`: a photo caption.
    case photoCaption
    /// `（下转第4版）`: the text continues on another page that is not here.
    case continuation(page: String)
    /// `（上接第1版）`: the text continues from another page.
    case continuedFrom(page: String)
    /// `下载`, `【字体：大 中 小】`, `分享至`: a page's buttons and widgets.
    case widget
    /// `来源：北京日报`, `时间：2026-02-02`, `2025-01-19 13:12:40`, `索引号`: what a page says about itself.
    case pageInformation
    /// `《 人民日报 》（ 2018年03月23日 01 版）`: a newspaper's credit line.
    case newspaperCredit
    /// Navigation and links above a report's title on a web page.
    case pageHeader
    /// What follows a report on a web page: `特别声明`, `相关链接`, news links, `粤ICP备…`, `©`.
    case pageFooter
    /// A Markdown rule (`---`).
    case markupRule
    /// A transcript's place and time above the first turn (`U.S. Capitol`, `9:19 P.M. EST`), and its `END`.
    case transcriptHeading
    /// A turn of someone other than the speaker in a transcript (`AUDIENCE:`, `SPEAKER JOHNSON:`).
    case otherSpeaker(String)
    /// A transcriber's note: `(Applause.)`, `(Cross-talk.)`.
    case transcriberNote

    var message: String {
        switch self {
        case .crawlerPlaceholder: "crawler placeholder title left out"
        case .dateline: "news agency dateline left out"
        case .photoCaption: "photo caption left out"
        case .continuation(let page): "the text continues on \(page), which is not part of this file"
        case .continuedFrom(let page): "the text continues from \(page), which is not part of this file"
        case .widget: "page widget left out"
        case .pageInformation: "page information (source, date, index) left out"
        case .newspaperCredit: "newspaper credit line left out"
        case .pageHeader: "web page header above the report's title left out"
        case .pageFooter: "web page footer after the report left out"
        case .markupRule: "Markdown rule left out"
        case .transcriptHeading: "transcript's place and time left out"
        case .otherSpeaker(let name): "words of \(name), not the speaker's, left out"
        case .transcriberNote: "transcriber's note left out"
        }
    }

    /// Words of a page's buttons and widgets (`【字体：大 中 小】`, `下载 打印 全屏 收藏`).
    private static let widgetWords: Set<String> = [
        "下载", "打印", "全屏", "收藏", "加大", "还原", "减小", "大", "中", "小", "字号", "字体", "分享", "分享至", "分享到",
        "举报", "登录", "注册", "关闭", "关闭窗口", "打印本页", "返回顶部", "纠错", "默认", "朗读", "分享至好友和朋友圈",
    ]
    /// Labels of what a page says about itself.
    private static let informationLabels = ["来源", "时间", "发布时间", "发布日期", "日期", "浏览次数", "阅读次数", "索引号", "作者", "编辑", "字数"]
    /// The labels with the colons that follow them, joined once.
    private static let informationPrefixes = informationLabels.flatMap { [$0 + "：", $0 + ":"] }
    /// Lines after which a web page has nothing more of the report.
    private static let footerMarks = [
        "特别声明", "Notice:", "相关报道", "相关链接", "相关附件", "相关推荐", "相关阅读", "相关新闻", "责任编辑", "扫一扫在手机",
        "打印本页", "关闭窗口", "版权所有", "©", "返回网易首页", "/阅读下一篇/",
    ]

    /// Every line of furniture among `lines`, by index: whole-line furniture, and everything from a
    /// footer mark on once the report has run a while (a page's footer follows the report).
    ///
    /// - Complexity: O(n) in the total length of the lines.
    static func classify(_ lines: [SourceLine]) -> [Int: PageFurniture] {
        var result: [Int: PageFurniture] = [:]
        let nonBlank = lines.indices.filter { !lines[$0].isBlank }
        var previousWasEmptySource = false
        for (position, index) in nonBlank.enumerated() {
            let text = lines[index].trimmed
            if position >= 3, position >= nonBlank.count / 4, footerMarks.contains(where: text.hasPrefix) {
                for later in nonBlank[position...] { result[later] = .pageFooter }
                break
            }
            if previousWasEmptySource, text.count <= 12, !text.contains(where: { "。，；！".contains($0) }) {
                result[index] = .pageInformation
            } else if let furniture = line(text) {
                result[index] = furniture
            }
            previousWasEmptySource = text == "来源：" || text == "来源:"
        }
        return result
    }

    /// Recognises a whole line of furniture.
    static func line(_ text: Substring) -> PageFurniture? {
        // Every kind of furniture line is short: a report's lines need no closer look.
        guard text.utf8.count <= 600 else { return nil }
        var compact = text.withoutWhitespace
        if compact == "未知标题" { return .crawlerPlaceholder }
        if compact == "---" || compact == "***" || compact == "___" { return .markupRule }
        if compact.hasPrefix("《"), compact.hasSuffix("版）") || compact.hasSuffix("版)"), compact.count <= 40 {
            return .newspaperCredit
        }
        if compact.hasPrefix("（") || compact.hasPrefix("("), compact.hasSuffix("）") || compact.hasSuffix(")") {
            compact = String(compact.dropFirst().dropLast())
        }
        // Counted once; only the bounds below (200 at most) matter.
        let length = compact.characterCount
        if length <= 24, compact.hasPrefix("新华社"), compact.hasSuffix("电"),
            compact.contains("月"), compact.contains("日")
        {
            return .dateline
        }
        if isWidget(text) { return .widget }
        if length <= 40, informationPrefixes.contains(where: compact.hasPrefix) {
            return .pageInformation
        }
        if compact.containsLiterally("ICP备") || compact.containsLiterally("公网安备") || compact.hasPrefix("©") { return .pageFooter }
        if length <= 40, isTimestamp(compact) { return .pageInformation }
        if length <= 200, compact.hasSuffix("摄"), compact.contains("记者") {
            return .photoCaption
        }
        return nil
    }

    /// A line of buttons: every word is a widget's (`【字体：`, `大`, `】`, `分享至`).
    private static func isWidget(_ text: Substring) -> Bool {
        // A line that opens with an ASCII letter or digit opens with a word no widget has.
        guard text.hasCharacters(atMost: 30), let first = text.unicodeScalars.first,
            !(first.isASCIILetter || ("0"..."9").contains(first))
        else { return false }
        let words = text.split(whereSeparator: { $0.isWhitespace || "【】：:|".contains($0) })
        if words.isEmpty { return text.allSatisfy { "【】：:|".contains($0) || $0.isWhitespace } }
        return words.allSatisfy { widgetWords.contains(String($0)) }
    }

    /// A publication time standing alone, at most 40 characters: `2025-01-19 13:12:40 …`,
    /// `2026年02月10日 07时41分`.
    private static func isTimestamp(_ compact: String) -> Bool {
        let digits = compact.filter(\.isNumber).count
        guard digits >= 10 else { return false }
        let hasClock = compact.contains("时") && compact.contains("分") || compact.contains(":")
        let hasDate = compact.contains("年") && compact.contains("月") && compact.contains("日") || compact.filter { $0 == "-" }.count >= 2
        return hasClock && hasDate && digits >= 10 && !compact.contains("。")
    }

    /// Finds page-jump notes such as `（下转第4版）` inside a line: their ranges and meaning.
    ///
    /// - Complexity: O(n) in the length of the line.
    static func pageJumps(in text: Substring) -> [(range: Range<Substring.Index>, furniture: PageFurniture)] {
        // Every note names a page (`版`): a line without the character has none.
        guard text.containsLiterally("版") else { return [] }
        var result: [(Range<Substring.Index>, PageFurniture)] = []
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(where: { $0 == "（" || $0 == "(" }) {
            let afterOpen = text.index(after: open)
            guard let close = text[afterOpen...].prefix(12).firstIndex(where: { $0 == "）" || $0 == ")" })
            else {
                searchStart = afterOpen
                continue
            }
            let inner = text[afterOpen..<close].filter { !$0.isWhitespace }
            let end = text.index(after: close)
            if inner.hasPrefix("下转"), inner.hasSuffix("版") {
                result.append((open..<end, .continuation(page: String(inner.dropFirst(2)))))
            } else if inner.hasPrefix("上接"), inner.hasSuffix("版") {
                result.append((open..<end, .continuedFrom(page: String(inner.dropFirst(2)))))
            }
            searchStart = end
        }
        return result
    }
}
