import Foundation
import ReportComparison
import ReportModel
import Testing

/// Metamorphic: the official English translation, aligned year to year, pairs the same parts and
/// sections as the Chinese original. Line i of a translation translates line i of its original,
/// so a node of either is known by the line its heading stands on.
struct AlignmentTranslationTests {
    /// A part or section row as the lines of its old and new headings; `nil` for a missing side.
    struct LinePair: Hashable, Comparable, CustomStringConvertible {
        var old: Int?
        var new: Int?

        static func < (lhs: Self, rhs: Self) -> Bool { (lhs.old ?? 0, lhs.new ?? 0) < (rhs.old ?? 0, rhs.new ?? 0) }
        var description: String { "\(old.map(String.init) ?? "-")→\(new.map(String.init) ?? "-")" }
    }

    struct Side {
        var rows: Set<LinePair>
        /// The heading lines of the old and of the new outline.
        var oldLines: Set<Int>
        var newLines: Set<Int>
    }

    static func side(_ issuer: String, _ old: Int, _ new: Int) throws -> Side {
        let oldReport = try AlignmentGoldTests.report(issuer, old), newReport = try AlignmentGoldTests.report(issuer, new)
        let oldLines = AlignmentGoldTests.lines(oldReport), newLines = AlignmentGoldTests.lines(newReport)
        let rows = StructureAligner().align(oldReport, with: newReport).rows(through: .section).map {
            LinePair(old: $0.old.flatMap { oldLines[$0.id] }, new: $0.new.flatMap { newLines[$0.id] })
        }
        return Side(rows: Set(rows), oldLines: Set(oldLines.values), newLines: Set(newLines.values))
    }

    /// The rows of `side` that speak only of headings both languages mark; a row left alone
    /// because its partner is a heading only this language marks is left out too.
    static func comparable(_ side: Side, other: Side) -> Set<LinePair> {
        let onlyOld = side.oldLines.subtracting(other.oldLines), onlyNew = side.newLines.subtracting(other.newLines)
        func marksOnlyHere(_ pair: LinePair) -> Bool {
            pair.old.map(onlyOld.contains) == true || pair.new.map(onlyNew.contains) == true
        }
        let otherOnlyOld = other.oldLines.subtracting(side.oldLines), otherOnlyNew = other.newLines.subtracting(side.newLines)
        let pairedThereWithTheirOwn = other.rows.filter {
            $0.old.map(otherOnlyOld.contains) == true || $0.new.map(otherOnlyNew.contains) == true
        }
        let excused = Set(pairedThereWithTheirOwn.flatMap { [LinePair(old: $0.old, new: nil), LinePair(old: nil, new: $0.new)] })
        return side.rows.filter { !marksOnlyHere($0) && !excused.contains($0) }
    }

    @Test(arguments: [(2015, 2016), (2016, 2017), (2017, 2018), (2018, 2019)])
    func englishTranslationPairsTheSamePartsAndSections(old: Int, new: Int) throws {
        let chinese = try Self.side("cn-national", old, new), english = try Self.side("cn-national-en", old, new)
        let zh = Self.comparable(chinese, other: english), en = Self.comparable(english, other: chinese)
        let common = zh.intersection(en)
        let agreement = Double(common.count) / Double(max(zh.count, en.count, 1))
        print(
            "translation \(old)→\(new): \(common.count) of \(max(zh.count, en.count)) rows agree "
                + "(\(String(format: "%.0f", 100 * agreement))%); rows left out for headings one language lacks: "
                + "\(chinese.rows.count - zh.count) Chinese, \(english.rows.count - en.count) English")
        print("  only Chinese: \(zh.subtracting(en).sorted())  only English: \(en.subtracting(zh).sorted())")
        #expect(agreement >= 0.85)
    }

    /// Measured: 50 of 52 rows (96%), now that the reader finds the parts the 2016–2018
    /// translations say as sentences. The one difference (two rows): 2018's last section (九)
    /// also holds the unheaded paragraphs on the government that follow it (lines 554–578), so it
    /// resembles both 2017's livelihood section (八) and its government section (九) — 0.297 and
    /// 0.283 in Chinese, 0.304 and 0.348 in English — and each language takes another of the two.
    @Test func englishTranslationAgreesOnMostRowsOverAllPairs() throws {
        var agreeing = 0, compared = 0
        for (old, new) in [(2015, 2016), (2016, 2017), (2017, 2018), (2018, 2019)] {
            let chinese = try Self.side("cn-national", old, new), english = try Self.side("cn-national-en", old, new)
            let zh = Self.comparable(chinese, other: english), en = Self.comparable(english, other: chinese)
            agreeing += zh.intersection(en).count
            compared += max(zh.count, en.count)
        }
        print("translation 2015→2019: \(agreeing) of \(compared) rows agree")
        #expect(Double(agreeing) >= 0.95 * Double(compared))
    }
}
