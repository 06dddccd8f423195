import ReportModel
import ReportText

/// A speech as a transcript gives it: turns opened by a speaker's label in capitals
/// (`THE PRESIDENT:`, `AUDIENCE:`, `SPEAKER JOHNSON:`), a heading of place and time above the
/// first turn (`U.S. Capitol`, `9:19 P.M. EST`, `(March 4, 2025)`) and `END` with the time after
/// the last. The report is the words of one speaker, the one whose labelled lines hold the most
/// text; the others' lines, the heading and the end are left out as furniture.
struct Transcript: Sendable {
    /// The main speaker's label, as written (`THE PRESIDENT`).
    var speaker: String
    /// Lines that are no part of the report, by index.
    var furniture: [Int: PageFurniture] = [:]
    /// Lines opening with the main speaker's label: index → the line from its first word on.
    var withoutLabel: [Int: SourceLine] = [:]
    /// The date the heading states (`(March 4, 2025)` → `2025-03-04`) and its year.
    var date: (iso: String?, year: Int)?

    /// Reads the turns of `lines`; `nil` unless at least two lines open with a speaker's label.
    ///
    /// - Complexity: O(n) in the total length of the lines.
    init?(lines: [SourceLine], furniture pageFurniture: [Int: PageFurniture]) {
        let content = lines.indices.filter { !lines[$0].isBlank && pageFurniture[$0] == nil }
        var turns: [(label: String, start: Int)] = []
        var labelEnds: [Int: SourceLine] = [:]
        for index in content {
            guard let (label, rest) = Self.label(of: lines[index]) else { continue }
            turns.append((label, index))
            labelEnds[index] = rest
        }
        guard turns.count >= 2, let firstTurn = turns.first?.start else { return nil }
        // The speaker is the label whose lines hold the most text. Lines without a label are the
        // speaker's: transcripts mark an interruption's end inconsistently, and a speaker's
        // paragraph lost to an interjection costs more than a heckler's line kept.
        var weight: [String: Int] = [:]
        for turn in turns { weight[turn.label, default: 0] += lines[turn.start].trimmed.utf8.count }
        guard let main = weight.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) })?.key else { return nil }
        speaker = main
        let owner = Dictionary(turns.map { ($0.start, $0.label) }, uniquingKeysWith: { first, _ in first })

        let heading = content.filter { $0 < firstTurn }
        // A heading is a few short lines of place and time; anything longer is text of its own.
        if heading.count <= 6, heading.allSatisfy({ lines[$0].trimmed.utf8.count <= 60 }) {
            for index in heading {
                furniture[index] = .transcriptHeading
                if date == nil { date = Self.date(in: lines[index].trimmed) }
            }
        }
        for index in content where index >= firstTurn {
            let text = lines[index].trimmed
            if Self.isEnd(text) {
                furniture[index] = .transcriptHeading
            } else if let other = owner[index], other != main {
                furniture[index] = .otherSpeaker(other)
            } else if TranscriberNote.isWholeLine(text) {
                furniture[index] = .transcriberNote
            } else if let rest = labelEnds[index] {
                withoutLabel[index] = rest
            }
        }
    }

    /// `THE PRESIDENT:  Thank you.` → (`THE PRESIDENT`, the line from `Thank` on): a label is one to
    /// four words in capitals, at least two letters, and a colon.
    private static func label(of line: SourceLine) -> (String, SourceLine)? {
        let text = line.trimmed
        guard let first = text.unicodeScalars.first, ("A"..."Z").contains(first),
            let colon = text.prefix(48).firstIndex(of: ":")
        else { return nil }
        let label = text[..<colon]
        let words = label.split(separator: " ")
        guard (1...4).contains(words.count), label.filter(\.isASCIILetter).count >= 2,
            label.allSatisfy({ ("A"..."Z").contains($0) || " .’'-".contains($0) })
        else { return nil }
        let afterColon = text[text.index(after: colon)...]
        guard afterColon.first?.isWhitespace ?? true else { return nil }
        let rest = afterColon.drop(while: \.isWhitespace)
        let column = line.startColumn + line.text[..<rest.startIndex].characterCount
        return (String(label), SourceLine(number: line.number, text: rest, startColumn: column))
    }

    /// `END                11:00 P.M. EST`: the transcript's last line.
    private static func isEnd(_ text: Substring) -> Bool {
        guard text.hasPrefix("END"), text.utf8.count <= 40 else { return false }
        let rest = text.dropFirst(3)
        return rest.isEmpty || (rest.first?.isWhitespace == true && rest.contains(":"))
    }

    /// `(March 4, 2025)`, `March 4, 2025`.
    private static func date(in text: Substring) -> (iso: String?, year: Int)? {
        let words = text.split(whereSeparator: { " ,()".contains($0) })
        guard words.count == 3, let month = TitleBlock.months.firstIndex(of: String(words[0])),
            let day = Int(words[1]), let year = Int(words[2]), (1900...2099).contains(year)
        else { return nil }
        return (TitleBlock.isoDate(year: year, month: month + 1, day: day), year)
    }
}

/// A transcriber's note inside a speech: a sentence in parentheses (`(Applause.)`,
/// `(Laughter and applause.)`, `(Speaker Johnson strikes the gavel.)`), or one of the same
/// words in lower case set in the flow (`the first lady — (applause) — members`).
struct TranscriberNote: Sendable {
    /// The words the text's own notes use, lowercased (`applause`, `laughter`): a lower-case
    /// word in parentheses is a note only when the transcriber also wrote it as one.
    var words: Set<String> = []

    /// The notes' words in `lines`, found from the notes written as sentences.
    ///
    /// - Complexity: O(n) in the total length of the lines.
    init(lines: [SourceLine]) {
        for line in lines where Self.mayHoldNote(line.text) {
            for range in Self.sentenceNotes(in: line.text) {
                words.formUnion(line.text[range].split(whereSeparator: { !$0.isASCIILetter }).map { $0.lowercased() })
            }
        }
    }

    /// A whole line that is one note.
    static func isWholeLine(_ text: Substring) -> Bool {
        sentenceNotes(in: text).first.map { text[$0] == text } ?? false
    }

    /// Where the notes of `text` stand, each with the spaces before it and, for one set
    /// between dashes, the dash after it (`— (applause) — members` keeps one dash).
    ///
    /// - Complexity: O(n) in the length of `text`.
    func ranges(in text: Substring) -> [Range<Substring.Index>] {
        guard Self.mayHoldNote(text) else { return [] }
        var result = Self.sentenceNotes(in: text)
        if !words.isEmpty {
            var searchStart = text.startIndex
            while let open = text[searchStart...].firstIndex(of: "(") {
                let inner = text[text.index(after: open)...].prefix(while: \.isASCIILetter)
                searchStart = inner.endIndex
                guard inner.endIndex < text.endIndex, text[inner.endIndex] == ")", words.contains(inner.lowercased()) else { continue }
                var end = text.index(after: inner.endIndex)
                let before = text[..<open].reversed().drop(while: \.isWhitespace).first
                let after = text[end...].drop(while: \.isWhitespace)
                if before == "—", after.first == "—" { end = after.dropFirst().drop(while: \.isWhitespace).startIndex }
                result.append(open..<end)
            }
        }
        return result.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether `text` has a closing parenthesis or bracket, which every note ends with: read over
    /// its bytes at once, as every line of every report is asked.
    private static func mayHoldNote(_ text: Substring) -> Bool {
        func isClosing(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") }
        return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isClosing) } ?? text.utf8.contains(where: isClosing)
    }

    /// `(Applause.)`, Hansard's `[Applause.]`: a capital, letters, spaces and hyphens, and a full
    /// stop, in parentheses or brackets.
    private static func sentenceNotes(in text: Substring) -> [Range<Substring.Index>] {
        var result: [Range<Substring.Index>] = []
        var searchStart = text.startIndex
        while let open = text[searchStart...].firstIndex(where: { $0 == "(" || $0 == "[" }) {
            let afterOpen = text.index(after: open)
            searchStart = afterOpen
            guard let first = text[afterOpen...].first, ("A"..."Z").contains(first) else { continue }
            let inner = text[afterOpen...].prefix(80).prefix(while: { $0.isASCIILetter || " -’'".contains($0) })
            guard text[inner.endIndex...].hasPrefix(text[open] == "(" ? ".)" : ".]") else { continue }
            let end = text.index(inner.endIndex, offsetBy: 2)
            result.append(open..<end)
            searchStart = end
        }
        return result
    }
}
