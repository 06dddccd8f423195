import Foundation
import ReportModel
import TestSupport
import Testing

@testable import ReportParsing

@Suite struct DecodingTests {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    @Test func theSameReportInEveryEncodingGivesTheSameOutline() throws {
        let utf8 = try SampleReports.data("cn-jinzhong/2025.txt")
        let text = String(decoding: utf8, as: UTF8.self)
        let reference = try Report(parsing: utf8)
        let variants: [(Data, TextEncoding)] = [
            (try #require(text.data(using: Self.gb18030)), .gb18030),
            (Data([0xEF, 0xBB, 0xBF]) + utf8, .utf8WithBOM),
            (try #require(text.data(using: .utf16LittleEndian)).withBOM([0xFF, 0xFE]), .utf16LittleEndian),
            (try #require(text.data(using: .utf16BigEndian)).withBOM([0xFE, 0xFF]), .utf16BigEndian),
            (Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8), .utf8),
            (Data(text.replacingOccurrences(of: "\n", with: "\r").utf8), .utf8),
        ]
        for (data, encoding) in variants {
            let report = try Report(parsing: data)
            #expect(report.encoding == encoding)
            #expect(report.root == reference.root)
            #expect(report.metadata == reference.metadata)
        }
    }

    /// The sample set with full-width digits, points and percent signs (`２０２５年`, `５．５％`, as older
    /// reports and some newspapers print them) reads as the sample: the title block's date, the
    /// parts' years, every fact.
    @Test func fullWidthDigitsReadAsTheSample() throws {
        let text = try SampleReports.text("cn-national", 2025)
        let fullWidth = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            ("0"..."9").contains(scalar) || scalar == "." || scalar == "%" ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
        }))
        #expect(fullWidth.contains("２０２５年"))
        let read = try Report(parsing: Data(fullWidth.utf8), defaults: .corpusDefaults(forPath: "cn-national/2025.txt"))
        let reference = try SampleReports.report("cn-national/2025.txt")
        #expect(read.diagnostics.contains { $0.code == "full-width" })
        #expect(read.metadata == reference.metadata)
        #expect(read.allSections.map(\.title) == reference.allSections.map(\.title))
        #expect(read.allSections.map(\.period) == reference.allSections.map(\.period))
        let facts = { (report: Report) in
            report.withFacts().facts.map { "\($0.role) \($0.indicator ?? "-") \($0.period?.description ?? "-") \($0.quantity.shortText) \($0.subject)" }
        }
        #expect(facts(read) == facts(reference))
    }

    /// A Taiwan page in Big5 passes GB18030's grammar too; it is read as Big5 (and its
    /// traditional characters as simplified), as the sample it was made from reads.
    @Test func big5IsToldFromGB18030() throws {
        let published = SampleReports.root.appendingPathComponent("Tests/Published/traditional/2025-big5.txt")
        let big5 = try Report(parsing: Data(contentsOf: published))
        let reference = try SampleReports.report("cn-national/2025.txt")
        #expect(big5.encoding == .big5)
        #expect(big5.metadata == reference.metadata)
        // Titles may differ where simplified text writes the character too (著力, not 着力).
        #expect(big5.sectionShape == reference.sectionShape)
        for name in SampleReports.corpus where name.hasPrefix("cn-") && !name.hasPrefix("cn-national-en") {
            let text = String(decoding: try SampleReports.data(name), as: UTF8.self)
            let gb = try #require(text.data(using: Self.gb18030))
            #expect(try Report(parsing: gb).encoding == .gb18030, "\(name)")
        }
    }

    @Test(arguments: [
        (Data(), "the file is empty"),
        (Data("  \n\t\n \u{3000}\n".utf8), "contains no text"),
        (Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), "looks like a binary file (NUL byte at offset 7), not a report"),
        (Data([0x41, 0xFF, 0x42]), "not UTF-8, UTF-16 or GB18030 (byte 0xFF at offset 1)"),
        (Data("一二三".utf8) + Data([0x80, 0x41]), "not UTF-8, UTF-16 or GB18030 (byte 0x80 at offset 9)"),
        (Data([0xEF, 0xBB, 0xBF, 0x41, 0xC0, 0xAF]), "not UTF-8, UTF-16 or GB18030 (byte 0xC0 at offset 4)"),
        (Data([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]), "not UTF-8, UTF-16 or GB18030 (byte 0x0 at offset 2)"),
        (Data([0xFE, 0xFF, 0x00, 0x41, 0x00]), "not UTF-8, UTF-16 or GB18030 (byte 0x0 at offset 4)"),
        (Data([0xD6, 0xD0, 0x81, 0x20]), "not UTF-8, UTF-16 or GB18030 (byte 0x81 at offset 2)"),
    ])
    func unreadableInputIsOneClearError(_ data: Data, message: String) {
        #expect {
            _ = try Report(parsing: data)
        } throws: { error in
            "\(error)" == message
        }
    }

    @Test func englishUTF16WithoutBOMIsRecognised() throws {
        let utf8 = try SampleReports.data("us-sotu/2023.txt")
        let text = String(decoding: utf8, as: UTF8.self)
        let reference = try Report(parsing: utf8)
        for (encoding, expected) in [(String.Encoding.utf16LittleEndian, TextEncoding.utf16LittleEndian), (.utf16BigEndian, .utf16BigEndian)] {
            let report = try Report(parsing: try #require(text.data(using: encoding)))
            #expect(report.encoding == expected)
            #expect(report.root == reference.root)
        }
    }

    @Test func mixedGBKAndUTF8IsRefusedNotGarbled() throws {
        let data = Data("政府工作报告".utf8) + (try #require("政府工作报告".data(using: Self.gb18030)))
        #expect(throws: ReadError.self) { _ = try Report(parsing: data) }
    }

    @Test func tooLargeIsRefused() {
        #expect(throws: ReadError.tooLarge(bytes: 100, limit: 10)) {
            _ = try Report(parsing: Data(repeating: 0x41, count: 100), decoder: SourceDecoder(byteLimit: 10))
        }
    }
}

extension Data {
    fileprivate func withBOM(_ bom: [UInt8]) -> Data { Data(bom) + self }
}
