import Foundation

/// Repeated timings of one piece of work: its median and spread.
struct Sample {
    var seconds: [Double]

    /// Runs `body` at least `minimum` times and until about `budget` seconds have passed
    /// (at most `maximum` times).
    /// - Complexity: O(k) runs of `body`.
    static func measure(minimum: Int = 3, maximum: Int = 21, budget: Double = 1.5, _ body: () async -> Void) async -> Sample {
        var seconds: [Double] = []
        let clock = ContinuousClock()
        var total = 0.0
        while seconds.count < minimum || (seconds.count < maximum && total < budget) {
            let elapsed = await clock.measure(body)
            let value = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            seconds.append(value)
            total += value
        }
        return Sample(seconds: seconds)
    }

    /// Runs each of `bodies` in turn, round after round, at least `minimum` rounds and until
    /// about `budget` seconds have passed (at most `maximum` rounds): tools compared this way
    /// share whatever else the machine is doing.
    /// - Complexity: O(k · b) runs for k rounds of b bodies.
    static func alternating(minimum: Int = 3, maximum: Int = 21, budget: Double = 3, _ bodies: [() -> Void]) -> [Sample] {
        var seconds = [[Double]](repeating: [], count: bodies.count)
        let clock = ContinuousClock()
        var total = 0.0, rounds = 0
        while rounds < minimum || (rounds < maximum && total < budget) {
            for (index, body) in bodies.enumerated() {
                let elapsed = clock.measure(body)
                let value = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
                seconds[index].append(value)
                total += value
            }
            rounds += 1
        }
        return seconds.map { Sample(seconds: $0) }
    }

    /// - Complexity: O(k log k).
    var median: Double { Self.quantile(seconds.sorted(), 0.5) }

    /// Half the distance between the 10th and 90th percentiles, relative to the median.
    /// - Complexity: O(k log k).
    var spread: Double {
        let sorted = seconds.sorted()
        let median = Self.quantile(sorted, 0.5)
        return median > 0 ? (Self.quantile(sorted, 0.9) - Self.quantile(sorted, 0.1)) / 2 / median : 0
    }

    /// `12.3 ms ±4%  (n=9)`.
    var text: String {
        "\(Self.duration(median)) ±\(String(format: "%.0f", spread * 100))%  (n=\(seconds.count))"
    }

    static func duration(_ seconds: Double) -> String {
        seconds >= 1 ? String(format: "%.2f s", seconds)
            : seconds >= 1e-3 ? String(format: "%.1f ms", seconds * 1e3) : String(format: "%.0f µs", seconds * 1e6)
    }

    /// Linear interpolation between the closest ranks.
    /// - Complexity: O(1) on sorted values.
    private static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard let first = sorted.first else { return 0 }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted.count == 1 ? first : sorted[lower] * (1 - fraction) + sorted[upper] * fraction
    }

    /// The slope of log(time) against log(size): 1 is linear, 2 quadratic.
    /// - Complexity: O(n) in the number of points.
    static func exponent(_ points: [(size: Double, seconds: Double)]) -> Double {
        let xs = points.map { log($0.size) }, ys = points.map { log(max($0.seconds, 1e-9)) }
        let meanX = xs.reduce(0, +) / Double(xs.count), meanY = ys.reduce(0, +) / Double(ys.count)
        let covariance = zip(xs, ys).map { ($0 - meanX) * ($1 - meanY) }.reduce(0, +)
        let variance = xs.map { ($0 - meanX) * ($0 - meanX) }.reduce(0, +)
        return variance > 0 ? covariance / variance : 0
    }
}
