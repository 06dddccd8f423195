import Foundation

/// The sample reports in `Reports/`, found from this file's path.
enum SampleReports {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    static func text(_ issuer: String, _ year: Int) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Reports/\(issuer)/\(year).txt"), encoding: .utf8)
    }

    /// The report's non-empty lines, trimmed.
    static func paragraphs(_ issuer: String, _ year: Int) throws -> [String] {
        try text(issuer, year).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The report's sentences, ending at `。！？；` or at a line break.
    static func sentences(_ issuer: String, _ year: Int) throws -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in try text(issuer, year) {
            if character.isNewline {
                let trimmed = current.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { sentences.append(trimmed) }
                current = ""
                continue
            }
            current.append(character)
            if "。！？；".contains(character) {
                let trimmed = current.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { sentences.append(trimmed) }
                current = ""
            }
        }
        let trimmed = current.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { sentences.append(trimmed) }
        return sentences
    }
}
