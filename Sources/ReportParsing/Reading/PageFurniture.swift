import ReportModel

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

    var message: String {
        switch self {
        case .crawlerPlaceholder: "crawler placeholder title left out"
        case .dateline: "news agency dateline left out"
        case .photoCaption: "photo caption left out"
        case .continuation(let page): "the text continues on \(page), which is not part of this file"
        case .continuedFrom(let page): "the text continues from \(page), which is not part of this file"
        }
    }

    /// Recognises a whole line of furniture.
    static func line(_ text: Substring) -> PageFurniture? {
        let compact = text.filter { !$0.isWhitespace }
        if compact == "未知标题" { return .crawlerPlaceholder }
        if compact.count <= 24, compact.hasPrefix("新华社"), compact.hasSuffix("电"),
            compact.contains("月"), compact.contains("日")
        {
            return .dateline
        }
        if compact.count <= 200, compact.hasSuffix("摄"), compact.contains("记者") {
            return .photoCaption
        }
        return nil
    }

    /// Finds page-jump notes such as `（下转第4版）` inside a line: their ranges and meaning.
    ///
    /// - Complexity: O(n) in the length of the line.
    static func pageJumps(in text: Substring) -> [(range: Range<Substring.Index>, furniture: PageFurniture)] {
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
