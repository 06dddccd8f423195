/// Digits and Latin letters set full width (`２０２５年`, `ＧＤＰ`: older reports, some newspapers)
/// are read as ASCII, and so is a full-width point between two digits (`１１．１`), so that years,
/// numbers and names read as they do set half width. Full-width punctuation (`，（）：`) is how
/// Chinese is written and stays, as does `％`, which the facts read as `%`. One scalar stands for
/// one, so every line and column still points into the source.
enum FullWidthForms {
    /// `line` with its full-width digits, letters and decimal points made ASCII; `nil` when it
    /// has none.
    static func folding(_ line: SourceLine) -> SourceLine? {
        guard line.text.unicodeScalars.contains(where: { ascii(for: $0) != nil }) else { return nil }
        let scalars = Array(line.text.unicodeScalars)
        var text = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if let folded = ascii(for: scalar) {
                text.append(folded)
            } else if scalar == "．", index > 0, index + 1 < scalars.count,
                isDigit(scalars[index - 1]), isDigit(scalars[index + 1])
            {
                text.append(".")
            } else {
                text.append(scalar)
            }
        }
        var result = line
        result.text = Substring(String(text))
        return result
    }

    /// The ASCII digit or letter a full-width one stands for.
    private static func ascii(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A: Unicode.Scalar(scalar.value - 0xFEE0)
        default: nil
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || (0xFF10...0xFF19).contains(scalar.value)
    }
}
