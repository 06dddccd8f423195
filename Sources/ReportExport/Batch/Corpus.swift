import Foundation
import ReportModel
import ReportText

/// The reports of a corpus grouped into series — one issuer in one language — each in year
/// order, with the pairs of consecutive years to compare.
///
/// Built from what was read; it never looks at the file system itself.
public struct Corpus: Sendable, Hashable {
    /// One report file: where it is and whose report of which year, in which language, it is.
    public struct Member: Sendable, Hashable {
        /// The path as found, used to read the file and as its name in archives.
        public var path: String
        public var issuer: String
        public var year: Int
        /// `zh` or `en`: a Chinese report and its English translation are two series.
        public var language: String

        public init(path: String, issuer: String, year: Int, language: String = "zh") {
            self.path = path
            self.issuer = issuer
            self.year = year
            self.language = language
        }
    }

    /// Two reports of one series in consecutive years of the corpus.
    public struct Pair: Sendable, Hashable {
        public var old: Member
        public var new: Member
        /// The series' folder under the output folder.
        public var seriesFolder: String

        public init(old: Member, new: Member, seriesFolder: String) {
            self.old = old
            self.new = new
            self.seriesFolder = seriesFolder
        }

        public var issuer: String { old.issuer }

        /// Where the pair's files go under the output folder: `cn-national/2024-2025`.
        public var folder: String { "\(seriesFolder)/\(old.year)-\(new.year)" }
    }

    /// All reports of one issuer in one language.
    public struct Series: Sendable, Hashable {
        public var issuer: String
        public var language: String
        /// Under the output folder: the issuer's folder name, with the language after it when
        /// the issuer has reports in more than one (`国务院`, `国务院-en`).
        public var folder: String
        /// In year order, one per year.
        public var members: [Member]
        /// Whether the issuer has series in other languages too.
        public var sharesIssuer: Bool

        /// How the series is named to people: the issuer, with the language when it has others.
        public var name: String { sharesIssuer ? "\(issuer) (\(language))" : issuer }

        /// Each report with the next one.
        public var pairs: [Pair] { zip(members, members.dropFirst()).map { Pair(old: $0, new: $1, seriesFolder: folder) } }
    }

    /// A second report for a series and year already taken (another edition): it is left out.
    public struct Duplicate: Sendable, Hashable {
        public var kept: Member
        public var dropped: Member
    }

    /// By issuer name, then language.
    public var series: [Series]
    public var duplicates: [Duplicate]

    /// Groups `members` by issuer and language and orders each series by year; of two reports
    /// for the same series and year the one with the shorter file name (the plain edition,
    /// `2015.txt` before `2015-rmrb.txt`), then the smaller path, is kept.
    /// - Complexity: O(n log n) in the number of members.
    public init(members: [Member]) {
        struct Key: Hashable, Comparable {
            var issuer: String, language: String
            static func < (a: Key, b: Key) -> Bool { (a.issuer, a.language) < (b.issuer, b.language) }
        }
        var byKey: [Key: [Member]] = [:]
        for member in members { byKey[Key(issuer: member.issuer, language: member.language), default: []].append(member) }
        var languages: [String: Set<String>] = [:]
        for key in byKey.keys { languages[key.issuer, default: []].insert(key.language) }
        var series: [Series] = []
        var duplicates: [Duplicate] = []
        var folders = Set<String>()
        for key in byKey.keys.sorted() {
            let sorted = (byKey[key] ?? []).sorted {
                ($0.year, Self.fileName($0.path).count, $0.path) < ($1.year, Self.fileName($1.path).count, $1.path)
            }
            var kept: [Member] = []
            for member in sorted {
                if let last = kept.last, last.year == member.year {
                    duplicates.append(Duplicate(kept: last, dropped: member))
                } else {
                    kept.append(member)
                }
            }
            let sharesIssuer = (languages[key.issuer]?.count ?? 1) > 1
            let name = sharesIssuer ? "\(key.issuer)-\(key.language)" : key.issuer
            var folder = Self.folderName(forIssuer: name)
            // Two names that still meet (`a-b` and a sanitised `a/b`): the later gets a suffix.
            if folders.contains(folder) { folder += "~" + SHA256.hex(name.utf8).prefix(8) }
            folders.insert(folder)
            series.append(Series(issuer: key.issuer, language: key.language, folder: folder, members: kept, sharesIssuer: sharesIssuer))
        }
        self.series = series
        self.duplicates = duplicates
    }

    /// Every pair of every series, series by series.
    public var pairs: [Pair] { series.flatMap(\.pairs) }

    private static func fileName(_ path: String) -> Substring {
        path.split(separator: "/").last ?? Substring(path)
    }

    /// `zh` when Han characters are at least a quarter of the letters (the rule the reader uses
    /// to read a text as Chinese), `en` otherwise.
    /// - Complexity: O(n) in the length of the report.
    public static func language(of report: Report) -> String {
        var han = 0, latin = 0
        for (_, paragraph) in report.allParagraphs {
            for scalar in paragraph.text.unicodeScalars {
                if scalar.isHan { han += 1 } else if scalar.isASCII, scalar.properties.isAlphabetic { latin += 1 }
            }
        }
        return han > 0 && han * 3 >= latin ? "zh" : "en"
    }

    /// The series a report belongs to when its text names no issuer: its file name without
    /// the year (and a `年` after it) and the extension, trimmed of the separators around the
    /// year — `en-sotu-2016.txt` → `en-sotu`, `2024年晋中政府工作报告.txt` → `晋中政府工作报告`.
    /// Files named alike but for the year are one series, as people name a series of files.
    /// - Returns: `nil` when nothing but the year is left, or the name has no year.
    /// - Complexity: O(n) in the length of the path.
    public static func seriesName(forFileName path: String) -> String? {
        let name = fileName(path)
        let stem = name.lastIndex(of: ".").map { name[..<$0] } ?? name
        let isDigit = { (c: Character) in c.isASCII && c.isNumber }
        var index = stem.startIndex
        while index < stem.endIndex {
            guard isDigit(stem[index]) else { index = stem.index(after: index); continue }
            var end = index
            while end < stem.endIndex, isDigit(stem[end]) { end = stem.index(after: end) }
            if stem.distance(from: index, to: end) == 4, let year = Int(stem[index..<end]), (1900...2099).contains(year) {
                if end < stem.endIndex, stem[end] == "年" { end = stem.index(after: end) }
                let isSeparator = { (c: Character) in c == "-" || c == "_" || c == "." || c.isWhitespace }
                let before = stem[..<index].reversed().drop(while: isSeparator).reversed()
                let after = stem[end...].drop(while: isSeparator)
                let joined = before.isEmpty || after.isEmpty ? String(before) + after : String(before) + "-" + after
                return joined.isEmpty ? nil : joined
            }
            index = end
        }
        return nil
    }

    /// A folder name for an issuer that cannot climb out of the output folder, hide, or meet
    /// another issuer's: path separators and control characters become `-`, a leading dot `_`,
    /// and a name so changed gets a short hash of the original (`a/b` → `a-b~1f2e3d4c`), so
    /// names that differ only there stay apart.
    /// - Complexity: O(n) in the length of the name.
    public static func folderName(forIssuer issuer: String) -> String {
        var name = String(
            String.UnicodeScalarView(
                issuer.unicodeScalars.map { $0 == "/" || $0 == "\\" || $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? "-" : $0 }))
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        if name.isEmpty { name = "_" }
        return name == issuer ? name : name + "~" + SHA256.hex(issuer.utf8).prefix(8)
    }
}
