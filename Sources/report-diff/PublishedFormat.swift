import Foundation

/// A report in a format that is not read here, known by its first bytes, with what to do.
/// PDF and Word (.docx) files are read (`Report(parsing:)`); the old binary Word format is not.
enum PublishedFormat {
    case doc

    /// The format `data` starts as, if it is one of these.
    /// - Complexity: O(1).
    init?(_ data: Data) {
        guard data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) else { return nil }
        self = .doc
    }

    /// What the file is and what to do.
    var advice: String {
        switch self {
        case .doc:
            "a Word (.doc) file: save it as plain text (UTF-8), as a web page (.html) or as .docx from Word or LibreOffice first, then give that file"
        }
    }
}
