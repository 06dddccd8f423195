extension StringProtocol {
    /// Whether `word` occurs in the text, compared byte for byte in UTF-8 (no locale, case or
    /// Unicode folding): a cue word is matched as written. Foundation's `contains` folds by
    /// locale, and the standard library's generic search is not specialised; this runs on every
    /// paragraph of a report, at a fraction of their cost.
    /// - Complexity: O(n · m) at worst for n and m bytes, near O(n) on text.
    public func containsLiterally(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { needle in
            if let found = utf8.withContiguousStorageIfAvailable({ Self.occurs(needle, in: $0) }) { return found }
            var text = String(self)
            return text.withUTF8 { Self.occurs(needle, in: $0) }
        }
    }

    private static func occurs(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var offset = 1
            while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }
}
