import Foundation

/// A program run as a child process with its output thrown away: the tools people compare
/// reports with today, and report-diff itself, timed the same way.
struct ExternalCommand {
    var executable: URL
    var arguments: [String]

    /// The program on the `PATH`, if installed.
    static func installed(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs the program to its end and answers what it printed (standard output only when
    /// `capture` is set), or `nil` when it could not start.
    @discardableResult
    func run(capture: Bool = false) -> Data? {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = capture ? pipe : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let output = capture ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        return output
    }
}
