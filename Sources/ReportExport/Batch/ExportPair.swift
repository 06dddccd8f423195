import Foundation

/// The archive and page `compare` writes side by side, and whether two files on disk are one.
public enum ExportPair {
    /// Whether `page` is complete and was rendered from exactly `archive`: the page carries the
    /// archive's SHA-256 (`data-archive`) and ends as every page ends.
    /// - Complexity: O(n) in the sizes of the files.
    public static func belongTogether(archive: Data, page: Data) -> Bool {
        let key = Data("data-archive=\"\(SHA256.hex(archive))\"".utf8)
        return page.suffix(8) == Data("</html>\n".utf8) && page.range(of: key) != nil
    }
}
