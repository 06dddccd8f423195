import Foundation
import TestSupport

/// Writes a corpus of reports made from the sample reports: several issuers, a few years each,
/// every year a varied edit of the one before (numbers changed, paragraphs dropped, moved and
/// added), plus one binary file, one empty file and one report in GBK.
struct CorpusGenerator {
    /// What was written, for the test to check against.
    struct Layout {
        /// Issuer folder names, each with its years in order.
        var issuers: [(name: String, years: [Int])]
        var binary: String
        var empty: String
        var gbk: String
    }

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
    static let samples = ["cn-national/2024.txt", "cn-jinzhong/2025.txt", "us-sotu/2022.txt", "cn-national/2025.txt", "us-sotu/2023.txt"]

    var reportCount: Int
    var issuerCount: Int
    /// The share of each sample's lines kept: small reports keep a debug-build test fast.
    var fraction: Double

    /// - Complexity: O(r·n) for r reports of n lines.
    func write(to folder: URL) throws -> Layout {
        // From the first part heading on: a sample's title block names its own issuer and
        // year, which `batch` would believe over the folder the generated file is in.
        let samples = try Self.samples.map { name in
            let lines = try String(contentsOf: ReportDiffCommand.packageRoot.appendingPathComponent("Reports/\(name)"), encoding: .utf8)
                .split(whereSeparator: \.isNewline).map(String.init)
            return Array(lines[(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("一、") } ?? 0)...])
        }
        var random = SeededGenerator(seed: 2026)
        var issuers: [(name: String, years: [Int])] = []
        let perIssuer = reportCount / issuerCount
        for issuerIndex in 0..<issuerCount {
            // One issuer name needs escaping in HTML.
            let name = issuerIndex == 1 ? "r&d <lab>" : "issuer-\(issuerIndex)"
            let base = samples[issuerIndex % samples.count]
            var lines = Array(base.prefix(max(12, Int(Double(base.count) * fraction))))
            let count = perIssuer + (issuerIndex < reportCount % issuerCount ? 1 : 0)
            let years = (0..<count).map { 2001 + $0 }
            for year in years {
                if year != years[0] { lines = Self.edited(lines, random: &random) }
                let text = Self.shifted(lines.joined(separator: "\n"), by: year - Self.sampleYear(issuerIndex % samples.count))
                let useGBK = issuerIndex == 0 && year == years[years.count - 1]
                try write(useGBK ? text.data(using: Self.gb18030) ?? Data() : Data(text.utf8), name, "\(year).txt", in: folder)
            }
            issuers.append((name, years))
        }
        try write(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]), issuers[2].name, "2000.txt", in: folder)
        try write(Data(), issuers[3].name, "2000.txt", in: folder)
        issuers[2].years.insert(2000, at: 0)
        issuers[3].years.insert(2000, at: 0)
        let gbk = "\(issuers[0].name)/\(issuers[0].years[issuers[0].years.count - 1]).txt"
        return Layout(issuers: issuers, binary: "\(issuers[2].name)/2000.txt", empty: "\(issuers[3].name)/2000.txt", gbk: gbk)
    }

    /// The year a sample is delivered in, from its file name (`cn-national/2024.txt`).
    static func sampleYear(_ index: Int) -> Int {
        Int(samples[index].split(separator: "/")[1].prefix(4)) ?? 0
    }

    /// The text with every year moved by `offset`: the reader takes a report's year from its
    /// text before its file name, so a file named `2001.txt` must speak of 2000 and 2001.
    static func shifted(_ text: String, by offset: Int) -> String {
        var result = "", digits = ""
        func flush() {
            if digits.count == 4, let year = Int(digits), (1990...2040).contains(year) {
                result += String(year + offset)
            } else {
                result += digits
            }
            digits = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    private func write(_ data: Data, _ issuer: String, _ file: String, in folder: URL) throws {
        let issuerFolder = folder.appendingPathComponent(issuer)
        try FileManager.default.createDirectory(at: issuerFolder, withIntermediateDirectories: true)
        try data.write(to: issuerFolder.appendingPathComponent(file))
    }

    /// Next year's text: some digits changed, a paragraph dropped, two swapped, one added.
    private static func edited(_ lines: [String], random: inout SeededGenerator) -> [String] {
        var lines = lines
        for _ in 0..<3 {
            let index = random.next(below: lines.count)
            lines[index] = Self.mutatingDigits(of: lines[index], random: &random)
        }
        if lines.count > 12 { lines.remove(at: 2 + random.next(below: lines.count - 4)) }
        let swap = 2 + random.next(below: lines.count - 4)
        lines.swapAt(swap, swap + 1)
        let copy = lines[random.next(below: lines.count)]
        lines.insert(copy + (copy.unicodeScalars.contains { $0.value > 0x2E80 } ? "坚持稳中求进。" : " We will keep going."), at: 1 + random.next(below: lines.count - 1))
        return lines
    }
}

extension CorpusGenerator {
    /// Some digits turned into 7s, but never a year's (a run of four digits): the years say which
    /// report a file is.
    static func mutatingDigits(of line: String, random: inout SeededGenerator) -> String {
        var result = "", run = ""
        func flush(_ random: inout SeededGenerator) {
            result += run.count == 4 ? run : String(run.map { random.next(below: 3) == 0 ? "7" : $0 })
            run = ""
        }
        for character in line {
            if character.isASCII, character.isNumber {
                run.append(character)
            } else {
                flush(&random)
                result.append(character)
            }
        }
        flush(&random)
        return result
    }
}
