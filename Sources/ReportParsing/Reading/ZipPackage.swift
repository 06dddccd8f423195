import CArchive
import Foundation

/// The entries of a ZIP package (a Word document's container), read by libarchive.
///
/// Only the entries asked for are inflated, each up to a byte limit, so a small archive that
/// inflates to gigabytes (a "zip bomb") is refused rather than read.
struct ZipPackage {
    /// Why a package cannot be read: the message libarchive gave, or the limit an entry passed.
    struct Failure: Error, Sendable, Hashable {
        var message: String
    }

    /// The entries named in `wanted`, by name, as stored (a name absent from the package is absent here).
    ///
    /// - Parameter byteLimit: the most bytes one entry may inflate to.
    /// - Complexity: O(n) in the size of the package plus the size of the wanted entries.
    static func entries(of data: Data, named wanted: Set<String>, byteLimit: Int) throws(Failure) -> [String: Data] {
        guard let archive = archive_read_new() else { throw Failure(message: "libarchive could not start") }
        defer { archive_read_free(archive) }
        archive_read_support_format_zip(archive)
        let result: Result<[String: Data], Failure> = data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress, archive_read_open_memory(archive, base, bytes.count) == ARCHIVE_OK else {
                return .failure(Failure(message: errorMessage(archive)))
            }
            var found: [String: Data] = [:]
            var entry: OpaquePointer?
            while true {
                let status = archive_read_next_header(archive, &entry)
                if status == ARCHIVE_EOF { break }
                guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                    return .failure(Failure(message: errorMessage(archive)))
                }
                guard let pathname = archive_entry_pathname(entry) else { continue }
                let name = String(cString: pathname)
                guard wanted.contains(name) else { continue }
                switch contents(of: archive, name: name, byteLimit: byteLimit) {
                case .success(let contents): found[name] = contents
                case .failure(let failure): return .failure(failure)
                }
            }
            return .success(found)
        }
        return try result.get()
    }

    /// Inflates the current entry, stopping at `byteLimit`.
    private static func contents(of archive: OpaquePointer, name: String, byteLimit: Int) -> Result<Data, Failure> {
        var contents = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, $0.count) }
            if count == 0 { return .success(contents) }
            guard count > 0 else { return .failure(Failure(message: "\(name): \(errorMessage(archive))")) }
            contents.append(contentsOf: buffer[..<count])
            if contents.count > byteLimit {
                return .failure(Failure(message: "\(name) inflates to over \(byteLimit) bytes"))
            }
        }
    }

    private static func errorMessage(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unreadable ZIP archive"
    }
}
