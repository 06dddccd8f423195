/// The reports of a corpus grouped by issuer, each issuer's in year order, with the pairs of
/// consecutive years to compare.
///
/// Built from what a scan found; it never looks at the file system itself.
public struct Corpus: Sendable, Hashable {
    /// One report file: where it is and whose report of which year it is.
    public struct Member: Sendable, Hashable {
        /// The path as found, used to read the file and as its name in archives.
        public var path: String
        public var issuer: String
        public var year: Int

        public init(path: String, issuer: String, year: Int) {
            self.path = path
            self.issuer = issuer
            self.year = year
        }
    }

    /// Two reports of one issuer in consecutive years of the corpus.
    public struct Pair: Sendable, Hashable {
        public var old: Member
        public var new: Member

        public init(old: Member, new: Member) {
            self.old = old
            self.new = new
        }

        public var issuer: String { old.issuer }

        /// Where the pair's files go under the output folder: `cn-national/2024-2025`.
        public var folder: String { "\(Corpus.folderName(forIssuer: issuer))/\(old.year)-\(new.year)" }
    }

    /// All reports of one issuer.
    public struct Series: Sendable, Hashable {
        public var issuer: String
        /// In year order, one per year.
        public var members: [Member]

        /// Each report with the next one.
        public var pairs: [Pair] { zip(members, members.dropFirst()).map { Pair(old: $0, new: $1) } }
    }

    /// A second report for an issuer and year already taken: it is left out.
    public struct Duplicate: Sendable, Hashable {
        public var kept: Member
        public var dropped: Member
    }

    /// By issuer name.
    public var series: [Series]
    public var duplicates: [Duplicate]

    /// Groups `members` by issuer and orders each issuer's by year; of two reports for the
    /// same issuer and year the one with the smaller path is kept.
    /// - Complexity: O(n log n) in the number of members.
    public init(members: [Member]) {
        var byIssuer: [String: [Member]] = [:]
        for member in members { byIssuer[member.issuer, default: []].append(member) }
        var series: [Series] = []
        var duplicates: [Duplicate] = []
        for issuer in byIssuer.keys.sorted() {
            let sorted = (byIssuer[issuer] ?? []).sorted { ($0.year, $0.path) < ($1.year, $1.path) }
            var kept: [Member] = []
            for member in sorted {
                if let last = kept.last, last.year == member.year {
                    duplicates.append(Duplicate(kept: last, dropped: member))
                } else {
                    kept.append(member)
                }
            }
            series.append(Series(issuer: issuer, members: kept))
        }
        self.series = series
        self.duplicates = duplicates
    }

    /// Every pair of every issuer, issuer by issuer.
    public var pairs: [Pair] { series.flatMap(\.pairs) }

    /// The issuer and year a corpus path gives, `<issuer>/<year>.<ext>` relative to the
    /// corpus folder; `nil` for any other shape.
    /// - Complexity: O(n) in the length of the path.
    public static func member(atRelativePath relativePath: String, path: String) -> Member? {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard components.count == 2, let dot = components[1].lastIndex(of: ".") else { return nil }
        let stem = components[1][..<dot]
        guard stem.count == 4, stem.allSatisfy(\.isASCII), let year = Int(stem) else { return nil }
        return Member(path: path, issuer: String(components[0]), year: year)
    }

    /// A folder name for an issuer that cannot climb out of the output folder or hide:
    /// path separators become `-`, a leading dot `_`.
    /// - Complexity: O(n) in the length of the name.
    public static func folderName(forIssuer issuer: String) -> String {
        var name = String(issuer.map { $0 == "/" || $0 == "\\" || $0.isNewline ? "-" : $0 })
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return name.isEmpty ? "_" : name
    }
}
