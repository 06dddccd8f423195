import Foundation

/// A folder of its own under the system's temporary folder, removed with everything in it when
/// the last reference goes: a test holds one for its whole run and leaves nothing behind.
final class TemporaryFolder: Sendable {
    let url: URL

    init(_ label: String) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("report-diff-\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Write permission may have been taken away by a test; give it back so the removal works.
        _ = chmod(url.path, 0o700)
        try? FileManager.default.removeItem(at: url)
    }

    var path: String { url.path }

    func appendingPathComponent(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `bytes` to `name` in the folder.
    /// - Returns: its path.
    func file(_ name: String, _ bytes: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try bytes.write(to: file)
        return file.path
    }
}
