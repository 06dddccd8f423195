import Foundation
import ReportExport

/// Finds the files of a corpus folder: follows symbolic links but enters each directory once,
/// so a link loop ends the walk instead of hanging it; skips hidden entries and the output folder.
struct CorpusScanner {
    /// What a scan found.
    struct Result {
        /// Files laid out as `<issuer>/<year>.<ext>`.
        var members: [Corpus.Member] = []
        /// Other files that may be reports (`.txt`, `.htm`, `.html`): their issuer and year
        /// must come from their own metadata.
        var others: [String] = []
        /// Directories not entered, and why (a link loop, a link to nowhere).
        var notes: [String] = []
    }

    /// The corpus folder, as given.
    var root: String
    /// The output folder: never scanned, even when it lies inside the corpus.
    var output: String
    /// Deeper folders are not entered: no corpus is laid out that deep.
    var maxDepth = 16

    private static let reportExtensions: Set<String> = ["txt", "htm", "html"]

    /// - Throws: `Failure` when the root is not a readable folder.
    /// - Complexity: O(n) in the number of entries under the root.
    func scan() throws(Failure) -> Result {
        guard let rootID = Self.identity(of: root, isDirectory: true) else {
            throw Failure(file: root, FileManager.default.fileExists(atPath: root) ? "is not a folder" : "no such folder")
        }
        var result = Result()
        var visited: Set<FileIdentity> = [rootID]
        let outputID = Self.identity(of: output, isDirectory: true)
        if let outputID, outputID != rootID { visited.insert(outputID) }
        let base = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        var pending: [(relative: String, depth: Int)] = [("", 0)]
        while let (relative, depth) = pending.popLast() {
            let folder = relative.isEmpty ? base : "\(base)/\(relative)"
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                result.notes.append("\(folder): cannot be listed; skipped")
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let childRelative = relative.isEmpty ? name : "\(relative)/\(name)"
                let path = "\(base)/\(childRelative)"
                var status = stat()
                guard stat(path, &status) == 0 else {
                    result.notes.append("\(path): a link to nowhere; skipped")
                    continue
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    let identity = FileIdentity(status)
                    if !visited.insert(identity).inserted {
                        if outputID != identity {
                            result.notes.append("\(path): a folder already scanned (a link loop?); skipped")
                        }
                    } else if depth + 1 < maxDepth {
                        pending.append((childRelative, depth + 1))
                    }
                } else if status.st_mode & S_IFMT == S_IFREG {
                    if let member = Corpus.member(atRelativePath: childRelative, path: path) {
                        result.members.append(member)
                    } else if Self.reportExtensions.contains(URL(fileURLWithPath: name).pathExtension.lowercased()),
                        childRelative.contains("/")
                    {
                        result.others.append(path)
                    }
                }
            }
        }
        result.members.sort { $0.path < $1.path }
        result.others.sort()
        return result
    }

    /// A file by device and inode: the same folder reached by two paths has one identity.
    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    private static func identity(of path: String, isDirectory: Bool) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT == S_IFDIR) == isDirectory else { return nil }
        return FileIdentity(status)
    }
}
