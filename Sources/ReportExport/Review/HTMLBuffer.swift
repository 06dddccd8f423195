/// An HTML document being written: markup appended as is, text and attribute values escaped.
///
/// Every piece of report text goes through `text(_:)` or `attribute(_:_:)`, so a report that
/// contains `<script>` or `"><img onerror=…>` shows it as text and runs nothing.
struct HTMLBuffer {
    private(set) var output = ""

    init(capacity: Int = 0) {
        output.reserveCapacity(capacity)
    }

    /// Appends markup written by this module, never report text.
    mutating func raw(_ markup: String) {
        output += markup
    }

    /// Appends text with `&`, `<`, `>`, `"` and `'` escaped.
    ///
    /// - Complexity: O(n) in the length of `text`.
    mutating func text(_ text: String) {
        Self.escape(text, into: &output)
    }

    /// Appends ` name="value"` with the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        output += " " + name + "=\""
        Self.escape(value, into: &output)
        output += "\""
    }

    /// Appends `<tag attributes>text</tag>`; attributes are markup of this module's own.
    mutating func element(_ tag: String, _ attributes: String = "", text: String) {
        output += "<" + tag + attributes + ">"
        Self.escape(text, into: &output)
        output += "</" + tag + ">"
    }

    /// Escapes `text` for use in element content and in quoted attribute values.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func escape(_ text: String, into output: inout String) {
        let isSpecial = { (byte: UInt8) in byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 }
        // Read where the bytes lie: the generic search over the UTF-8 view goes index by index,
        // 6M instructions of the national pair's page.
        let needsEscaping = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) } ?? text.utf8.contains(where: isSpecial)
        guard needsEscaping else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}
