import Foundation
import FuzzSupport
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

/// Runs one input through every reading path.
enum FuzzReading {
    static func read(_ data: Data) {
        let extractor = FactExtractor()
        for format in SourceFormat.allCases {
            guard let report = try? Report(parsing: data, format: format) else { continue }
            _ = extractor.facts(in: report)
        }
    }
}

@main
enum FuzzReadingMain {
    static func main() {
        FuzzHarness.main(fuzzing: fuzzReading, replaying: FuzzReading.read)
    }
}
