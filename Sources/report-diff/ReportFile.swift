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
    static func load(_ path: String, format: SourceFormat = .automatic) throws(Failure) -> ReportFile {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(file: path, "no such file")
        }
        guard !isDirectory.boolValue else { throw Failure(file: path, "is a directory, not a report") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Failure(file: path, "cannot be read (\(error.localizedDescription))")
        }
        do {
            let report = try Report(parsing: data, format: format, defaults: .corpusDefaults(forPath: path))
            return ReportFile(path: path, data: data, report: report)
        } catch {
            throw Failure(file: path, error)
        }
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
