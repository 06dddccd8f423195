extension String {
    /// The text as one RFC 4180 field: quoted when it holds a comma, a quote or a line break
    /// (CRLF included), its quotes doubled. Every CSV report-diff prints uses it.
    public var csvField: String {
        guard contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return self }
        return "\"" + split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
