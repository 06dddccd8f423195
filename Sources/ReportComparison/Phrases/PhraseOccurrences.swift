import ReportModel

/// Finds where key phrases stand in a report, so that each phrase change links to the
/// sentences (and headings) that use it on both sides.
struct PhraseOccurrences {
    /// Each piece of the report's own text with its id: headings, then sentences, in document order.
    private let pieces: [(id: String, text: String)]

    init(_ report: Report) {
        var pieces: [(id: String, text: String)] = []
        func visit(_ section: Section) {
            if section.kind != .document, !section.title.isEmpty {
                pieces.append((section.id, Self.normalized(section.title)))
            }
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph):
                    for sentence in paragraph.sentences { pieces.append((sentence.id, Self.normalized(sentence.text))) }
                case .section(let child):
                    visit(child)
                }
            }
        }
        visit(report.root)
        self.pieces = pieces
    }

    /// The ids of the pieces holding `phrase` as the phrase counter writes it: Han as written,
    /// English lowercased with words whole (`five-year plan` is not found in `twenty-five-year plans`).
    ///
    /// - Complexity: O(n) in the text of the report.
    func ids(of phrase: String) -> [String] {
        pieces.filter { Self.contains($0.text, phrase) }.map(\.id)
    }

    /// Lowercased, curly apostrophes straightened and runs of whitespace made one space, as the
    /// counter reads words.
    private static func normalized(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
            } else {
                result.append(character == "’" ? "'" : character)
                lastWasSpace = false
            }
        }
        return result
    }

    private static func contains(_ text: String, _ phrase: String) -> Bool {
        guard let first = phrase.first else { return false }
        guard first.isLetter, first.isASCII else { return text.contains(phrase) }
        var searchStart = text.startIndex
        while let found = text.range(of: phrase, range: searchStart..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
            searchStart = text.index(after: found.lowerBound)
        }
        return false
    }

    private static func isWordCharacter(_ character: Character?) -> Bool {
        guard let character else { return false }
        return character.isLetter || character.isNumber || character == "-" || character == "'"
    }
}
