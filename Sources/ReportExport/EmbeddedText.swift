/// Text files of `Resources/` as the binary holds them (`.embedInCode`): a missing file fails the
/// build, and an installed binary needs nothing beside it.
enum EmbeddedText {
    /// The file's text without the line break that ends its last line: the page inlines the
    /// script and the stylesheet as they are, and its Content-Security-Policy names their hashes.
    static func string(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
