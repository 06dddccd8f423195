import ReportModel
import ReportText

/// Finds where key phrases stand in a report, so that each phrase change links to the
/// sentences (and headings) that use it on both sides.
struct PhraseOccurrences {
    /// Each piece of the report's own text with its id: headings and sentences, in document order.
    private let pieces: [(id: String, text: String)]

    init(_ report: Report) {
        var pieces: [(id: String, text: String)] = []
        func visit(_ section: Section) {
            if section.kind != .document, !section.title.isEmpty { pieces.append((section.id, section.title)) }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    for sentence in paragraph.sentences { pieces.append((sentence.id, sentence.text)) }
                case .section(let child):
                    visit(child)
                }
            }
        }
        visit(report.root)
        self.pieces = pieces
    }

    /// The ids of the pieces holding each phrase, written as the phrase counter writes them: Han
    /// as written, English lowercased with words whole (`five-year plan` is not found in
    /// `twenty-five-year plans`).
    ///
    /// - Complexity: O(n · L) for n characters and words in the report and phrases of at most
    ///   L units: a run is joined and looked up only from a unit some phrase begins with, once
    ///   for each length of those phrases.
    func ids(of phrases: [String]) -> [String: [String]] {
        let wanted = Set(phrases)
        var lengthsByFirstUnit: [String: Set<Int>] = [:]
        for phrase in phrases {
            let isHan = phrase.first?.isHan == true
            let units = isHan ? phrase.map { String($0) } : phrase.split(separator: " ").map { String($0) }
            guard let first = units.first else { continue }
            lengthsByFirstUnit[first, default: []].insert(units.count)
        }
        var result: [String: [String]] = [:]
        for piece in pieces {
            var found: Set<String> = []
            for units in Self.runs(in: piece.text) {
                let separator = units.first?.first?.isHan == true ? "" : " "
                for start in units.indices {
                    guard let lengths = lengthsByFirstUnit[units[start]] else { continue }
                    for length in lengths where start + length <= units.count {
                        let candidate = units[start..<(start + length)].joined(separator: separator)
                        if wanted.contains(candidate) { found.insert(candidate) }
                    }
                }
            }
            for phrase in found { result[phrase, default: []].append(piece.id) }
        }
        return result
    }

    /// The runs of Han characters and of English words in a text, as the counter reads them:
    /// words lowercased, hyphenated words one unit, curly apostrophes straight.
    private static func runs(in text: String) -> [[String]] {
        var runs: [[String]] = [], han: [String] = [], words: [String] = [], word = ""
        func endWord() {
            let trimmed = word.trimmingEdges { $0 == "-" || $0 == "'" }
            if !trimmed.isEmpty { words.append(trimmed) }
            word = ""
        }
        func endRuns() {
            endWord()
            if !han.isEmpty { runs.append(han) }
            if !words.isEmpty { runs.append(words) }
            han = []
            words = []
        }
        for character in text.lowercased() {
            if character.isHan {
                if !words.isEmpty || !word.isEmpty { endRuns() }
                han.append(String(character))
            } else if character.isLetter || character == "-" || character == "'" || character == "’" {
                if !han.isEmpty { endRuns() }
                word.append(character == "’" ? "'" : character)
            } else if character == " " {
                endWord()
            } else {
                endRuns()
            }
        }
        endRuns()
        return runs
    }
}

extension String {
    /// The string without the characters matching `isEdge` at either end.
    fileprivate func trimmingEdges(_ isEdge: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isEdge($0) }), let last = lastIndex(where: { !isEdge($0) }) else { return "" }
        return String(self[first...last])
    }
}
