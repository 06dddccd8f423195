/// Text bound for a terminal, with control characters escaped as git escapes them, so a file
/// name or a report's text cannot move the cursor, set the window's title or clear the screen.
enum TerminalText {
    /// `s` with every C0 and C1 control (but newline and tab) and DEL written visibly: `\e`,
    /// `\r`, `\x07`, `\u{9B}`. With `keepingColors`, colour sequences (`ESC [ 31 m`) stay: they
    /// can only colour text.
    /// - Complexity: O(n) in the length of `s`.
    static func escaped(_ s: String, keepingColors: Bool = false) -> String {
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        let scalars = Array(s.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            guard isControl(scalar) else {
                result.append(scalar)
                continue
            }
            if keepingColors, scalar == "\u{1B}", let end = colorSequenceEnd(scalars, from: index) {
                result.append(contentsOf: scalars[(index - 1)..<end])
                index = end
                continue
            }
            let visible: String
            switch scalar {
            case "\u{1B}": visible = "\\e"
            case "\r": visible = "\\r"
            case _ where scalar.value < 0x80:
                visible = "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16, uppercase: true)
            default: visible = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            result.append(contentsOf: visible.unicodeScalars)
        }
        return String(result)
    }

    /// Where `[` digits/`;` `m` after an ESC at `start - 1` ends, if that is what follows.
    private static func colorSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < scalars.count, scalars[start] == "[" else { return nil }
        var index = start + 1
        while index < scalars.count, scalars[index] == ";" || ("0"..."9").contains(scalars[index]) { index += 1 }
        return index < scalars.count && scalars[index] == "m" ? index + 1 : nil
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }
}
