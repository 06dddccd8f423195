extension String {
    /// Whether `word` occurs in the text, compared byte for byte in UTF-8 (no locale, case or
    /// Unicode folding): a cue word is matched as written. Foundation's `contains` folds by
    /// locale, and the standard library's generic search is not specialised; this runs on every
    /// paragraph of a report, at a fraction of their cost.
    /// - Complexity: O(n · m) at worst for n and m bytes, near O(n) on text.
    public func containsLiterally(_ word: String) -> Bool {
        var text = self, word = word
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
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
    }
}
