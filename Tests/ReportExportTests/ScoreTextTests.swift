import Foundation
import Testing

@testable import ReportExport

/// Scores are written as Foundation's `%.3f` writes them, to the last digit.
@Suite struct ScoreTextTests {
    /// Halves of a thousandth that a double holds exactly round to even; the doubles either side
    /// of every tie, and of every thousandth, round as their exact values say.
    @Test func tiesAndTheirNeighbours() {
        var values: [Double] = [0, 1, 0.0625, 0.1875, 0.3125, 0.5, 0.0005, 0.0015, 0.9995, 1.0005, 2.5, 1234.5678]
        for step in 0...2_000 {
            let value = Double(step) / 2_000
            values += [value, value.nextUp, value.nextDown, value.nextUp.nextUp, value.nextDown.nextDown]
        }
        for value in values where value >= 0 {
            #expect(ScoreText.threeDecimals(value) == String(format: "%.3f", value), "\(value)")
        }
    }

    /// Random scores and similarities, and values the formatter handles itself.
    @Test func randomAndUnusualValues() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [-0.0, -0.25, .nan, .infinity, 0x1p40, 0x1p40.nextDown, 1e300, .leastNonzeroMagnitude, 2.0 / 3.0]
        for _ in 0..<20_000 { values.append(Double.random(in: 0...1, using: &generator)) }
        for _ in 0..<2_000 { values.append(Double.random(in: 0...1e9, using: &generator)) }
        for value in values {
            #expect(ScoreText.threeDecimals(value) == String(format: "%.3f", value), "\(value)")
        }
    }
}
