import ReportText

/// A report written in traditional characters (a Hong Kong or Taiwan copy, a news site's 繁體
/// page) is read in simplified ones: its words then match the simplified reports it is compared
/// with and the cues the outline and the facts look for (過去一年 is 过去一年, 億元 is 亿元).
///
/// Only a character that simplified text never writes is replaced (國 → 国); one that simplified
/// text writes too stays (著 of 显著, 乾 of 乾坤, 制, 面), so a simplified report is never
/// touched and a traditional one is read as its simplified copy reads, but for those few. One
/// scalar stands for one, so every line and column still points into the source.
enum TraditionalCharacters {
    /// Whether `lines` are written in traditional characters. Simplified text holds next to none
    /// of them (a quoted name), traditional text about one Han character in three: one in twenty
    /// tells the two apart with margin both ways. Kana mark Japanese, which writes some of them
    /// (間, 東) and is no Chinese report.
    static func isTraditional(_ lines: [SourceLine]) -> Bool {
        var han = 0, traditional = 0, kana = 0
        func count(_ scalar: Unicode.Scalar) {
            if scalar.isHan {
                han += 1
                if simplifiedForm(of: scalar) != nil { traditional += 1 }
            } else if (0x3040...0x30FF).contains(scalar.value) {
                kana += 1
            }
        }
        for line in lines {
            // Decoded from the bytes: every line of every report is read here.
            let visited: Void? = line.text.visitScalars { scalar, _ in
                count(scalar)
                return true
            }
            if visited == nil { line.text.unicodeScalars.forEach(count) }
        }
        return traditional * 20 >= han && traditional > 0 && kana * 10 < han
    }

    /// `line` with each traditional character replaced by its simplified form.
    static func simplifying(_ line: SourceLine) -> SourceLine {
        var text = String.UnicodeScalarView()
        for scalar in line.text.unicodeScalars {
            text.append(simplifiedForm(of: scalar) ?? scalar)
        }
        var result = line
        result.text = Substring(String(text))
        return result
    }

    /// The simplified form of `scalar`, if it is a traditional character.
    private static func simplifiedForm(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.value < 0x1_0000, case let simple = simplified[Int(scalar.value)], simple != 0 else { return nil }
        return Unicode.Scalar(simple)
    }

    /// Each traditional character's simplified form, indexed by code point (0 for none; a flat
    /// table of the Basic Multilingual Plane is quicker to build and read than a dictionary, and
    /// every process reading a report builds it), from `traditional-characters.txt`:
    /// made from Unicode's Unihan database (15.0, `Unihan_Variants.txt`), characters of the Basic
    /// Multilingual Plane in code-point order, each followed by its simplified form. A character
    /// whose `kSimplifiedVariant` names others but never itself has the first of them; a
    /// character outside GB 2312 with no `kSimplifiedVariant` has the simplified form of its first
    /// semantic or Z-variant that has one (爲 → 為 → 为, 衆 → 眾 → 众).
    private static let simplified: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x1_0000)
        // Read scalar by scalar from the bytes, with no array of scalars between.
        var traditional: Unicode.Scalar?
        func read(_ scalar: Unicode.Scalar) {
            guard scalar != "\n" else { return }
            guard let key = traditional else {
                traditional = scalar
                return
            }
            traditional = nil
            if let key = UInt16(exactly: key.value), let value = UInt16(exactly: scalar.value) { table[Int(key)] = value }
        }
        let text = String(decoding: PackageResources.traditional_characters_txt, as: UTF8.self)
        let visited: Void? = text.visitScalars { scalar, _ in
            read(scalar)
            return true
        }
        if visited == nil { text.unicodeScalars.forEach(read) }
        return table
    }()
}
