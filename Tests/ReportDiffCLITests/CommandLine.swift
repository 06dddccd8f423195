import Foundation
import TestSupport

/// Runs the built `report-diff` executable, as a user would.
struct ReportDiffCommand {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static let packageRoot = SampleReports.root

    /// The executable beside the test bundle in the build folder.
    static var executable: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("report-diff")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/report-diff")
    }

    /// Runs `report-diff` with `arguments` in `directory`, its standard input read from
    /// `input` (a file) when given.
    static func run(_ arguments: [String], in directory: URL = packageRoot, input: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let input { process.standardInput = try FileHandle(forReadingFrom: input) }
        // Standard error goes to a file, so one pipe read to its end cannot block the process
        // and no second thread is needed to drain the other.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("report-diff-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errors = try FileHandle(forWritingTo: errorFile)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errors.close()
        let errorReader = try FileHandle(forReadingFrom: errorFile)
        let errorData = try errorReader.readToEnd() ?? Data()
        try errorReader.close()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }
}
