import Foundation
import ReportModel
import ReportParsing

/// What a comparison was made from and by: recorded in the archive so it can be checked later.
public struct Provenance: Sendable, Hashable {
    /// One input file, identified by its bytes.
    public struct Input: Sendable, Hashable {
        /// The file name as given on the command line: relative paths stay relative.
        public var name: String
        public var byteCount: Int
        /// Lowercase hexadecimal SHA-256 of the file's bytes.
        public var sha256: String
        public var encoding: String
        /// How the file was read: `text`, `html`, `pdf` or `docx`; `nil` in archives written
        /// before formats were recorded.
        public var format: String?

        public init(name: String, byteCount: Int, sha256: String, encoding: String, format: String? = nil) {
            self.name = name
            self.byteCount = byteCount
            self.sha256 = sha256
            self.encoding = encoding
            self.format = format
        }

        /// Describes a file from its bytes, its format known from them as the reader knows it.
        public init(name: String, data: Data, encoding: TextEncoding) {
            self.init(name: name, byteCount: data.count, sha256: SHA256.hex(data), encoding: encoding.rawValue,
                      format: SourceFormat.detected(in: data).rawValue)
        }

        /// Whether `data` is the file this input recorded.
        public func matches(_ data: Data) -> Bool {
            data.count == byteCount && SHA256.hex(data) == sha256
        }
    }

    /// An option that shaped the result, as given on the command line.
    public struct Option: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public static let toolName = "report-diff"
    public static let toolVersion = "0.1.0"

    public var tool: String
    public var version: String
    public var old: Input
    public var new: Input
    /// Options that shaped the result, by name, in the order given.
    public var options: [Option]
    /// Only when asked for (`--generated-at`): a timestamp makes two runs differ.
    public var generatedAt: String?

    public init(
        old: Input, new: Input, options: [Option] = [], generatedAt: String? = nil,
        tool: String = Provenance.toolName, version: String = Provenance.toolVersion
    ) {
        self.tool = tool
        self.version = version
        self.old = old
        self.new = new
        self.options = options
        self.generatedAt = generatedAt
    }
}
