import Foundation
import ReportComparison
import ReportModel
import ReportParsing
import ReportText
import TestSupport
import Testing

@testable import ReportExport

/// What the page shows of an edited sentence: kept wording stays unchanged text.
@Suite struct ReviewDiffTests {
    /// Every pair of successive reports in Reports/: the same issuer and edition, one year apart
    /// or the next year there is.
    static let corpusPairs: [(String, String)] = {
        let reports = SamplePairs.root.appendingPathComponent("Reports")
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
        var pairs: [(String, String)] = []
        for folder in folders.sorted() {
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: reports.appendingPathComponent(folder).path)) ?? [])
                .filter { $0.first?.isNumber ?? false }
            // `2015-rmrb.txt` is another edition of 2015: pair editions with their own kind.
            let byEdition = Dictionary(grouping: files) { String($0.drop { $0.isNumber }) }
            for (_, editions) in byEdition.sorted(by: { $0.key < $1.key }) {
                let sorted = editions.sorted()
                for (old, new) in zip(sorted, sorted.dropFirst()) { pairs.append(("Reports/\(folder)/\(old)", "Reports/\(folder)/\(new)")) }
            }
        }
        return pairs
    }()

    @Test func thereArePairsInEveryFolderWithMoreThanOneReport() {
        #expect(Self.corpusPairs.count >= 20, "\(Self.corpusPairs)")
        #expect(Self.corpusPairs.contains { $0 == ("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt") })
        #expect(Self.corpusPairs.contains { $0 == ("Reports/cn-national/2015-rmrb.txt", "Reports/cn-national/2016-rmrb.txt") })
    }

    @Test(arguments: corpusPairs)
    func noSharedRunOfEightHanCharactersIsShownAsDeletedAndInserted(_ old: String, _ new: String) async throws {
        let comparison = await ReportComparator().compare((try SamplePairs.input(old).report).withFacts(), with: (try SamplePairs.input(new).report).withFacts())
        var offenders: [String] = []
        var codes = CharacterCodes()
        for edit in comparison.sentenceEdits {
            var deleted: [String] = [], inserted: [String] = []
            for segment in ReviewDiff.segments(edit.diff.runs, granularity: .character, codes: &codes) {
                guard case .changed(let old, let new) = segment else { continue }
                deleted.append(old)
                inserted.append(new)
            }
            for old in deleted {
                for new in inserted {
                    if let run = Self.sharedHanRun(old, new, atLeast: 8) { offenders.append("\(edit.newID): \(run)") }
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders.count) in \(comparison.sentenceEdits.count) edits: \(offenders.prefix(5))")
    }

    /// A run of `length` or more Han characters found in both texts.
    static func sharedHanRun(_ old: String, _ new: String, atLeast length: Int) -> String? {
        let a = Array(old), b = Array(new)
        guard a.count >= length, b.count >= length else { return nil }
        var previous = [Int](repeating: 0, count: b.count + 1), current = previous
        for i in 1...a.count {
            for j in 1...b.count {
                let han = a[i - 1].isHan
                current[j] = han && a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : 0
                if current[j] >= length { return String(a[(i - current[j])..<i]) }
            }
            swap(&previous, &current)
        }
        return nil
    }

    @Test func keptWordingInARewriteStaysUnchanged() async throws {
        let comparison = try await SamplePairs.archive("Reports/cn-national/2024.txt", "Reports/cn-national/2025.txt").comparison
        let edit = try #require(comparison.sentenceEdits.first { $0.diff.oldText.contains("城镇新增就业1244万人") })
        var codes = CharacterCodes()
        let segments = ReviewDiff.segments(edit.diff.runs, granularity: .character, codes: &codes)
        let changed = segments.compactMap { if case .changed(let old, let new) = $0 { [old, new] } else { nil } }.joined()
        // Only numbers (and the words around them that did change) are marked.
        #expect(segments.contains { if case .same(let text) = $0 { text.contains("城镇调查失业率平均为") } else { false } }, "\(segments)")
        #expect(!changed.contains { $0.contains("城镇调查失业率") }, "\(segments)")
        let phrases = ReviewDiff.segments(edit.diff.runs, granularity: .phrase, codes: &codes)
        #expect(phrases.count < segments.count || phrases == segments)
        #expect(ReviewDiff.segments(edit.diff.runs, granularity: .sentence, codes: &codes) == [.changed(old: edit.diff.oldText, new: edit.diff.newText)])
    }

    @Test func aSharedRunIsNeverCutInsideANumberOrWord() {
        var codes = CharacterCodes()
        let segments = ReviewDiff.segments([.delete("1244万人"), .insert("1256万人")], granularity: .character, codes: &codes)
        #expect(segments == [.changed(old: "1244", new: "1256"), .same("万人")] || segments == [.changed(old: "1244万人", new: "1256万人")])
        let english = ReviewDiff.segments([.delete("the cabinet meets"), .insert("the cabinets meet")], granularity: .character, codes: &codes)
        #expect(!english.contains(.same("cabinet")), "\(english)")
    }
}

/// The numbers the shared-run search compares characters by.
@Suite struct CharacterCodesTests {
    @Test func canonicallyEquivalentCharactersShareACodeAndOthersDoNot() {
        var codes = CharacterCodes()
        // A CJK compatibility ideograph, a precomposed letter and the Kelvin sign each equal
        // another character, whichever of the two is met first.
        let equivalent: [(Character, Character)] = [("\u{F900}", "\u{8C48}"), ("\u{00C5}", "A\u{030A}"), ("K", "\u{212A}"), ("\u{037E}", ";")]
        for (first, second) in equivalent {
            #expect(codes.code(of: first) == codes.code(of: second), "\(first) \(second)")
            #expect(codes.code(of: second) == codes.code(of: first), "\(second) \(first)")
        }
        let distinct: [Character] = ["发", "展", "A", "a", "\u{00C5}", "K", ";", "；", "1", "１", "👍", "👍🏽"]
        #expect(Set(distinct.map { codes.code(of: $0) }).count == distinct.count)
    }

    /// A text is coded a scalar at a time only where each scalar is a character of its own: its
    /// codes and every cut of it are its `Character`s', with combining marks, emoji, CR LF and
    /// Thai vowel signs among them.
    @Test func codedTextAgreesWithItsCharacters() {
        var codes = CharacterCodes()
        let text = "e\u{301}增长👩‍👩‍👧\r\n５%🇨🇳ก\u{E31}A\u{30A}，x"
        let coded = CodedText(text, codes: &codes)
        let characters = Array(text)
        #expect(coded.codes == characters.map { codes.code(of: $0) })
        for start in 0...characters.count {
            for end in start...characters.count { #expect(coded.text(start..<end) == String(characters[start..<end])) }
        }
    }

    @Test func aCutKeepsCharactersAndCodesTogether() {
        var codes = CharacterCodes()
        let text = CodedText("增长5%左右", codes: &codes)
        #expect(text[..<2].text() == "增长" && text[2...].text() == "5%左右")
        #expect(text[2...].codes == Array(text.codes[2...]))
        #expect(text.text(2..<4) == "5%")
    }

    /// Long stretches are searched through the pairs of equal characters only: the same run must
    /// come out as from comparing every pair, ties included (the first to end in the old text,
    /// then in the new), on alphabets from two codes (runs everywhere) to forty.
    @Test func searchingEqualPairsFindsTheRunThatComparingAllPairsFinds() {
        var random = SeededGenerator(seed: 17)
        for round in 0..<400 {
            let alphabet = 2 + round % 39
            let old = (0..<(1 + random.next(below: 120))).map { _ in Int32(random.next(below: alphabet)) }
            let new = (0..<(1 + random.next(below: 120))).map { _ in Int32(random.next(below: alphabet)) }
            let allPairs = ReviewDiff.longestRunByAllPairs(old, new), equalPairs = ReviewDiff.longestRunByEqualPairs(old, new)
            #expect(allPairs == equalPairs, "\(old) \(new)")
        }
        #expect(ReviewDiff.longestRunByEqualPairs([1, 2, 3, 9, 1, 2, 3], [7, 1, 2, 3, 1, 2, 3]) == (0, 1, 3))
        #expect(ReviewDiff.longestRunByEqualPairs([1, 2], [3, 4]) == (0, 0, 0))
    }
}
