import Foundation

/// A folder of its own under the system's temporary folder, removed with everything in it when
/// the last reference goes: a test holds one for its whole run and leaves nothing behind.
public final class TemporaryFolder: Sendable {
    public let url: URL

    public init(_ label: String) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("report-diff-\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Write permission may have been taken away by a test; give it back so the removal works.
        _ = chmod(url.path, 0o700)
        try? FileManager.default.removeItem(at: url)
    }

    public var path: String { url.path }

    public func appendingPathComponent(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `bytes` to `name` in the folder.
    /// - Returns: its path.
    public func file(_ name: String, _ bytes: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try bytes.write(to: file)
        return file.path
    }
}
