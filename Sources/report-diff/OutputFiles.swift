import Foundation
import ReportExport

/// Writes outputs so that nothing is ever half-written or overwritten by surprise.
struct OutputFiles {
    /// Existing files are replaced only when this is set (`--force`).
    var force: Bool
    /// Paths that must never be written: the inputs.
    var inputs: [String]

    /// Refuses before anything is written when any target exists (without `force`) or is an input.
    func check(_ targets: [URL]) throws(Failure) {
        let inputPaths = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
        for target in targets {
            let path = target.standardizedFileURL.resolvingSymlinksInPath().path
            if inputPaths.contains(path) { throw Failure(file: target.relativePath, "is an input; refusing to write over it") }
            if !force, FileManager.default.fileExists(atPath: target.path) {
                throw Failure(file: target.relativePath, "exists already; use --force to replace it")
            }
        }
    }

    /// Writes `data` to a temporary file beside `target`, then renames it into place: an
    /// interrupted run leaves the old file or the new one, never a part.
    func write(_ data: Data, to target: URL) throws(Failure) {
        let folder = target.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).partial")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, target.path) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(file: target.relativePath, "cannot be written (\(Self.reason(error)))")
        }
    }

    /// The system's own words for a failed write (`No space left on device`).
    private static func reason(_ error: Error) -> String {
        if let cocoa = error as? CocoaError, let code = Self.errnoCodes[cocoa.code] {
            return String(cString: strerror(code))
        }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return nsError.localizedDescription
    }

    /// Foundation's write errors that stand for a POSIX error (Linux reports these without one).
    private static let errnoCodes: [CocoaError.Code: Int32] = [
        .fileWriteOutOfSpace: ENOSPC, .fileWriteVolumeReadOnly: EROFS, .fileWriteNoPermission: EACCES,
    ]

    /// Writes the files `compare` makes for `archive` into `folder`: all refused before any is
    /// written, then each atomically.
    /// - Returns: where they were written.
    func writeExports(of archive: ComparisonArchive, into folder: URL) throws(Failure) -> [URL] {
        let files: [(name: String, data: Data)]
        do throws(ArchiveError) {
            files = try archive.exportFiles()
        } catch {
            throw Failure("internal error: the archive does not validate against the schema: \(error)")
        }
        let targets = files.map { folder.appendingPathComponent($0.name) }
        try check(targets)
        for (file, target) in zip(files, targets) { try write(file.data, to: target) }
        return targets
    }
}
