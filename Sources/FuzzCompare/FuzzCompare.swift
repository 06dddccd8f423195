import Foundation
import FuzzSupport
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

/// Runs one input through comparison and the archive round trip.
enum FuzzCompare {
    static func compare(_ data: Data) {
        guard let separator = data.firstIndex(of: 0) else { return }
        let oldData = data[..<separator], newData = data[(separator + 1)...]
        guard let old = try? Report(parsing: Data(oldData)), let new = try? Report(parsing: Data(newData)) else { return }
        FuzzHarness.wait {
            let archive = await ComparisonArchive(old: ("old.txt", Data(oldData), old), new: ("new.txt", Data(newData), new))
            // An archive the tool writes must always read back: a failure here is a corrupt export.
            guard let xml = try? archive.xml() else { fatalError("the archive of a comparison does not validate") }
            guard (try? ArchiveReader.archive(from: xml)) != nil else { fatalError("a written archive does not read back") }
        }
    }
}

@main
enum FuzzCompareMain {
    static func main() {
        FuzzHarness.main(fuzzing: fuzzCompare, replaying: FuzzCompare.compare)
    }
}
