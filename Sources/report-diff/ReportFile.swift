import ArgumentParser
import Foundation
import ReportModel
import ReportParsing

/// A failure to report to the user: one line on standard error (control characters escaped),
/// exit status 1 unless it says otherwise.
struct Failure: Error, CustomStringConvertible {
    var description: String
    var status = ExitStatus.failure

    init(_ description: String, status: ExitStatus = .failure) {
        self.description = description
        self.status = status
    }

    init(file: String, _ problem: CustomStringConvertible, status: ExitStatus = .failure) {
        description = "\(displayName(file)): \(problem)"
        self.status = status
    }
}

/// The path that stands for standard input.
let standardInputPath = "-"

/// How a path is named in messages and archives: `<stdin>` for `-`.
func displayName(_ path: String) -> String {
    path == standardInputPath ? "<stdin>" : path
}

/// A report read from a path given on the command line (`-`: standard input).
struct ReportFile: Sendable {
    var path: String
    var data: Data
    var report: Report

    /// How the report is named in messages and archives.
    var name: String { displayName(path) }

    /// Reads and parses `path`; what its text does not say comes from `defaults`, by default
    /// the file's place in a corpus, `<issuer>/<year>.<ext>` (standard input has no place).
    static func load(
        _ path: String, format: SourceFormat = .automatic, defaults: ReportMetadata? = nil,
        decoder: SourceDecoder = SourceDecoder()
    ) throws(Failure) -> ReportFile {
        let data = try readFile(path, byteLimit: decoder.byteLimit)
        // Standard input and devices (`/dev/stdin`) have no place in a corpus.
        let defaults = defaults ?? (path == standardInputPath || path.hasPrefix("/dev/") ? ReportMetadata() : .corpusDefaults(forPath: path))
        do {
            let report = try Report(parsing: data, format: format, defaults: defaults, decoder: decoder)
            return ReportFile(path: path, data: data, report: report)
        } catch ReadError.binary(let offset) {
            throw Failure(file: path, PublishedFormat(data).map(\.advice) ?? "\(ReadError.binary(offset: offset))")
        } catch {
            throw Failure(file: path, error)
        }
    }
}

/// Reads a whole file, or fails with one line naming it. `-` is standard input; a pipe or a
/// device is read up to `byteLimit` (reports: the decoder's limit; archives: none, they grow
/// with their reports); a regular file over it, or empty, is refused by its size before it is read.
func readFile(_ path: String, byteLimit: Int = .max) throws(Failure) -> Data {
    let descriptor = path == standardInputPath ? dup(STDIN_FILENO) : open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(file: path, problem(opening: path, errno: errno)) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw Failure(file: path, problem(opening: path, errno: errno)) }
    if status.st_mode & S_IFMT == S_IFDIR { throw Failure(file: path, "is a directory, not a file") }
    let isRegular = status.st_mode & S_IFMT == S_IFREG
    if isRegular, status.st_size == 0 { throw Failure(file: path, ReadError.empty) }
    if isRegular, status.st_size > byteLimit { throw tooLarge(path, bytes: Int(status.st_size), limit: byteLimit) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            throw Failure(file: path, "cannot be read (\(String(cString: strerror(errno))))")
        }
        if count == 0 { break }
        data.append(contentsOf: buffer[..<count])
        // A pipe or device has no size to check first: stop at the limit (`/dev/zero` ends here).
        if data.count > byteLimit { throw tooLarge(path, bytes: data.count, limit: byteLimit, atLeast: !isRegular) }
    }
    if data.isEmpty { throw Failure(file: path, ReadError.empty) }
    return data
}

private func tooLarge(_ path: String, bytes: Int, limit: Int, atLeast: Bool = false) -> Failure {
    let message = "\(ReadError.tooLarge(bytes: bytes, limit: limit))"
    return Failure(
        file: path, (atLeast ? message.replacingOccurrences(of: "(\(bytes) bytes", with: "(over \(limit) bytes") : message)
            + "; use --max-bytes to raise it")
}

/// Why a path cannot be opened: missing, a dangling link or a loop of links, or forbidden.
private func problem(opening path: String, errno code: Int32) -> String {
    switch code {
    case ELOOP: return "is a loop of symbolic links"
    case ENOENT:
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        return isLink ? "is a symbolic link to nothing" : "no such file"
    case EISDIR: return "is a directory, not a file"
    default: return "cannot be read (\(String(cString: strerror(code))))"
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into one line on standard error and its exit status.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            throw reported(failure)
        }
    }

    /// The same for a body that awaits.
    func reporting(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let failure as Failure {
            throw reported(failure)
        }
    }

    /// Prints the failure's one line and gives the exit status to end with.
    private func reported(_ failure: Failure) -> ExitCode {
        printError(failure.description)
        return ExitCode(failure.status.rawValue)
    }
}

/// `report-diff: message` on standard error, control characters escaped.
func printError(_ message: String) {
    FileHandle.standardError.write(Data("report-diff: \(TerminalText.escaped(message))\n".utf8))
}
