/// Why a report could not be read at all. Odd content never throws; it becomes a diagnostic.
public enum ReadError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case binary(offset: Int)
    case undecodable(byte: UInt8, offset: Int)
    case tooLarge(bytes: Int, limit: Int)
    case noText
    case html(String)
    /// A PDF file that cannot be read: damaged, encrypted, or no `pdftotext` to read it.
    case pdf(String)
    /// A Word (.docx) file that cannot be read.
    case word(String)

    public var description: String {
        switch self {
        case .empty:
            "the file is empty"
        case .binary(let offset):
            "looks like a binary file (NUL byte at offset \(offset)), not a report"
        case .undecodable(let byte, let offset):
            "not UTF-8, UTF-16 or GB18030 (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset))"
        case .tooLarge(let bytes, let limit):
            "too large (\(bytes) bytes; the limit is \(limit))"
        case .noText:
            "contains no text"
        case .html(let message):
            "unreadable HTML: \(message)"
        case .pdf(let message):
            "PDF file: \(message)"
        case .word(let message):
            "Word file: \(message)"
        }
    }
}
