/// Something the reader noticed and worked around: parsing records these instead of failing.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, CaseIterable {
        case note, warning
    }

    public var severity: Severity
    /// A stable machine-readable code, such as `furniture` or `truncated`.
    public var code: String
    public var message: String
    public var range: SourceRange?

    public init(_ severity: Severity, code: String, message: String, range: SourceRange? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.range = range
    }
}
