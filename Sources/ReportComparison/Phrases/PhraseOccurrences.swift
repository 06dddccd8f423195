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
        var units = UnitIDs()
        // Keyed by slices, so a run's candidates are looked up where they lie, not copied out.
        var phraseByUnits: [ArraySlice<Int>: String] = [:]
        // By unit id (the phrases' units are numbered from 0): the lengths of the phrases it begins.
        var lengthsByFirstID: [[Int]] = []
        for phrase in phrases {
            let isHan = phrase.first?.isHan == true
            let parts = isHan ? phrase.map { String($0) } : phrase.split(separator: " ").map { String($0) }
            guard let first = parts.first else { continue }
            lengthsByFirstUnit[first, default: []].insert(parts.count)
            let key = parts.map { units.id(of: $0) }
            phraseByUnits[key[...]] = phrase
            while lengthsByFirstID.count < units.count { lengthsByFirstID.append([]) }
            if !lengthsByFirstID[key[0]].contains(key.count) { lengthsByFirstID[key[0]].append(key.count) }
        }
        var result: [String: [String]] = [:]
        for piece in pieces {
            var found: Set<String> = []
            if let runs = units.runs(in: piece.text) {
                for run in runs {
                    for start in run.indices where run[start] >= 0 {
                        for length in lengthsByFirstID[run[start]] where start + length <= run.count {
                            if let phrase = phraseByUnits[run[start..<(start + length)]] { found.insert(phrase) }
                        }
                    }
                }
            } else {
                for run in Self.runs(in: piece.text) {
                    let separator = run.first?.first?.isHan == true ? "" : " "
                    for start in run.indices {
                        guard let lengths = lengthsByFirstUnit[run[start]] else { continue }
                        for length in lengths where start + length <= run.count {
                            let candidate = run[start..<(start + length)].joined(separator: separator)
                            if wanted.contains(candidate) { found.insert(candidate) }
                        }
                    }
                }
            }
            for phrase in found { result[phrase, default: []].append(piece.id) }
        }
        return result
    }

    /// Ids of the units the phrases are made of, and the runs of a text in those ids, read
    /// scalar by scalar where that reads as `runs(in:)` does: a unit no phrase holds is -1.
    ///
    /// Two units have one id exactly when they are equal strings, so a run of ids matches a
    /// phrase's exactly when the joined run would equal the phrase.
    private struct UnitIDs {
        private var ids: [String: Int] = [:]
        /// Han characters already looked up, by scalar.
        private var hanIDs: [UInt32: Int] = [:]

        /// How many units have an id.
        var count: Int { ids.count }

        mutating func id(of unit: String) -> Int {
            if let id = ids[unit] { return id }
            ids[unit] = ids.count
            return ids.count - 1
        }

        /// The runs of `text` in unit ids, or `nil` where reading it scalar by scalar could
        /// differ from reading its lowercased characters: a scalar that is not a character of
        /// its own, or a cased letter outside ASCII.
        ///
        /// - Complexity: O(n) in the length of `text`.
        mutating func runs(in text: String) -> [[Int]]? {
            var runs = Runs<Int>()
            var word = String.UnicodeScalarView()
            func endWord() {
                guard !word.isEmpty else { return }
                let trimmed = String(word).trimmingEdges { $0 == "-" || $0 == "'" }
                if !trimmed.isEmpty { runs.words.append(ids[trimmed] ?? -1) }
                word = String.UnicodeScalarView()
            }
            func endRuns() {
                endWord()
                runs.end()
            }
            for scalar in text.unicodeScalars {
                guard scalar.standsAlone else { return nil }
                if scalar.isHan {
                    if !runs.words.isEmpty || !word.isEmpty { endRuns() }
                    if let id = hanIDs[scalar.value] {
                        runs.han.append(id)
                    } else {
                        let id = ids[String(scalar)] ?? -1
                        hanIDs[scalar.value] = id
                        runs.han.append(id)
                    }
                    continue
                }
                guard scalar.isASCII || !scalar.properties.changesWhenLowercased else { return nil }
                if scalar.isLetter || scalar == "-" || scalar == "'" || scalar == "’" {
                    if !runs.han.isEmpty { endRuns() }
                    switch scalar {
                    case "A"..."Z": word.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
                    case "’": word.append("'")
                    default: word.append(scalar)
                    }
                } else if scalar == " " {
                    endWord()
                } else {
                    endRuns()
                }
            }
            endRuns()
            return runs.ended
        }
    }

    /// The runs read so far, and the Han run and the word run being read.
    private struct Runs<Unit> {
        private(set) var ended: [[Unit]] = []
        var han: [Unit] = []
        var words: [Unit] = []

        mutating func end() {
            if !han.isEmpty { ended.append(han) }
            if !words.isEmpty { ended.append(words) }
            han = []
            words = []
        }
    }

    /// The runs of Han characters and of English words in a text, as the counter reads them:
    /// words lowercased, hyphenated words one unit, curly apostrophes straight.
    private static func runs(in text: String) -> [[String]] {
        var runs = Runs<String>(), word = ""
        func endWord() {
            let trimmed = word.trimmingEdges { $0 == "-" || $0 == "'" }
            if !trimmed.isEmpty { runs.words.append(trimmed) }
            word = ""
        }
        func endRuns() {
            endWord()
            runs.end()
        }
        for character in text.lowercased() {
            if character.isHan {
                if !runs.words.isEmpty || !word.isEmpty { endRuns() }
                runs.han.append(String(character))
            } else if character.isLetter || character == "-" || character == "'" || character == "’" {
                if !runs.han.isEmpty { endRuns() }
                word.append(character == "’" ? "'" : character)
            } else if character == " " {
                endWord()
            } else {
                endRuns()
            }
        }
        endRuns()
        return runs.ended
    }
}

extension String {
    /// The string without the characters matching `isEdge` at either end.
    fileprivate func trimmingEdges(_ isEdge: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isEdge($0) }), let last = lastIndex(where: { !isEdge($0) }) else { return "" }
        return String(self[first...last])
    }
}
