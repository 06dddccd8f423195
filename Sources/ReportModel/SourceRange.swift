/// A position in a source file, 1-based, counted in characters (grapheme clusters) of the decoded text.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// The span of source text a node was read from: `start` inclusive, `end` exclusive.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// Whether `other` lies within this range.
    public func contains(_ other: SourceRange) -> Bool {
        start <= other.start && other.end <= end
    }

    public var description: String { "\(start)-\(end)" }
}
