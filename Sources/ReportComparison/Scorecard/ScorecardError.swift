/// Why a list of reports does not make one scorecard.
public enum ScorecardError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The report at this place (from 1) states no year and none can be inferred.
    case missingYear(position: Int)
    /// Two reports of the same year.
    case sameYear(Int)
    /// A report given after a later one.
    case yearsOutOfOrder(earlier: Int, later: Int)
    /// Reports of two issuers: their targets are not one series.
    case differentIssuers(String, String)

    public var description: String {
        switch self {
        case .missingYear(let position):
            "cannot tell the year of report \(position); name it <issuer>/<year>.txt"
        case .sameYear(let year):
            "two reports of \(year): give one report per year"
        case .yearsOutOfOrder(let earlier, let later):
            "reports must be given in year order, but \(later) comes before \(earlier)"
        case .differentIssuers(let first, let second):
            "reports of different issuers (\(first), \(second)) do not make one series"
        }
    }
}
