import Foundation
import ReportModel
import ReportParsing

/// libFuzzer's entry point: reads arbitrary bytes as plain text and as HTML, then builds the
/// outline and reads the facts. Any crash, hang or sanitizer report is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReading(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzReading.read(Data(bytes: bytes, count: count))
    return 0
}

/// Runs one input through every reading path; without `FUZZING`, replays the files named on
/// the command line (each a saved finding or seed).
enum FuzzReading {
    static func read(_ data: Data) {
        let extractor = FactExtractor()
        for format in SourceFormat.allCases {
            guard let report = try? Report(parsing: data, format: format) else { continue }
            _ = extractor.facts(in: report)
        }
    }
}

#if FUZZING
/// libFuzzer's driver, linked from its runtime; the three arguments are pointers, passed alike
/// by the Swift and C conventions.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ body: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Hands control to libFuzzer's driver: SwiftPM renames an executable's `main`, so libFuzzer's
/// own `main` is never linked in.
@main
enum FuzzReadingDriver {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzReading))
    }
}
#else
@main
enum FuzzReadingReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                continue
            }
            FuzzReading.read(data)
            FileHandle.standardError.write(Data("\(path): ok\n".utf8))
        }
    }
}
#endif
