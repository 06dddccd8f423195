import Foundation
import ReportExport
import ReportModel
import ReportParsing

/// libFuzzer's entry point: splits the bytes at the first NUL into two reports, compares them,
/// writes the archive and reads it back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCompare(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzCompare.compare(Data(bytes: bytes, count: count))
    return 0
}

/// Runs one input through comparison and the archive round trip; without `FUZZING`, replays
/// the files named on the command line.
enum FuzzCompare {
    static func compare(_ data: Data) {
        guard let separator = data.firstIndex(of: 0) else { return }
        let oldData = data[..<separator], newData = data[(separator + 1)...]
        guard let old = try? Report(parsing: Data(oldData)), let new = try? Report(parsing: Data(newData)) else { return }
        let archive = ComparisonArchive(old: ("old.txt", Data(oldData), old), new: ("new.txt", Data(newData), new))
        // An archive the tool writes must always read back: a failure here is a corrupt export.
        guard let xml = try? archive.xml() else { fatalError("the archive of a comparison does not validate") }
        guard (try? ArchiveReader.archive(from: xml)) != nil else { fatalError("a written archive does not read back") }
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
enum FuzzCompareDriver {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzCompare))
    }
}
#else
@main
enum FuzzCompareReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                continue
            }
            FuzzCompare.compare(data)
            FileHandle.standardError.write(Data("\(path): ok\n".utf8))
        }
    }
}
#endif
