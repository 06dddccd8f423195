import ReportText

/// Turns text into the counted features the aligner compares: character bigrams for Han text,
/// lowercased content words for Latin text.
///
/// Numbers are variables between years (`2023年` ≙ `2024年`, `增长5%` ≙ `增长5.5%`), so every
/// run of digits reads as one placeholder character. Features are plain integers, Han bigrams
/// packed from their two scalars and words hashed, so no vocabulary has to be shared.
enum TextFeatures {
    /// Counts of each feature in `text`.
    ///
    /// - Complexity: O(n log n) in the length of `text`: the features are sorted to be counted.
    static func counts(of text: String) -> FeatureCounts {
        var features: [UInt64] = []
        var previousHan: UInt32?
        var word = ""
        func finishWord() {
            guard !word.isEmpty else { return }
            if let feature = wordFeature(word) { features.append(feature) }
            word = ""
        }
        func addHan(_ value: UInt32) {
            if let previous = previousHan {
                features.append(UInt64(previous) << 21 | UInt64(value))
            }
            previousHan = value
        }
        var inNumber = false
        for scalar in text.unicodeScalars {
            if isDigit(scalar) || (inNumber && (scalar == "." || scalar == ",")) {
                if !inNumber {
                    finishWord()
                    addHan(numberPlaceholder)
                    inNumber = true
                }
                continue
            }
            inNumber = false
            if scalar.isHan {
                finishWord()
                addHan(scalar.value)
            } else if scalar.isLetter {
                previousHan = nil
                word.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}", !word.isEmpty {
                word.unicodeScalars.append("'")
            } else {
                finishWord()
                previousHan = nil
            }
        }
        finishWord()
        return FeatureCounts(counting: features)
    }

    /// Whether `feature` stands for a Latin word rather than a pair of Han characters.
    static func isWord(_ feature: UInt64) -> Bool {
        feature >> 63 == 1
    }

    /// The heading with its years and other numbers replaced, for comparing headings.
    ///
    /// - Complexity: O(n).
    static func normalizedHeading(_ heading: String) -> String {
        var result = String.UnicodeScalarView()
        var inNumber = false
        for scalar in heading.unicodeScalars {
            if isDigit(scalar) {
                if !inNumber { result.append("#") }
                inNumber = true
            } else if !scalar.properties.isWhitespace {
                inNumber = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Stands for any number inside a Han run; outside the Han and CJK-symbol ranges.
    private static let numberPlaceholder: UInt32 = 0x23

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("\u{FF10}"..."\u{FF19}").contains(scalar)
    }


    /// A hashed, lowercased, lightly stemmed content word; `nil` for stop words and fragments.
    private static func wordFeature(_ raw: String) -> UInt64? {
        var word = raw.lowercased()
        if word.hasSuffix("'s") { word.removeLast(2) }
        word.removeAll { $0 == "'" }
        guard word.count > 2, !stopWords.contains(word) else { return nil }
        if word.count > 3, word.hasSuffix("s"), !["ss", "us", "is"].contains(where: word.hasSuffix) {
            word.removeLast()
        }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash | 1 << 63
    }

    private static let stopWords: Set<String> = [
        "about", "after", "again", "all", "also", "and", "any", "are", "because", "been", "before",
        "being", "but", "can", "could", "did", "does", "doing", "down", "each", "for", "from",
        "further", "had", "has", "have", "having", "her", "here", "hers", "him", "his", "how",
        "into", "its", "itself", "just", "let", "more", "most", "not", "now", "off", "once",
        "only", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
        "they", "this", "those", "through", "too", "under", "until", "very", "was", "were",
        "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours", "yourself", "we're", "it's", "that's", "don't", "can't", "i'm",
        "we've", "i've", "won't", "going", "get", "got", "know", "like", "make", "one", "say",
        "said", "tonight", "want", "way", "well", "yes", "folk", "look",
    ]
}

/// A text's distinct features, sorted, with how often each occurs: sorted arrays rather than a
/// dictionary, so that weighing and comparing them are merges and scans.
struct FeatureCounts: Sendable, Hashable {
    private(set) var features: [UInt64] = []
    private(set) var counts: [Int] = []

    init() {}

    /// The counts of texts taken together.
    ///
    /// - Complexity: O(k log p) for k features in p counts, merged in pairs.
    static func sum(_ parts: ArraySlice<FeatureCounts>) -> FeatureCounts {
        guard parts.count > 1 else { return parts.first ?? FeatureCounts() }
        let middle = parts.startIndex + parts.count / 2
        let left = sum(parts[..<middle]), right = sum(parts[middle...])
        var result = FeatureCounts()
        result.features.reserveCapacity(left.features.count + right.features.count)
        result.counts.reserveCapacity(left.features.count + right.features.count)
        var i = 0, j = 0
        while i < left.features.count || j < right.features.count {
            if j == right.features.count || (i < left.features.count && left.features[i] < right.features[j]) {
                result.features.append(left.features[i])
                result.counts.append(left.counts[i])
                i += 1
            } else if i == left.features.count || right.features[j] < left.features[i] {
                result.features.append(right.features[j])
                result.counts.append(right.counts[j])
                j += 1
            } else {
                result.features.append(left.features[i])
                result.counts.append(left.counts[i] + right.counts[j])
                i += 1
                j += 1
            }
        }
        return result
    }

    /// Counts the features as they occur, in any order.
    ///
    /// - Complexity: O(n log n).
    init(counting occurrences: [UInt64]) {
        for feature in occurrences.sorted() {
            if features.last == feature {
                counts[counts.count - 1] += 1
            } else {
                features.append(feature)
                counts.append(1)
            }
        }
    }
}
