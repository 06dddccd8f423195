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

    /// The ids of the pieces holding each phrase, in the order of `phrases`, written as the
    /// phrase counter writes them: Han as written, English lowercased with words whole
    /// (`five-year plan` is not found in `twenty-five-year plans`).
    ///
    /// Phrases are told apart by their unit ids, not hashed as strings (hashing a Chinese string
    /// normalises it first, which cost more than all the searching).
    /// - Complexity: O(n · L) for n characters and words in the report and phrases of at most
    ///   L units: a run is looked up only from a unit some phrase begins with, once for each
    ///   length of those phrases.
    func ids(of phrases: [String]) -> [[String]] {
        var units = UnitIDs()
        // The phrases' unit ids in a flat table hashed as integers, so a run's candidates are
        // looked up where they lie.
        var phraseKeys = ScalarSequenceTable(capacity: phrases.count)
        var keyOfPhrase = [Int?](repeating: nil, count: phrases.count)
        // By unit id (the phrases' units are numbered from 0): the lengths of the phrases it begins.
        var lengthsByFirstID: [[Int]] = []
        var key: [UInt32] = []
        for (place, phrase) in phrases.enumerated() {
            key.removeAll(keepingCapacity: true)
            if phrase.first?.isHan == true {
                for character in phrase { key.append(units.id(of: character)) }
            } else {
                for word in phrase.split(separator: " ") { key.append(units.id(of: String(word))) }
            }
            guard !key.isEmpty else { continue }
            keyOfPhrase[place] = phraseKeys.id(for: key[...]).id
            while lengthsByFirstID.count < units.count { lengthsByFirstID.append([]) }
            if !lengthsByFirstID[Int(key[0])].contains(key.count) { lengthsByFirstID[Int(key[0])].append(key.count) }
        }
        // Pieces by phrase key, each piece once, in document order.
        var places = [[String]](repeating: [], count: phraseKeys.count)
        var lastPiece = [Int](repeating: -1, count: phraseKeys.count)
        func found(_ key: Int, in piece: Int) {
            guard lastPiece[key] != piece else { return }
            lastPiece[key] = piece
            places[key].append(pieces[piece].id)
        }
        var byText: PhrasesByText?
        var runUnits: [UInt32] = [], runEnds: [Int] = []
        for (index, piece) in pieces.enumerated() {
            if units.runs(in: piece.text, units: &runUnits, ends: &runEnds) {
                var runStart = 0
                for runEnd in runEnds {
                    for start in runStart..<runEnd where runUnits[start] != UnitIDs.none {
                        for length in lengthsByFirstID[Int(runUnits[start])] where start + length <= runEnd {
                            if let key = phraseKeys.find(runUnits[start..<(start + length)]) { found(key, in: index) }
                        }
                    }
                    runStart = runEnd
                }
            } else {
                if byText == nil { byText = PhrasesByText(phrases, keys: keyOfPhrase) }
                for key in byText?.keys(in: piece.text) ?? [] { found(key, in: index) }
            }
        }
        return keyOfPhrase.map { key in key.map { places[$0] } ?? [] }
    }

    /// The phrases as strings, for text read by character: only where `UnitIDs.runs` cannot
    /// read a piece scalar by scalar, which is seldom.
    private struct PhrasesByText {
        private var lengthsByFirstUnit: [String: Set<Int>] = [:]
        private var keyOfPhrase: [String: Int] = [:]

        init(_ phrases: [String], keys: [Int?]) {
            for (phrase, key) in zip(phrases, keys) {
                guard let key else { continue }
                let isHan = phrase.first?.isHan == true
                let parts = isHan ? phrase.map { String($0) } : phrase.split(separator: " ").map { String($0) }
                guard let first = parts.first else { continue }
                lengthsByFirstUnit[first, default: []].insert(parts.count)
                keyOfPhrase[phrase] = key
            }
        }

        /// The keys of the phrases `text` holds, one for each place a phrase starts.
        func keys(in text: String) -> [Int] {
            var keys: [Int] = []
            for run in PhraseOccurrences.runs(in: text) {
                let separator = run.first?.first?.isHan == true ? "" : " "
                for start in run.indices {
                    guard let lengths = lengthsByFirstUnit[run[start]] else { continue }
                    for length in lengths where start + length <= run.count {
                        if let key = keyOfPhrase[run[start..<(start + length)].joined(separator: separator)] { keys.append(key) }
                    }
                }
            }
            return keys
        }
    }

    /// Ids of the units the phrases are made of, and the runs of a text in those ids, read
    /// scalar by scalar where that reads as `runs(in:)` does: a unit no phrase holds is `none`.
    ///
    /// Two units have one id exactly when they are equal strings, so a run of ids matches a
    /// phrase's exactly when the joined run would equal the phrase.
    private struct UnitIDs {
        /// The id of a unit no phrase holds.
        static let none = UInt32.max
        private var ids: [String: Int] = [:]
        /// Han characters already looked up, by scalar: each is made a string once.
        private var hanIDs = IDTable(capacity: 1024)

        /// How many units have an id.
        var count: Int { ids.count }

        mutating func id(of unit: String) -> UInt32 {
            if let id = ids[unit] { return UInt32(id) }
            ids[unit] = ids.count
            return UInt32(ids.count - 1)
        }

        /// The id of a Han character of a phrase; one that is a scalar of its own is made a
        /// string only the first time, as `runs` reads it. Every phrase is numbered before any
        /// text is read, so no scalar is cached as `none` yet.
        mutating func id(of character: Character) -> UInt32 {
            let scalars = character.unicodeScalars
            guard scalars.count == 1, let scalar = scalars.first else { return id(of: String(character)) }
            if let id = hanIDs.find(UInt64(scalar.value)) { return id }
            let id = id(of: String(character))
            _ = hanIDs.id(for: UInt64(scalar.value), next: id)
            return id
        }

        /// Puts the runs of `text` in unit ids one after another into `units`, with where each
        /// ends into `ends`; `false` where reading it scalar by scalar could differ from reading
        /// its lowercased characters: a scalar that is not a character of its own, or a cased
        /// letter outside ASCII.
        ///
        /// - Complexity: O(n) in the length of `text`.
        mutating func runs(in text: String, units: inout [UInt32], ends: inout [Int]) -> Bool {
            units.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            // A run holds Han characters or words, never both: each kind ends the other's run.
            var runIsHan = false
            var word = String.UnicodeScalarView()
            func endWord() {
                guard !word.isEmpty else { return }
                let trimmed = String(word).trimmingEdges { $0 == "-" || $0 == "'" }
                if !trimmed.isEmpty { units.append(ids[trimmed].map { UInt32($0) } ?? Self.none) }
                word = String.UnicodeScalarView()
            }
            func endRun() {
                endWord()
                if units.count > (ends.last ?? 0) { ends.append(units.count) }
            }
            for scalar in text.unicodeScalars {
                guard scalar.standsAlone else { return false }
                if scalar.isHan {
                    if !runIsHan || !word.isEmpty { endRun() }
                    runIsHan = true
                    if let id = hanIDs.find(UInt64(scalar.value)) {
                        units.append(id)
                    } else {
                        let id = ids[String(scalar)].map { UInt32($0) } ?? Self.none
                        _ = hanIDs.id(for: UInt64(scalar.value), next: id)
                        units.append(id)
                    }
                    continue
                }
                guard scalar.isASCII || !scalar.properties.changesWhenLowercased else { return false }
                if scalar.isLetter || scalar == "-" || scalar == "'" || scalar == "’" {
                    if runIsHan { endRun() }
                    runIsHan = false
                    switch scalar {
                    case "A"..."Z": word.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
                    case "’": word.append("'")
                    default: word.append(scalar)
                    }
                } else if scalar == " " {
                    endWord()
                } else {
                    endRun()
                }
            }
            endRun()
            return true
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
