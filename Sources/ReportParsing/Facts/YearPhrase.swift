extension Array where Element == Character {
    /// The length of a year phrase ending at `end` (`2020年的`, `2025年底`), else 0: it dates the
    /// number after it and names nothing. Read by the quantity parser (`提高到2025年的801元`) and by
    /// the fact rules alike.
    func yearPhraseLength(endingAt end: Int) -> Int {
        var cursor = end
        if cursor > 0, self[cursor - 1] == "的" { cursor -= 1 }
        if cursor > 0, "底末".contains(self[cursor - 1]) { cursor -= 1 }
        guard cursor >= 5, self[cursor - 1] == "年",
            self[(cursor - 5)..<(cursor - 1)].allSatisfy({ $0.isASCII && $0.isNumber }),
            cursor == 5 || !(self[cursor - 6].isASCII && self[cursor - 6].isNumber)
        else { return 0 }
        return end - (cursor - 5)
    }
}
