import Foundation

/// A sparse feature vector of unit length, sorted by feature, for cosine similarity.
struct WeightedVector: Sendable, Hashable {
    private(set) var features: [UInt64]
    private(set) var weights: [Double]

    /// Normalises `weights`, those of the distinct `features` in increasing order, to unit
    /// length; weights that are not positive are dropped.
    ///
    /// - Complexity: O(k) for k features.
    init(sortedFeatures: [UInt64], weights raw: [Double]) {
        var features: [UInt64] = [], weights: [Double] = []
        features.reserveCapacity(sortedFeatures.count)
        weights.reserveCapacity(sortedFeatures.count)
        // Summed in feature order, so the last bits of the norm never depend on anything else.
        var squares = 0.0
        for (feature, weight) in zip(sortedFeatures, raw) where weight > 0 {
            features.append(feature)
            weights.append(weight)
            squares += weight * weight
        }
        let norm = squares.squareRoot()
        self.features = norm > 0 ? features : []
        self.weights = norm > 0 ? weights.map { $0 / norm } : []
    }

    /// This vector plus `other` times `factor`, at unit length.
    ///
    /// - Complexity: O(a + b), a merge of the sorted features.
    func adding(_ other: WeightedVector, times factor: Double) -> WeightedVector {
        var features: [UInt64] = [], weights: [Double] = []
        var i = 0, j = 0
        while i < self.features.count || j < other.features.count {
            if j == other.features.count || (i < self.features.count && self.features[i] < other.features[j]) {
                features.append(self.features[i])
                weights.append(self.weights[i])
                i += 1
            } else if i == self.features.count || other.features[j] < self.features[i] {
                features.append(other.features[j])
                weights.append(0 + factor * other.weights[j])
                j += 1
            } else {
                features.append(self.features[i])
                weights.append(self.weights[i] + factor * other.weights[j])
                i += 1
                j += 1
            }
        }
        return WeightedVector(sortedFeatures: features, weights: weights)
    }

    /// Equal weights on every feature of any of `vectors`, at unit length.
    ///
    /// - Complexity: O(k log k) for k features in all.
    static func union(_ vectors: [WeightedVector]) -> WeightedVector {
        var features = vectors.flatMap(\.features)
        features.sort()
        var distinct: [UInt64] = []
        for feature in features where distinct.last != feature { distinct.append(feature) }
        return WeightedVector(sortedFeatures: distinct, weights: Array(repeating: 1, count: distinct.count))
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
    /// Each feature's term id, and by id, how many documents hold the feature and its weight.
    private var terms: IDTable
    private var documentFrequency: [Int] = []
    private var inverseFrequency: [Double] = []
    private var documentCount = 0

    /// - Complexity: O(total features of `documents`).
    init(_ documents: [FeatureCounts]) {
        documentCount = documents.count
        terms = IDTable(capacity: documents.reduce(0) { $0 + $1.features.count } / 4)
        for document in documents {
            for feature in document.features {
                let id = Int(terms.id(for: feature, next: UInt32(documentFrequency.count)))
                if id == documentFrequency.count { documentFrequency.append(1) } else { documentFrequency[id] += 1 }
            }
        }
        let total = Double(max(documentCount, 1))
        inverseFrequency = documentFrequency.map { log(1 + total / Double(max($0, 1))) }
    }

    /// Sub-linear term frequency times smoothed inverse document frequency, unit length.
    ///
    /// - Complexity: O(k) for k features.
    func vector(_ counts: FeatureCounts) -> WeightedVector {
        let total = Double(max(documentCount, 1))
        let weights = zip(counts.features, counts.counts).map { feature, count in
            // The same arithmetic as ever, the inverse frequency worked out once a term, and
            // log 1 = 0 without a call.
            let inverse = terms.find(feature).map { inverseFrequency[Int($0)] } ?? log(1 + total / 1)
            return (count == 1 ? 1 : 1 + log(Double(count))) * inverse
        }
        return WeightedVector(sortedFeatures: counts.features, weights: weights)
    }
}
