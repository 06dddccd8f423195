import ArgumentParser
import ReportParsing

/// The `--max-bytes` option of every command that reads reports.
struct InputLimits: ParsableArguments {
    @Option(help: "Refuse a report larger than this many bytes (64 MiB; a national report is ~100 KB).")
    var maxBytes: Int = SourceDecoder.defaultByteLimit

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be a positive number of bytes") }
    }

    var decoder: SourceDecoder { SourceDecoder(byteLimit: maxBytes) }
}
