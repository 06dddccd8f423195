import Foundation

/// An advisory lock (`flock`) on an output folder, held while a command writes into it, so two
/// runs never interleave their files; a second run is told the folder is busy instead of waiting.
final class OutputLock {
    private let descriptor: Int32

    /// Creates `folder` if need be and locks it.
    /// - Returns: `nil` when the folder cannot be opened (a read-only or full disk): the writes
    ///   that follow then fail with the system's own words.
    /// - Throws: `Failure` when another process holds the lock.
    static func acquire(_ folder: URL) throws(Failure) -> OutputLock? {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(descriptor)
            if code == EWOULDBLOCK {
                throw Failure(file: folder.relativePath, "is being written by another report-diff run; try again when it is done")
            }
            return nil
        }
        let lock = OutputLock(descriptor: descriptor)
        OutputFiles.removeStaleTemporaries(in: folder)
        return lock
    }

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }
}
