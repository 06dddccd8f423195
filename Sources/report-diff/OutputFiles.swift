import Foundation
import ReportExport

/// Writes outputs so that nothing is ever half-written, written through a planted link, or
/// overwritten by surprise.
struct OutputFiles {
    /// Existing files are replaced only when this is set (`--force`).
    var force: Bool
    /// Paths that must never be written: the inputs.
    var inputs: [String]

    /// Temporary files are named `.report-diff-<random>.partial`: the next run under the
    /// folder's lock knows any left over are from a killed run.
    static let temporaryPrefix = ".report-diff-", temporarySuffix = ".partial"

    /// Refuses before anything is written when any target exists (without `force`), is an
    /// input, or is a symbolic link (a planted link is never written through or replaced).
    func check(_ targets: [URL]) throws(Failure) {
        let inputPaths = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
        for target in targets {
            let path = target.standardizedFileURL.resolvingSymlinksInPath().path
            if inputPaths.contains(path) { throw Failure(file: target.relativePath, "is an input; refusing to write over it") }
            var status = stat()
            guard lstat(target.path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFLNK {
                throw Failure(file: target.relativePath, "is a symbolic link; refusing to write through it (remove it first)")
            }
            if !force { throw Failure(file: target.relativePath, "exists already; use --force to replace it") }
        }
    }

    /// Writes `data` to a new temporary file beside `target` (created exclusively, never through
    /// a link), then renames it into place: an interrupted run leaves the old file or the new
    /// one, never a part; on any failure the temporary file is removed.
    func write(_ data: Data, to target: URL) throws(Failure) {
        let temporary = try writeTemporary(data, besides: target)
        try commit(temporary, to: target)
    }

    /// Writes `files` into `folder` as one set: every file is written to a temporary first (a
    /// failure removes them all); then they are renamed into place last to first, so the first
    /// file is the one that makes the set current. A run killed between renames leaves a first
    /// file that does not match the others, which the up-to-date check of `batch` rejects.
    /// - Returns: where they were written, in the order given.
    func write(_ files: [(name: String, data: Data)], into folder: URL) throws(Failure) -> [URL] {
        var temporaries: [URL] = []
        do throws(Failure) {
            for file in files {
                temporaries.append(try writeTemporary(file.data, besides: folder.appendingPathComponent(file.name)))
            }
        } catch {
            for temporary in temporaries { unlink(temporary.path) }
            throw error
        }
        let targets = files.map { folder.appendingPathComponent($0.name) }
        for index in targets.indices.reversed() {
            do throws(Failure) {
                try commit(temporaries[index], to: targets[index])
            } catch {
                for rest in temporaries[..<index] { unlink(rest.path) }
                throw error
            }
        }
        return targets
    }

    /// Removes temporary files a killed run left in `folder`. Call it only while holding the
    /// lock of the output folder, so no running writer's file is taken.
    static func removeStaleTemporaries(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) && name.hasSuffix(temporarySuffix) {
            var status = stat()
            let path = folder.appendingPathComponent(name).path
            if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { unlink(path) }
        }
    }

    /// A new file beside `target` holding `data`, opened with `O_CREAT|O_EXCL|O_NOFOLLOW` under
    /// a random name, so neither a planted file nor a link can be written through.
    private func writeTemporary(_ data: Data, besides target: URL) throws(Failure) -> URL {
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(file: target.relativePath, "cannot be written (\(Self.reason(error)))")
        }
        var attempt = 0
        while true {
            let random = (0..<12).map { _ in "abcdefghijklmnopqrstuvwxyz0123456789".randomElement() ?? "x" }
            let temporary = folder.appendingPathComponent(Self.temporaryPrefix + String(random) + Self.temporarySuffix)
            let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if descriptor < 0 {
                attempt += 1
                if errno == EEXIST, attempt < 100 { continue }
                throw Failure(file: target.relativePath, "cannot be written (\(String(cString: strerror(errno))))")
            }
            var failure: Int32 = 0
            data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = Foundation.write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += count
                }
            }
            if failure == 0, close(descriptor) != 0 { failure = errno } else if failure != 0 { close(descriptor) }
            if failure != 0 {
                unlink(temporary.path)
                throw Failure(file: target.relativePath, "cannot be written (\(String(cString: strerror(failure))))")
            }
            return temporary
        }
    }

    /// Renames `temporary` onto `target`; on failure removes it.
    private func commit(_ temporary: URL, to target: URL) throws(Failure) {
        if rename(temporary.path, target.path) != 0 {
            let code = errno
            unlink(temporary.path)
            throw Failure(file: target.relativePath, "cannot be written (\(String(cString: strerror(code))))")
        }
    }

    /// The system's own words for a failed folder creation (`Read-only file system`).
    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        if let cocoa = error as? CocoaError, let code = errnoCodes[cocoa.code] { return String(cString: strerror(code)) }
        return nsError.localizedDescription
    }

    /// Foundation's errors that stand for a POSIX error (Linux reports these without one).
    private static let errnoCodes: [CocoaError.Code: Int32] = [
        .fileWriteOutOfSpace: ENOSPC, .fileWriteVolumeReadOnly: EROFS, .fileWriteNoPermission: EACCES,
    ]

    /// Writes the files `compare` makes for `archive` into `folder`: all refused before any is
    /// written, then as one set whose archive is renamed into place last (see `write(_:into:)`).
    /// - Returns: where they were written, the archive first.
    func writeExports(of archive: ComparisonArchive, into folder: URL) async throws(Failure) -> [URL] {
        let files: [(name: String, data: Data)]
        do throws(ArchiveError) {
            files = try await archive.exportFiles()
        } catch {
            throw Failure("internal error: the archive does not validate against the schema: \(error)")
        }
        try check(files.map { folder.appendingPathComponent($0.name) })
        return try write(files, into: folder)
    }
}
