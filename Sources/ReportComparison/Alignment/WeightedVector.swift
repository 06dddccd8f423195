import Foundation

/// A sparse feature vector of unit length, sorted by feature, for cosine similarity.
struct WeightedVector: Sendable, Hashable {
    private(set) var features: [UInt64]
    private(set) var weights: [Double]

    /// Normalises `weights` to unit length; zero weights are dropped.
    ///
    /// - Complexity: O(k log k) for k features.
    init(_ raw: [UInt64: Double]) {
        let entries = raw.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        // Summed in feature order: dictionary order changes from run to run, and so would
        // the last bits of the norm.
        let norm = entries.reduce(0.0) { $0 + $1.value * $1.value }.squareRoot()
        features = norm > 0 ? entries.map(\.key) : []
        weights = norm > 0 ? entries.map { $0.value / norm } : []
    }

    /// The weights as a dictionary, for summing vectors.
    var dictionary: [UInt64: Double] {
        Dictionary(uniqueKeysWithValues: zip(features, weights))
    }

    /// The cosine of the angle between two unit vectors, clamped to 0…1.
    ///
    /// - Complexity: O(a + b), a merge of the sorted features.
    func cosine(_ other: WeightedVector) -> Double {
        min(1, max(0, sharedSum(with: other, squaringOwn: false)))
    }

    /// How much of this vector's weight lies on features `other` also has, in 0…1.
    ///
    /// An old section split in two is largely contained in each half's union, and each half is
    /// largely contained in it; a section that merely shares vocabulary is not.
    /// - Complexity: O(a + b).
    func containment(in other: WeightedVector) -> Double {
        min(1, sharedSum(with: other, squaringOwn: true))
    }

    /// The sum over shared features of both weights' product, or of this vector's weight
    /// squared; a merge over the sorted features, through buffers because it is the hot loop.
    ///
    /// - Complexity: O(a + b).
    private func sharedSum(with other: WeightedVector, squaringOwn: Bool) -> Double {
        features.withUnsafeBufferPointer { mine in
            other.features.withUnsafeBufferPointer { theirs in
                weights.withUnsafeBufferPointer { myWeights in
                    other.weights.withUnsafeBufferPointer { theirWeights in
                        var sum = 0.0, i = 0, j = 0
                        while i < mine.count, j < theirs.count {
                            if mine[i] == theirs[j] {
                                sum += myWeights[i] * (squaringOwn ? myWeights[i] : theirWeights[j])
                                i += 1
                                j += 1
                            } else if mine[i] < theirs[j] {
                                i += 1
                            } else {
                                j += 1
                            }
                        }
                        return sum
                    }
                }
            }
        }
    }

    /// The features in order of falling weight, ties by feature, at most `limit` of them.
    ///
    /// - Complexity: O(k log k).
    func strongestFeatures(_ limit: Int) -> [(feature: UInt64, weight: Double)] {
        zip(features, weights)
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
            .prefix(limit)
            .map { (feature: $0.0, weight: $0.1) }
    }
}

/// Weighs raw feature counts by TF-IDF over one level of both reports at once, so that the
/// weights, and with them every similarity, are the same whichever report comes first.
struct TermWeighting: Sendable {
    private var documentFrequency: [UInt64: Int] = [:]
    private var documentCount = 0

    /// - Complexity: O(total features of `documents`).
    init(_ documents: [[UInt64: Int]]) {
        documentCount = documents.count
        for document in documents {
            for feature in document.keys { documentFrequency[feature, default: 0] += 1 }
        }
    }

    /// Sub-linear term frequency times smoothed inverse document frequency, unit length.
    ///
    /// - Complexity: O(k log k) for k features.
    func vector(_ counts: [UInt64: Int]) -> WeightedVector {
        var weights: [UInt64: Double] = [:]
        let total = Double(max(documentCount, 1))
        for (feature, count) in counts {
            let frequency = Double(max(documentFrequency[feature] ?? 1, 1))
            weights[feature] = (1 + log(Double(count))) * log(1 + total / frequency)
        }
        return WeightedVector(weights)
    }
}
