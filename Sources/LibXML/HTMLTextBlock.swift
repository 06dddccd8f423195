/// A run of readable text from an HTML page: a heading, or a paragraph-like block.
package struct HTMLTextBlock: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// Text inside `h1`…`h6`.
        case heading(level: Int)
        /// Text of any other block (`p`, `li`, `td`, a `div`'s own text, a `<br>`-separated run).
        case paragraph
    }

    package var kind: Kind
    /// Whitespace collapsed to single spaces and trimmed; whitespace next to CJK characters
    /// is removed, so hard-wrapped Chinese text joins without spaces.
    package var text: String
    /// 1-based source line of the element the text belongs to, of the `<br>` before it, or,
    /// for text that follows a nested block, of its first text node (where that node ends).
    package var line: Int

    package init(kind: Kind, text: String, line: Int) {
        self.kind = kind
        self.text = text
        self.line = line
    }
}
