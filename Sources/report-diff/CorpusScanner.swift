import Foundation
import ReportExport

/// Finds the files of a corpus folder that may be reports, whatever its layout. Symbolic links
/// are followed only while they stay inside the folder (anywhere with `followLinks`); each
/// directory is entered once, so a link loop ends the walk; hidden entries and the output
/// folder are never read.
struct CorpusScanner {
    /// A file to read.
    struct Candidate: Equatable {
        var path: String
        /// Whether it lies in a subfolder, which then names its issuer when its text does not
        /// (`<issuer>/<year>.txt`); a file at the top has only its text to go by.
        var inSubfolder: Bool
    }

    /// What a scan found.
    struct Result {
        /// Files with a report's extension, in path order.
        var candidates: [Candidate] = []
        /// Entries not read, and why (a link out of the folder, an old Word file, a link loop).
        var skipped: [String] = []
    }

    /// The corpus folder, as given.
    var root: String
    /// The output folder: never scanned, even when it lies inside the corpus.
    var output: String
    /// Follow symbolic links that lead out of the corpus folder (`--follow-links`).
    var followLinks = false
    /// Deeper folders are not entered: no corpus is laid out that deep.
    var maxDepth = 16

    /// The extensions of the formats reports are read in.
    static let reportExtensions: Set<String> = ["txt", "text", "md", "markdown", "htm", "html", "xhtml", "mht", "mhtml", "pdf", "docx"]

    /// - Throws: `Failure` when the root is not a readable folder, or is the output folder.
    /// - Complexity: O(n) in the number of entries under the root.
    func scan() throws(Failure) -> Result {
        guard let rootID = Self.identity(of: root, isDirectory: true) else {
            throw Failure(file: root, FileManager.default.fileExists(atPath: root) ? "is not a folder" : "no such folder")
        }
        let outputID = Self.identity(of: output, isDirectory: true)
        if outputID == rootID {
            throw Failure(file: output, "is the corpus folder itself; write the outputs elsewhere (-o)", status: .usage)
        }
        let rootReal = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        var result = Result()
        var visited: Set<FileIdentity> = [rootID]
        if let outputID { visited.insert(outputID) }
        let base = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        var pending: [(relative: String, depth: Int)] = [("", 0)]
        while let (relative, depth) = pending.popLast() {
            let folder = relative.isEmpty ? base : "\(base)/\(relative)"
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                result.skipped.append("\(folder): cannot be listed")
                continue
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let childRelative = relative.isEmpty ? name : "\(relative)/\(name)"
                let path = "\(base)/\(childRelative)"
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFLNK {
                    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                    let inside = target == rootReal || target.hasPrefix(rootReal == "/" ? "/" : rootReal + "/")
                    if !inside, !followLinks {
                        result.skipped.append("\(path): a symbolic link out of the corpus folder (--follow-links follows it)")
                        continue
                    }
                    guard stat(path, &status) == 0 else {
                        result.skipped.append("\(path): a link to nothing")
                        continue
                    }
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    let identity = FileIdentity(status)
                    if !visited.insert(identity).inserted {
                        if outputID != identity { result.skipped.append("\(path): a folder already scanned (a link loop?)") }
                    } else if depth + 1 < maxDepth {
                        pending.append((childRelative, depth + 1))
                    }
                } else if status.st_mode & S_IFMT == S_IFREG {
                    let pathExtension = URL(fileURLWithPath: name).pathExtension.lowercased()
                    if Self.reportExtensions.contains(pathExtension) {
                        result.candidates.append(Candidate(path: path, inSubfolder: !relative.isEmpty))
                    } else if let advice = Self.advice[pathExtension] {
                        result.skipped.append("\(path): \(advice)")
                    }
                }
            }
        }
        result.candidates.sort { $0.path < $1.path }
        return result
    }

    /// What to do with a report in a format not read here, by extension.
    private static let advice: [String: String] = [
        "doc": PublishedFormat.doc.advice
    ]

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
