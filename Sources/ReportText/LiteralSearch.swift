extension StringProtocol {
    /// Whether `word` occurs in the text, compared byte for byte in UTF-8 (no locale, case or
    /// Unicode folding): a cue word is matched as written. Foundation's `contains` folds by
    /// locale, and the standard library's generic search is not specialised; this runs on every
    /// paragraph of a report, at a fraction of their cost.
    /// - Complexity: O(n · m) at worst for n and m bytes, near O(n) on text.
    public func containsLiterally(_ word: String) -> Bool {
        byteOffset(of: word) { LiteralBytes.firstOffset(of: $1, in: $0) } != nil
    }

    /// Where `word` first occurs, compared byte for byte as `containsLiterally` compares, from
    /// `start` on. Foundation's `range(of:)` goes through `NSString` on Linux and took a twelfth of
    /// the time of reading facts.
    /// - Complexity: O(n · m) at worst for n and m bytes, near O(n) on text.
    public func literalRange(of word: String, from start: Index? = nil) -> Range<Index>? {
        let from = start.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
        return byteRange(of: word) { LiteralBytes.firstOffset(of: $1, in: $0, from: from) }
    }

    /// Where `word` last occurs, compared byte for byte.
    /// - Complexity: O(n · m) at worst for n and m bytes, near O(n) on text.
    public func lastLiteralRange(of word: String) -> Range<Index>? {
        byteRange(of: word) { LiteralBytes.lastOffset(of: $1, in: $0) }
    }

    private func byteRange(
        of word: String, _ find: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Int?
    ) -> Range<Index>? {
        guard let offset = byteOffset(of: word, find) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: word.utf8.count)
    }

    /// `find` run over the text's UTF-8 bytes (the haystack) and `word`'s (the needle).
    private func byteOffset(of word: String, _ find: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Int?) -> Int? {
        var word = word
        return word.withUTF8 { needle in
            if let found = utf8.withContiguousStorageIfAvailable({ find($0, needle) }) { return found }
            var text = String(self)
            return text.withUTF8 { find($0, needle) }
        }
    }
}

extension String {
    /// The text with every occurrence of `word` replaced by `replacement`, compared byte for byte
    /// in UTF-8 as `containsLiterally` compares. Foundation's `replacingOccurrences` folds
    /// canonically equivalent characters on the way, which took 18M instructions to fill the one
    /// placeholder of the review page's script, on every run.
    /// - Complexity: O(n · m) at worst for n and m bytes, near O(n) on text.
    public func replacingLiterally(_ word: String, with replacement: String) -> String {
        var text = self, word = word
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
                var out: [UInt8] = []
                var copied = 0
                while !needle.isEmpty, let found = LiteralBytes.firstOffset(of: needle, in: haystack, from: copied) {
                    if out.isEmpty { out.reserveCapacity(haystack.count + replacement.utf8.count) }
                    out.append(contentsOf: haystack[copied..<found])
                    out.append(contentsOf: replacement.utf8)
                    copied = found + needle.count
                }
                guard copied > 0 else { return self }
                out.append(contentsOf: haystack[copied...])
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}

private enum LiteralBytes {
    /// Where `needle` first occurs in `haystack` at or after `start`; an empty needle at `start`.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = needle.first else { return start }
        guard haystack.count - start >= needle.count else { return nil }
        for offset in start...(haystack.count - needle.count) where haystack[offset] == first {
            var matched = 1
            while matched < needle.count, haystack[offset + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return offset }
        }
        return nil
    }

    /// Where `needle` last occurs in `haystack`; an empty needle at the end.
    static func lastOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return haystack.count }
        guard haystack.count >= needle.count else { return nil }
        for offset in stride(from: haystack.count - needle.count, through: 0, by: -1) where haystack[offset] == first {
            var matched = 1
            while matched < needle.count, haystack[offset + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return offset }
        }
        return nil
    }
}
