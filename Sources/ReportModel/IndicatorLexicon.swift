import Foundation
import ReportText

/// The indicators a report's numbers speak of, with the many names each goes by
/// (`国内生产总值` = `地区生产总值` = `经济总量` = `GDP`).
///
/// The data ships as `indicators.json` so that names can be added without touching code.
public struct IndicatorLexicon: Sendable, Hashable {
    /// One indicator: a canonical id, its names, and how its numbers are read and judged.
    public struct Entry: Sendable, Hashable, Identifiable {
        public var id: String
        /// The Chinese name.
        public var zh: String
        /// The English name.
        public var en: String
        /// Other names, in either language, that mean the same indicator.
        public var synonyms: [String]
        /// What a bare percentage of this indicator measures (`失业率5.5%` is a rate, `GDP 5%` growth).
        public var measure: Measure
        public var polarity: Polarity

        public init(id: String, zh: String, en: String, synonyms: [String], measure: Measure, polarity: Polarity) {
            self.id = id
            self.zh = zh
            self.en = en
            self.synonyms = synonyms
            self.measure = measure
            self.polarity = polarity
        }

        /// Every name, canonical ones first.
        public var names: [String] { [zh, en] + synonyms }
    }

    /// Where an indicator's name was found in a phrase.
    public struct Match: Sendable, Hashable {
        public var entry: Entry
        /// The name as written in the phrase.
        public var name: String
        /// Character offsets of the name in the phrase.
        public var range: Range<Int>
    }

    public private(set) var entries: [Entry]
    /// Every name with its entry, longest first so that `单位国内生产总值能耗` wins over `国内生产总值`.
    private var names: [(name: [Character], folded: String, entry: Entry)]
    /// Indices into `names` by the name's first character, in `names`' order: a position of a
    /// phrase tries only the names that can start there.
    private var namesByInitial: [Character: [Int]]

    public init(entries: [Entry]) {
        self.entries = entries
        var names: [(name: [Character], folded: String, entry: Entry)] = []
        for entry in entries {
            for name in Set(entry.names) where !name.isEmpty {
                names.append((Array(name.lowercased()), name.lowercased(), entry))
            }
        }
        names.sort { ($0.name.count, $1.folded) > ($1.name.count, $0.folded) }
        self.names = names
        namesByInitial = Dictionary(grouping: names.indices) { names[$0].name[0] }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.entries == rhs.entries }

    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// The lexicon shipped with the package, embedded in the binary at build time (a missing
    /// file fails the build); empty only if the JSON does not decode, which a test rules out.
    public static let shipped: IndicatorLexicon = {
        guard let file = try? JSONDecoder().decode(File.self, from: Data(PackageResources.indicators_json))
        else { return IndicatorLexicon(entries: []) }
        return IndicatorLexicon(entries: file.indicators.compactMap(\.entry))
    }()

    /// The entry with this canonical id.
    public func entry(id: String) -> Entry? {
        entries.first { $0.id == id }
    }

    /// The indicator named in `phrase`: the longest name found, the rightmost among equals
    /// (in `全市经济总量跃升至…` the subject comes first, in `全年完成固定资产投资` last).
    ///
    /// English names match whole words, case-insensitively.
    /// - Complexity: O(n · m) for a phrase of n characters and m names of bounded length.
    public func match(in phrase: String) -> Match? {
        let text = Array(phrase.lowercased())
        let original = Array(phrase)
        guard text.count == original.count else { return nil }
        var best: (index: Int, start: Int)?
        // From the right, so that of names equally long the rightmost is found first and kept. A
        // Chinese name that runs on past the longest one holds the phrase's head and wins over it
        // (`全社会研发经费投入强度`: the intensity, not the spending).
        for start in text.indices.reversed() {
            for index in namesByInitial[text[start]] ?? [] {
                let name = names[index].name
                if let best, names[best.index].name.count >= name.count { break }
                guard start + name.count <= text.count, text[start..<start + name.count].elementsEqual(name),
                    isWordBoundary(text, start, name.count)
                else { continue }
                if let best, text[start].isHan, start + name.count < best.start + names[best.index].name.count,
                    start + name.count > best.start
                {
                    break
                }
                best = (index, start)
                break
            }
        }
        return best.map { best in
            let range = best.start..<best.start + names[best.index].name.count
            return Match(entry: names[best.index].entry, name: String(original[range]), range: range)
        }
    }

    /// Latin names must not match inside a longer Latin word (`gdp` in `gdps` is fine to skip).
    private func isWordBoundary(_ text: [Character], _ start: Int, _ length: Int) -> Bool {
        guard let first = text[safe: start], first.isASCII, first.isLetter else { return true }
        let before = text[safe: start - 1]
        let after = text[safe: start + length]
        return !(before?.isASCIILetter ?? false) && !(after?.isASCIILetter ?? false)
    }

    private struct File: Decodable {
        var indicators: [RawEntry]
    }

    /// An entry as stored; one with an unknown measure or polarity is skipped.
    private struct RawEntry: Decodable {
        var id: String
        var zh: String
        var en: String
        var synonyms: [String]
        var measure: String
        var polarity: String

        var entry: Entry? {
            guard let measure = Measure(rawValue: measure), let polarity = Polarity(rawValue: polarity) else {
                return nil
            }
            return Entry(id: id, zh: zh, en: en, synonyms: synonyms, measure: measure, polarity: polarity)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
