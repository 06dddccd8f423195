/// The XML vocabulary every document report-diff writes belongs to: the outline, the facts,
/// the archive of a comparison, the batch index and the reviewer's marks.
public enum ArchiveVocabulary {
    /// Versioned: a change that old readers cannot follow gets a new number.
    public static let namespace = "urn:report-diff:archive:1"
    public static let version = "2"
}
