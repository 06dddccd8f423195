import ReportModel

/// The title block of a Chinese government work report: title, date and meeting, speaker.
///
/// It stands at the top of a crawled page and at the END of a newspaper page, and may run
/// together on one line: `政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强`.
struct TitleBlock: Sendable, Hashable {
    var metadata = ReportMetadata()
    /// The line numbers the block occupies.
    var lines: Set<Int> = []

    /// Finds the block among `lines`; `nil` when the report has none (English addresses).
    ///
    /// - Complexity: O(n) in the number of lines; each line is examined a bounded number of times.
    static func find(in lines: [SourceLine]) -> TitleBlock? {
        guard let titleIndex = lines.firstIndex(where: { isTitle($0.trimmed) }) else { return nil }
        var block = TitleBlock()
        block.lines.insert(lines[titleIndex].number)
        var rest = Substring(compact(lines[titleIndex].trimmed))
        block.metadata.title = takeTitle(&rest)
        block.read(rest)

        // The date line and the speaker line follow within a few lines, blank lines between.
        var index = titleIndex + 1
        var looked = 0
        while index < lines.count, looked < 6, block.metadata.speaker == nil {
            let line = lines[index]
            index += 1
            if line.isBlank { continue }
            looked += 1
            let text = Substring(compact(line.trimmed))
            let before = block.metadata
            block.read(text)
            guard before != block.metadata else { break }
            block.lines.insert(line.number)
        }
        return block
    }

    private static func compact(_ text: Substring) -> String {
        text.filter { !$0.isWhitespace }
    }

    private static func isTitle(_ text: Substring) -> Bool {
        guard text.first == "政" else { return false }
        let compact = compact(text)
        return compact.hasPrefix("政府工作报告") && (compact.count <= 12 || compact.dropFirst(6).hasPrefix("——"))
    }

    /// Takes `政府工作报告` and a following `（摘要）` off the front.
    private static func takeTitle(_ text: inout Substring) -> String {
        var title = String(text.prefix(6))
        text = text.dropFirst(6)
        for note in ["（摘要）", "(摘要)"] where text.hasPrefix(note) {
            title += "（摘要）"
            text = text.dropFirst(note.count)
        }
        return title
    }

    /// Reads a date-and-meeting clause and a speaker clause from what remains of a line.
    private mutating func read(_ text: Substring) {
        var rest = text
        while rest.first == "—" || rest.first == "-" { rest = rest.dropFirst() }
        if let (date, year, afterDate) = Self.date(in: rest) {
            metadata.date = date
            metadata.year = year
            rest = afterDate
            if rest.hasPrefix("在"), let end = rest.range(of: "会议上") {
                metadata.meeting = String(rest[rest.index(after: rest.startIndex)..<end.lowerBound]) + "会议"
                rest = rest[end.upperBound...]
            }
        }
        for office in ["副总理", "总理", "省长", "自治区主席", "市长", "区长", "县长", "州长", "主席"] {
            guard let range = rest.range(of: office) else { continue }
            let issuer = rest[..<range.lowerBound]
            let speaker = rest[range.upperBound...]
            guard !issuer.isEmpty, issuer.count <= 20, (1...6).contains(speaker.count), speaker.allSatisfy(\.isHan)
            else { continue }
            metadata.issuer = String(issuer)
            metadata.speaker = String(speaker)
            return
        }
    }

    /// `2025年2月26日` → (`2025-02-26`, 2025, rest).
    private static func date(in text: Substring) -> (String, Int, Substring)? {
        var rest = text
        func number(maxDigits: Int) -> Int? {
            let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber).prefix(maxDigits)
            guard !digits.isEmpty, let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            return value
        }
        guard let year = number(maxDigits: 4), year >= 1900, rest.first == "年" else { return nil }
        rest = rest.dropFirst()
        guard let month = number(maxDigits: 2), (1...12).contains(month), rest.first == "月" else { return nil }
        rest = rest.dropFirst()
        guard let day = number(maxDigits: 2), (1...31).contains(day), rest.first == "日" else { return nil }
        rest = rest.dropFirst()
        let iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        return (iso, year, rest)
    }
}
