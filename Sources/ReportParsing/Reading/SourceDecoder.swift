import Foundation
import ReportModel

/// Turns a report's bytes into text: by byte-order mark, then strict UTF-8, then GB18030, or
/// Big5 where the GB18030 reading shows Big5's mark.
///
/// GB18030 is a superset of GBK and GB2312, so one fallback covers the encodings Chinese
/// government sites use. UTF-16 without a BOM is recognised by its NUL bytes in alternate places.
public struct SourceDecoder: Sendable {
    /// Inputs above this size are refused rather than read.
    public var byteLimit: Int

    /// 64 MiB: hundreds of times a long report, small enough to refuse before minutes of work.
    public static let defaultByteLimit = 64 << 20

    public init(byteLimit: Int = defaultByteLimit) {
        self.byteLimit = byteLimit
    }

    /// - Complexity: O(n) in the number of bytes.
    public func decode(_ data: Data) throws(ReadError) -> (text: String, encoding: TextEncoding) {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= byteLimit else { throw .tooLarge(bytes: data.count, limit: byteLimit) }
        let bytes = [UInt8](data)

        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (try utf8(bytes.dropFirst(3), offset: 3), .utf8WithBOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return (try utf16(bytes.dropFirst(2), bigEndian: false, offset: 2), .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return (try utf16(bytes.dropFirst(2), bigEndian: true, offset: 2), .utf16BigEndian)
        }
        if let bigEndian = Self.bomlessUTF16(bytes) {
            return (
                try utf16(bytes[...], bigEndian: bigEndian, offset: 0),
                bigEndian ? .utf16BigEndian : .utf16LittleEndian
            )
        }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(offset: nul) }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        // Several Han characters of UTF-8 followed by a broken byte is damaged UTF-8 (or UTF-8 mixed with GBK),
        // not GB18030: reading it as GB18030 would garble the valid part without an error.
        let bad = Self.firstInvalidUTF8(bytes[...])
        if bytes[..<bad].count(where: { $0 >= 0xE0 }) >= 3 {
            throw .undecodable(byte: bytes[bad], offset: bad)
        }
        let text = try gb18030(bytes)
        if Self.looksLikeBig5(readAsGB: text), Self.isBig5(bytes),
            let big5 = String(data: Data(bytes), encoding: Self.big5Encoding)
        {
            return (big5, .big5)
        }
        return (text, .gb18030)
    }

    private func utf8(_ bytes: ArraySlice<UInt8>, offset: Int) throws(ReadError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let bad = Self.firstInvalidUTF8(bytes)
        throw .undecodable(byte: bytes[bytes.startIndex + bad], offset: offset + bad)
    }

    private func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool, offset: Int) throws(ReadError) -> String {
        guard bytes.count % 2 == 0 else {
            throw .undecodable(byte: bytes.last ?? 0, offset: offset + bytes.count - 1)
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = ""
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var position = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" { throw .binary(offset: offset + position * 2) }
                text.unicodeScalars.append(scalar)
                position += scalar.utf16.count
            case .emptyInput:
                break loop
            case .error:
                let byteOffset = offset + position * 2
                throw .undecodable(byte: bytes[bytes.startIndex + position * 2], offset: byteOffset)
            }
        }
        return text
    }

    private func gb18030(_ bytes: [UInt8]) throws(ReadError) -> String {
        if let bad = Self.firstInvalidGB18030(bytes) {
            throw .undecodable(byte: bytes[bad], offset: bad)
        }
        guard let text = String(data: Data(bytes), encoding: Self.gb18030Encoding) else {
            throw .undecodable(byte: bytes.first ?? 0, offset: 0)
        }
        return text
    }

    /// CoreFoundation's GB 18030-2000 (0x0632) as a Foundation encoding; `.gbk` does not exist.
    private static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)

    /// CoreFoundation's Big5-HKSCS (0x0A06), a superset of Big5.
    private static let big5Encoding = String.Encoding(rawValue: 0x8000_0A06)

    /// Big5 (a Taiwan or Hong Kong page) fits GB18030's grammar, so it decodes without an error,
    /// but its commonest characters, lead bytes A4–A9, fall on GB's rows of kana, Greek, Cyrillic,
    /// bopomofo and box drawing: one such symbol in eight characters beyond ASCII, where a
    /// Chinese text in GB holds next to none. One in twenty-five tells them apart.
    private static func looksLikeBig5(readAsGB text: String) -> Bool {
        var beyondASCII = 0, symbols = 0
        for scalar in text.unicodeScalars where !scalar.isASCII {
            beyondASCII += 1
            switch scalar.value {
            case 0x0391...0x045F, 0x2500...0x257F, 0x3040...0x312F: symbols += 1
            default: break
            }
        }
        return symbols > 0 && symbols * 25 >= beyondASCII
    }

    /// Whether `bytes` keep Big5's grammar: a lead byte 81–FE, then 40–7E or A1–FE. Checked
    /// here because Foundation's converter drops what it cannot read without an error.
    private static func isBig5(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else { return false }
            let trail = bytes[index + 1]
            guard (0x40...0x7E).contains(trail) || (0xA1...0xFE).contains(trail) else { return false }
            index += 2
        }
        return true
    }

    /// Detects UTF-16 without a BOM: text whose even or odd bytes are mostly NUL.
    private static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4, sample.count % 2 == 0 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if evenZeros * 10 >= half * 6, oddZeros == 0 { return true }
        if oddZeros * 10 >= half * 6, evenZeros == 0 { return false }
        return nil
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let length = bytes[index] < 0x80 ? 1 : bytes[index] < 0xE0 ? 2 : bytes[index] < 0xF0 ? 3 : 4
            let end = min(index + length, bytes.endIndex)
            if String(validating: bytes[index..<end], as: UTF8.self) == nil {
                return index - bytes.startIndex
            }
            index = end
        }
        return 0
    }

    /// The offset of the first byte that breaks GB18030's one-, two- and four-byte grammar.
    ///
    /// Foundation's converter substitutes silently on some platforms, so the grammar is
    /// checked here first. - Complexity: O(n).
    private static func firstInvalidGB18030(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            guard (0x81...0xFE).contains(lead), index + 1 < bytes.count else { return index }
            let second = bytes[index + 1]
            if (0x40...0xFE).contains(second), second != 0x7F {
                index += 2
            } else if (0x30...0x39).contains(second), index + 3 < bytes.count,
                (0x81...0xFE).contains(bytes[index + 2]), (0x30...0x39).contains(bytes[index + 3])
            {
                index += 4
            } else {
                return index
            }
        }
        return nil
    }
}
