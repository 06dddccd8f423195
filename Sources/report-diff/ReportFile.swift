import ArgumentParser
import Foundation
import ReportModel
import ReportParsing

/// A failure to report to the user: one line on standard error, exit status 1.
struct Failure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) { self.description = description }

    init(file: String, _ problem: CustomStringConvertible) {
        description = "\(file): \(problem)"
    }
}

/// A report read from a path given on the command line.
struct ReportFile {
    var path: String
    var data: Data
    var report: Report

    /// Reads and parses `path`; the issuer and year default to the file's place in a corpus,
    /// `<issuer>/<year>.<ext>`.
    static func load(
        _ path: String, format: SourceFormat = .automatic, decoder: SourceDecoder = SourceDecoder()
    ) throws(Failure) -> ReportFile {
        let data = try readFile(path, byteLimit: decoder.byteLimit)
        do {
            let report = try Report(parsing: data, format: format, defaults: .corpusDefaults(forPath: path), decoder: decoder)
            return ReportFile(path: path, data: data, report: report)
        } catch {
            throw Failure(file: path, error)
        }
    }
}

/// Reads a whole file, or fails with one line naming it. A file over `byteLimit` (reports: the
/// decoder's limit; archives: none, they grow with their reports), or empty, is refused by its
/// size before it is read.
func readFile(_ path: String, byteLimit: Int = .max) throws(Failure) -> Data {
    var status = stat()
    guard stat(path, &status) == 0 else { throw Failure(file: path, problem(opening: path, errno: errno)) }
    if status.st_mode & S_IFMT == S_IFDIR { throw Failure(file: path, "is a directory, not a file") }
    // An empty regular file is refused before it is read: Foundation leaks a buffer reading one.
    if status.st_mode & S_IFMT == S_IFREG, status.st_size == 0 { throw Failure(file: path, ReadError.empty) }
    if status.st_size > byteLimit {
        let tooLarge = ReadError.tooLarge(bytes: Int(status.st_size), limit: byteLimit)
        throw Failure(file: path, "\(tooLarge); use --max-bytes to raise it")
    }
    do {
        return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
        throw Failure(file: path, "cannot be read (\(error.localizedDescription))")
    }
}

/// Why a path cannot be opened: missing, a dangling link or a loop of links, or forbidden.
private func problem(opening path: String, errno code: Int32) -> String {
    switch code {
    case ELOOP: return "is a loop of symbolic links"
    case ENOENT:
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
        return isLink ? "is a symbolic link to nothing" : "no such file"
    default: return "cannot be read (\(String(cString: strerror(code))))"
    }
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into one line on standard error and exit status 1.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            FileHandle.standardError.write(Data("report-diff: \(failure.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
