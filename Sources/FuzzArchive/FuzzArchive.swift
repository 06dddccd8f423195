import Foundation
import ReportExport

/// libFuzzer's entry point: reads arbitrary bytes as a comparison archive and as its
/// provenance alone. Errors are expected; crashes, hangs and sanitizer reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzArchive.read(Data(bytes: bytes, count: count))
    return 0
}

/// Runs one input through the archive reader; without `FUZZING`, replays the files named on
/// the command line.
enum FuzzArchive {
    static func read(_ data: Data) {
        _ = try? ArchiveReader.archive(from: data)
        _ = try? ArchiveReader.provenance(of: data)
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
enum FuzzArchiveDriver {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzArchive))
    }
}
#else
@main
enum FuzzArchiveReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                continue
            }
            FuzzArchive.read(data)
            FileHandle.standardError.write(Data("\(path): ok\n".utf8))
        }
    }
}
#endif
