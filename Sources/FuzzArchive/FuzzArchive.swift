import Foundation
import FuzzSupport
import ReportExport

/// libFuzzer's entry point: reads arbitrary bytes as a comparison archive and as its
/// provenance alone. Errors are expected; crashes, hangs and sanitizer reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArchive(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    FuzzArchive.read(Data(bytes: bytes, count: count))
    return 0
}

/// Runs one input through the archive reader.
enum FuzzArchive {
    static func read(_ data: Data) {
        _ = try? ArchiveReader.archive(from: data)
        _ = try? ArchiveReader.provenance(of: data)
    }
}

@main
enum FuzzArchiveMain {
    static func main() {
        FuzzHarness.main(fuzzing: fuzzArchive, replaying: FuzzArchive.read)
    }
}
