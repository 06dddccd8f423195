import Foundation

/// A format reports are often published in that is not read here, known by its first bytes,
/// with what the user can do instead.
enum PublishedFormat {
    case pdf, docx, doc

    /// The format `data` starts as, if it is one of these.
    /// - Complexity: O(n) in the size of `data` for a ZIP file (a `word/` entry is looked for), O(1) otherwise.
    init?(_ data: Data) {
        if data.starts(with: Array("%PDF-".utf8)) {
            self = .pdf
        } else if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            self = .doc
        } else if data.starts(with: [0x50, 0x4B, 0x03, 0x04]), data.range(of: Data("word/".utf8)) != nil {
            self = .docx
        } else {
            return nil
        }
    }

    /// What the file is and what to do.
    var advice: String {
        switch self {
        case .pdf:
            "a PDF file: save its text first (`pdftotext -layout FILE report.txt`, or copy the text from a PDF reader), then give the text file"
        case .docx:
            "a Word (.docx) file: save it as plain text (UTF-8) or as a web page (.html) from Word or LibreOffice first, then give that file"
        case .doc:
            "a Word (.doc) file: save it as plain text (UTF-8) or as a web page (.html) from Word or LibreOffice first, then give that file"
        }
    }
}
