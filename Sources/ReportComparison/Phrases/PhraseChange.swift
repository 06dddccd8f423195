/// A key phrase (提法) used a notably different number of times in two reports.
public struct PhraseChange: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Absent from the old report.
        case introduced
        /// Absent from the new report.
        case dropped
        case increased
        case decreased
        case unchanged
    }

    /// Han phrases as written; English ones lowercased, words joined by one space.
    public var phrase: String
    public var oldCount: Int
    public var newCount: Int
    /// Where the phrase stands in the old report: the ids of the sentences, and of the parts
    /// and sections whose heading, hold it, in document order; empty when not looked up.
    public var oldOccurrences: [String]
    /// Where it stands in the new report.
    public var newOccurrences: [String]

    public init(phrase: String, oldCount: Int, newCount: Int, oldOccurrences: [String] = [], newOccurrences: [String] = []) {
        self.phrase = phrase
        self.oldCount = oldCount
        self.newCount = newCount
        self.oldOccurrences = oldOccurrences
        self.newOccurrences = newOccurrences
    }

    /// The new count minus the old one.
    public var change: Int { newCount - oldCount }

    public var kind: Kind {
        if oldCount == 0 { return .introduced }
        if newCount == 0 { return .dropped }
        if newCount == oldCount { return .unchanged }
        return newCount > oldCount ? .increased : .decreased
    }

    public var description: String { "\(phrase) \(oldCount) → \(newCount)" }
}
