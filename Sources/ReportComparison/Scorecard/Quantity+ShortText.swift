import Foundation
import ReportModel

extension Quantity {
    /// The quantity in one short token as the scorecard prints it: the signed number, its unit as
    /// written and its qualifier: `5%左右`, `1256万人`, `-2.5%左右`, `-3%超过`, `6—6.5%`,
    /// `1.3 trillion dollars`.
    public var shortText: String {
        var number = "\(value)"
        if let upperValue { number += "—\(upperValue)" }
        let isLatin = unit.first.map { $0.isASCII && $0.isLetter } ?? false
        return number + (isLatin ? " " : "") + unit + (qualifier?.rawValue ?? "")
    }
}
