import ReportModel
import ReportText

/// The title block of a report: title, date and meeting, speaker and the office that names the issuer.
///
/// It stands at the top of a crawled page and at the END of a newspaper page, may run together on
/// one line (`政府工作报告——2024年3月5日在第十四届全国人民代表大会第二次会议上国务院总理 李强`) or
/// spread over several (`——2025年1月15日在广东省第十四届` / `人民代表大会第三次会议上` / `广东省省长 王伟中`),
/// with page information between its lines. English translations have `REPORT ON THE WORK OF THE
/// GOVERNMENT`, `Delivered at … on March 5, 2018` and `Li Keqiang Premier of the State Council`;
/// transcripts a `President: Barack Obama` line; Markdown pages a first `# Title`.
struct TitleBlock: Sendable, Hashable {
    var metadata = ReportMetadata()
    /// Indices (into the lines searched) of the lines the block occupies, in order.
    var indices: [Int] = []
    /// The place a title names before `政府工作报告` (`2026年山西省政府工作报告` → `山西省`).
    private var place: String?
    /// A date clause whose meeting runs on to the next line (`——2025年1月15日在广东省第十四届`).
    private var openMeeting: String?

    /// Offices whose holder delivers a report, longest first so `副总理` is not read as `总理`.
    /// An acting holder's title opens on `代` (`海拉尔区人民政府代区长`), which names no place.
    private static let offices = ["副总理", "总理", "省长", "自治区主席", "市长", "区长", "县长", "州长", "旗长", "盟长", "主席"]

    /// Finds the block among `lines`, passing over the lines in `furniture`; `nil` when the report has none.
    ///
    /// - Complexity: O(n) in the number of lines; each line is examined a bounded number of times.
    static func find(in lines: [SourceLine], furniture: [Int: PageFurniture] = [:]) -> TitleBlock? {
        let candidates = lines.indices.filter { !lines[$0].isBlank && furniture[$0] == nil }
        var block = TitleBlock()
        var start: Int?
        if let title = candidates.first(where: { isTitle(lines[$0].trimmed) }) {
            start = title
            var rest = Substring(compact(lines[title].trimmed))
            block.takeTitle(&rest, line: lines[title].trimmed)
            block.read(rest)
        } else if let first = candidates.first, let (level, title) = markdownTitle(lines[first].trimmed), level == 1 {
            start = first
            block.metadata.title = String(title)
        } else if let speakerLine = candidates.prefix(3).first(where: { block.readsSpeaker(lines[$0].trimmed) }) {
            start = speakerLine
        }
        guard let start else { return nil }
        block.indices = [start]

        // Date, meeting and speaker lines follow within a few lines, page information between.
        var looked = 0
        for index in candidates where index > start {
            guard looked < 6 else { break }
            looked += 1
            let before = block
            block.read(Substring(lines[index].trimmed))
            guard before != block else { break }
            block.indices.append(index)
        }
        if let meeting = block.openMeeting, block.metadata.meeting == nil { block.metadata.meeting = meeting }
        block.nameIssuerFromPlace()
        return block
    }

    private static func compact(_ text: Substring) -> String {
        text.withoutWhitespace
    }

    /// `政府工作报告`, `政府工作报告（摘要）`, `2026年北京市政府工作报告`, `政府工作报告——2024年3月5日…`,
    /// `REPORT ON THE WORK OF THE GOVERNMENT`.
    static func isTitle(_ text: Substring) -> Bool {
        // Either title needs its first letter (`R`, `r`) or a `政`: most lines have neither.
        guard text.utf8.count <= 300, let first = text.unicodeScalars.first,
            first == "R" || first == "r" || text.unicodeScalars.contains("政")
        else { return false }
        let compact = compact(text)
        // 30 characters lowercased come from at most 30 characters of at most 4 bytes.
        if compact.utf8.count <= 120, compact.lowercased() == "reportontheworkofthegovernment" { return true }
        guard compact.containsLiterally("政府工作报告"), let found = compact.range(of: "政府工作报告") else { return false }
        let prefix = compact[..<found.lowerBound]
        let suffix = compact[found.upperBound...]
        return prefix.count <= 16 && prefix.allSatisfy { $0.isHan || ($0.isASCII && $0.isNumber) }
            && (suffix.isEmpty || suffix == "（摘要）" || suffix == "(摘要)" || suffix.hasPrefix("——"))
    }

    private static func markdownTitle(_ text: Substring) -> (Int, Substring)? {
        HeadingSyntax.markdownHeading(text)
    }

    /// Takes the title (with a following `（摘要）`) off the front, remembering the place it names.
    private mutating func takeTitle(_ text: inout Substring, line: Substring) {
        if compactLowercasedIsEnglishTitle(text) {
            metadata.title = String(line)
            text = text[text.endIndex...]
            return
        }
        guard let found = text.range(of: "政府工作报告") else { return }
        var title = String(text[..<found.upperBound])
        let prefix = text[..<found.lowerBound]
        text = text[found.upperBound...]
        for note in ["（摘要）", "(摘要)"] where text.hasPrefix(note) {
            title += "（摘要）"
            text = text.dropFirst(note.count)
        }
        metadata.title = title
        var named = prefix
        if let yearEnd = named.firstIndex(of: "年"), let year = Int(named[..<yearEnd]), year >= 1900 {
            metadata.year = year
            named = named[named.index(after: yearEnd)...]
        }
        if named.hasSuffix("人民") { named = named.dropLast(2) }
        if !named.isEmpty { place = String(named) }
    }

    private func compactLowercasedIsEnglishTitle(_ text: Substring) -> Bool {
        text.lowercased() == "reportontheworkofthegovernment"
    }

    /// Reads a date-and-meeting clause, a meeting's continuation and a speaker clause from a line.
    private mutating func read(_ line: Substring) {
        if readsEnglish(line) { return }
        var rest = Substring(Self.compact(line))
        while rest.first == "—" || rest.first == "-" { rest = rest.dropFirst() }
        if let meeting = openMeeting, let end = rest.range(of: "会议上"), rest[..<end.lowerBound].contains("代表大会") {
            metadata.meeting = meeting + rest[..<end.lowerBound] + "会议"
            openMeeting = nil
            rest = rest[end.upperBound...]
        }
        if metadata.date == nil, let (date, year, afterDate) = Self.date(in: rest) {
            metadata.date = date
            metadata.year = year
            rest = afterDate
            if rest.hasPrefix("在") {
                let meeting = rest.dropFirst()
                if let end = meeting.range(of: "会议上") {
                    metadata.meeting = String(meeting[..<end.lowerBound]) + "会议"
                    rest = meeting[end.upperBound...]
                } else {
                    openMeeting = String(meeting)
                    rest = rest[rest.endIndex...]
                }
            }
        }
        _ = readsSpeaker(rest)
    }

    /// `国务院总理 李强`, `广东省省长 王伟中`, `四川省人民政府省长 施小琳`, `省长 卢东亮`.
    @discardableResult
    private mutating func readsSpeaker(_ line: Substring) -> Bool {
        // A speaker's line is an office and a name; a longer one is text, and is not searched
        // (a report on one line would be, once per office).
        guard line.utf8.count <= 300 else { return false }
        if readsEnglishSpeaker(line) { return true }
        let rest = Substring(Self.compact(line))
        for office in Self.offices {
            guard let range = rest.range(of: office) else { continue }
            var prefix = rest[..<range.lowerBound]
            if prefix.hasSuffix("代") { prefix = prefix.dropLast() }
            let speaker = rest[range.upperBound...]
            guard prefix.count <= 20, prefix.allSatisfy(\.isHan), (1...6).contains(speaker.count), speaker.allSatisfy(\.isHan)
            else { continue }
            metadata.speaker = String(speaker)
            if prefix.hasSuffix("人民政府") || prefix == "国务院" {
                metadata.issuer = String(prefix)
            } else if !prefix.isEmpty {
                metadata.issuer = prefix + "人民政府"
            } else if office.hasSuffix("总理") {
                metadata.issuer = "国务院"
            }
            return true
        }
        return false
    }

    /// An office with no place before it (`省长 卢东亮`) belongs to the place the title or the
    /// meeting names (`2026年山西省政府工作报告`, `在山西省第十四届人民代表大会…`).
    private mutating func nameIssuerFromPlace() {
        guard metadata.issuer == nil, metadata.speaker != nil else { return }
        var place = self.place
        if place == nil, let meeting = metadata.meeting ?? openMeeting, let ordinal = meeting.firstIndex(of: "第"),
            ordinal > meeting.startIndex
        {
            place = String(meeting[..<ordinal])
        }
        if let place, !place.isEmpty { metadata.issuer = place.hasSuffix("人民政府") ? place : place + "人民政府" }
    }

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// `Delivered at the … on March 5, 2018` and `Second Session of …, March 2019`.
    private mutating func readsEnglish(_ line: Substring) -> Bool {
        guard !line.containsHan else { return false }
        if readsEnglishSpeaker(line) { return true }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," })
        guard let monthIndex = words.lastIndex(where: { Self.months.contains(String($0)) }),
            let year = words.last.flatMap({ Int($0.filter(\.isNumber)) }), (1900...2099).contains(year),
            line.contains("Session") || line.hasPrefix("Delivered")
        else { return false }
        metadata.year = year
        if monthIndex + 2 == words.count - 1, let day = Int(words[monthIndex + 1]), let month = Self.months.firstIndex(of: String(words[monthIndex])) {
            metadata.date = Self.isoDate(year: year, month: month + 1, day: day)
        }
        var meeting = line[...]
        if meeting.hasPrefix("Delivered at the ") { meeting = meeting.dropFirst("Delivered at the ".count) }
        if let on = meeting.range(of: " on \(words[monthIndex])") ?? meeting.range(of: ", \(words[monthIndex])") {
            meeting = meeting[..<on.lowerBound]
        }
        metadata.meeting = String(meeting)
        return true
    }

    /// `Li Keqiang Premier of the State Council`, `Li Keqiang, Premier of the State Council`, and a
    /// transcript's `President: Barack Obama`.
    private mutating func readsEnglishSpeaker(_ line: Substring) -> Bool {
        guard !line.containsHan, line.count <= 80 else { return false }
        for office in ["President", "Prime Minister", "Premier", "Governor", "Mayor"] {
            if line.hasPrefix(office + ": ") {
                metadata.speaker = String(line.dropFirst(office.count + 2))
                return !(metadata.speaker ?? "").isEmpty
            }
            guard let range = line.range(of: " \(office) of the ") else { continue }
            var name = line[..<range.lowerBound]
            while name.last == "," || name.last == " " { name = name.dropLast() }
            let body = line[range.upperBound...]
            guard !name.isEmpty, name.split(separator: " ").count <= 4, !body.isEmpty else { continue }
            metadata.speaker = String(name)
            metadata.issuer = String(body)
            return true
        }
        return false
    }

    /// `2025年2月26日`, and in Chinese numerals `二〇二五年二月二十六日` (as many provinces and cities
    /// date their reports) → (`2025-02-26`, 2025, rest).
    private static func date(in text: Substring) -> (String, Int, Substring)? {
        var rest = text
        func number(maxDigits: Int) -> Int? {
            let digits = rest.prefix(while: \.isASCII).prefix(while: \.isNumber).prefix(maxDigits)
            if digits.isEmpty { return chineseNumber(maxDigits: maxDigits) }
            guard let value = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            return value
        }
        // A year digit by digit (`二〇二五`); a month or a day in tens and units (`十二`, `二十六`).
        func chineseNumber(maxDigits: Int) -> Int? {
            let value: Int?
            let numeral: Substring
            if maxDigits == 4 {
                numeral = rest.prefix(4)
                let digits = numeral.compactMap(\.chineseDigit)
                value = digits.count == 4 ? digits.reduce(0) { $0 * 10 + $1 } : nil
            } else {
                numeral = rest.prefix { $0.chineseDigit != nil || $0 == "十" }
                let tens = numeral.split(separator: "十", omittingEmptySubsequences: false)
                switch tens.count {
                case 1 where numeral.count == 1: value = numeral.first?.chineseDigit
                case 2 where tens[0].count <= 1 && tens[1].count <= 1:
                    value = (tens[0].first?.chineseDigit ?? 1) * 10 + (tens[1].first?.chineseDigit ?? 0)
                default: value = nil
                }
            }
            if value != nil { rest = rest.dropFirst(numeral.count) }
            return value
        }
        guard let year = number(maxDigits: 4), year >= 1900, rest.first == "年" else { return nil }
        rest = rest.dropFirst()
        guard let month = number(maxDigits: 2), rest.first == "月" else { return nil }
        rest = rest.dropFirst()
        guard let day = number(maxDigits: 2), rest.first == "日", let iso = isoDate(year: year, month: month, day: day) else { return nil }
        return (iso, year, rest.dropFirst())
    }

    /// `2025-02-26`, or `nil` for a day the calendar does not have (`March 0`, `2月30日`): the
    /// archive's `date` is an `xsd:date`, and a typo in a title block must not make it invalid.
    static func isoDate(year: Int, month: Int, day: Int) -> String? {
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...9999).contains(year), (1...12).contains(month), (1...days[month - 1]).contains(day) else { return nil }
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }
}
