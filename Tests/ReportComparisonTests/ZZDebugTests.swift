@testable import ReportComparison
import Foundation
import Testing

struct ZZDebugTests {
    @Test func moved() throws {
        let env = ProcessInfo.processInfo.environment
        let issuer = env["DBG_ISSUER"] ?? "us-sotu"
        let o = Int(env["DBG_OLD"] ?? "2022") ?? 2022, n = Int(env["DBG_NEW"] ?? "2023") ?? 2023
        let rows = StructureAligner().align(try AlignmentGoldTests.report(issuer, o), with: try AlignmentGoldTests.report(issuer, n)).rows(at: .paragraph)
        for row in rows where row.relation == .moved || row.relation == .matched {
            guard let a = row.old, let b = row.new else { continue }
            print(String(format: "%@ %.3f\n  O: %@\n  N: %@", row.relation.rawValue, row.score, String(a.title.prefix(160)), String(b.title.prefix(160))))
        }
    }
}
