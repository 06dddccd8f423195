import Foundation

/// A web page saved as one file (`.mhtml`, `.mht`: a browser's “Webpage, Single File”): a MIME
/// message whose first `text/html` part is the page, its images and stylesheets in the parts
/// after it. The page is taken out and read as any page is; its lines are the page's.
enum WebArchive {
    /// The page inside `data`, its quoted-printable or base64 undone; `nil` when `data` is no
    /// MIME web archive or holds no page.
    /// - Complexity: O(n) in the size of `data`.
    static func page(in data: Data) -> Data? {
        // A MIME message declares its version in its header; most inputs are no such message.
        guard String(decoding: data.prefix(2048), as: UTF8.self).lowercased().contains("mime-version:") else { return nil }
        let bytes = [UInt8](data)
        guard let headerEnd = blankLine(in: bytes[...]) else { return nil }
        let header = fields(bytes[..<headerEnd.start])
        guard header["mime-version"] != nil, let type = header["content-type"],
            type.lowercased().hasPrefix("multipart/related"), let boundary = parameter("boundary", of: type)
        else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        var parts = bytes[headerEnd.end...]
        while let start = find(delimiter, in: parts) {
            parts = parts[(start + delimiter.count)...]
            guard let partHeaderEnd = blankLine(in: parts) else { return nil }
            let partHeader = fields(parts[..<partHeaderEnd.start])
            let bodyEnd = find(delimiter, in: parts[partHeaderEnd.end...]) ?? parts.endIndex
            guard partHeader["content-type"]?.lowercased().hasPrefix("text/html") == true else { continue }
            let body = parts[partHeaderEnd.end..<bodyEnd]
            switch partHeader["content-transfer-encoding"]?.lowercased() {
            case "quoted-printable": return Data(quotedPrintable(body))
            case "base64": return Data(base64Encoded: Data(body), options: .ignoreUnknownCharacters)
            default: return Data(body)
            }
        }
        return nil
    }

    /// Where the first empty line (CRLF or LF) starts and where what follows it starts.
    private static func blankLine(in bytes: ArraySlice<UInt8>) -> (start: Int, end: Int)? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "\n") else {
                index += 1
                continue
            }
            var next = index + 1
            if next < bytes.endIndex, bytes[next] == UInt8(ascii: "\r") { next += 1 }
            if next < bytes.endIndex, bytes[next] == UInt8(ascii: "\n") { return (index, next + 1) }
            index += 1
        }
        return nil
    }

    /// A header's fields by lowercased name, lines folded onto the one before them joined.
    private static func fields(_ header: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        var name: String?
        for line in String(decoding: header, as: UTF8.self).split(whereSeparator: \.isNewline) {
            if line.first == " " || line.first == "\t", let name {
                result[name, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                name = line[..<colon].lowercased()
                result[name!] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return result
    }

    /// `boundary` of `multipart/related; type="text/html"; boundary="----MultipartBoundary--x"`.
    private static func parameter(_ name: String, of field: String) -> String? {
        for piece in field.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            let value = pair[1].trimmingCharacters(in: .whitespaces)
            return value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 ? String(value.dropFirst().dropLast()) : value
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = bytes.startIndex
        while let candidate = bytes[index...].firstIndex(of: first), candidate + needle.count <= bytes.endIndex {
            if bytes[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// `=E6=94=BF` is a byte each; `=` at a line's end joins the line to the next.
    private static func quotedPrintable(_ body: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(body.count)
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            guard byte == UInt8(ascii: "=") else {
                result.append(byte)
                index += 1
                continue
            }
            var next = index + 1
            if next < body.endIndex, body[next] == UInt8(ascii: "\r") { next += 1 }
            if next < body.endIndex, body[next] == UInt8(ascii: "\n") {
                index = next + 1
            } else if index + 2 < body.endIndex, let high = hexValue(body[index + 1]), let low = hexValue(body[index + 2]) {
                result.append(high << 4 | low)
                index += 3
            } else {
                result.append(byte)
                index += 1
            }
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
