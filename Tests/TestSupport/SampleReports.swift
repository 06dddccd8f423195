import Foundation
import ReportModel
import ReportParsing

/// The package's sample reports in Reports/ (`<issuer>/<year>[-edition].<ext>`), found from
/// this file's path, for every test target.
public enum SampleReports {
    /// The package's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The reports of the sample pairs, and the Chinese one that has no pair.
    public static let all = [
        "cn-national/2024.txt", "cn-national/2025.txt", "cn-jinzhong/2025.txt", "us-sotu/2022.txt", "us-sotu/2023.txt",
    ]
    public static let chinese = Array(all.prefix(3))

    /// Every plain-text and Markdown report in Reports/, in path order.
    public static let corpus: [String] = {
        let reports = root.appendingPathComponent("Reports")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
        return folders.sorted().flatMap { folder -> [String] in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: reports.appendingPathComponent(folder).path)) ?? []
            return files.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
        }
    }()

    /// `name` is `<issuer>/<file>` under Reports/.
    public static func url(_ name: String) -> URL {
        root.appendingPathComponent("Reports").appendingPathComponent(name)
    }

    public static func data(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }

    public static func report(_ name: String) throws -> Report {
        try Report(parsing: data(name))
    }

    /// The report as the command line reads it: with what its file's name and place say.
    public static func corpusReport(_ name: String) throws -> Report {
        try Report(parsing: data(name), defaults: .corpusDefaults(forPath: url(name).path))
    }

    /// The text of `Reports/<issuer>/<year>.txt`.
    public static func text(_ issuer: String, _ year: Int) throws -> String {
        try String(contentsOf: url("\(issuer)/\(year).txt"), encoding: .utf8)
    }

    /// The report's non-empty lines, trimmed.
    public static func paragraphs(_ issuer: String, _ year: Int) throws -> [String] {
        try text(issuer, year).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The report's sentences, ending at `。！？；` or at a line break.
    public static func sentences(_ issuer: String, _ year: Int) throws -> [String] {
        var sentences: [String] = []
        var current = ""
        func end() {
            let trimmed = current.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { sentences.append(trimmed) }
            current = ""
        }
        for character in try text(issuer, year) {
            if character.isNewline {
                end()
                continue
            }
            current.append(character)
            if "。！？；".contains(character) { end() }
        }
        end()
        return sentences
    }
}
