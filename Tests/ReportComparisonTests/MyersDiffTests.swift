@testable import ReportComparison
import TestSupport
import Testing

@Suite struct MyersDiffTests {
    /// The edit distance (insertions plus deletions) by dynamic programming over the LCS.
    private func referenceDistance(_ old: [Int], _ new: [Int]) -> Int {
        var previous = [Int](repeating: 0, count: new.count + 1)
        for x in old {
            var current = [Int](repeating: 0, count: new.count + 1)
            for (j, y) in new.enumerated() {
                current[j + 1] = x == y ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            previous = current
        }
        return old.count + new.count - 2 * previous[new.count]
    }

    private func apply(_ edits: [Edit], old: [Int], new: [Int]) -> (old: [Int], new: [Int], distance: Int) {
        var rebuiltOld: [Int] = [], rebuiltNew: [Int] = []
        var oldIndex = 0, newIndex = 0, distance = 0
        for edit in edits {
            switch edit.kind {
            case .equal:
                #expect(Array(old[oldIndex..<(oldIndex + edit.count)]) == Array(new[newIndex..<(newIndex + edit.count)]))
                rebuiltOld += old[oldIndex..<(oldIndex + edit.count)]
                rebuiltNew += new[newIndex..<(newIndex + edit.count)]
                oldIndex += edit.count
                newIndex += edit.count
            case .delete:
                rebuiltOld += old[oldIndex..<(oldIndex + edit.count)]
                oldIndex += edit.count
                distance += edit.count
            case .insert:
                rebuiltNew += new[newIndex..<(newIndex + edit.count)]
                newIndex += edit.count
                distance += edit.count
            }
        }
        return (rebuiltOld, rebuiltNew, distance)
    }

    @Test func findsShortestEditScripts() {
        var generator = SeededGenerator(seed: 7)
        for round in 0..<420 {
            let alphabet = Int.random(in: 1...5, using: &generator)
            let maxLength = round < 400 ? 25 : 300
            let old = (0..<Int.random(in: 0...maxLength, using: &generator)).map { _ in Int.random(in: 0..<alphabet, using: &generator) }
            let new = (0..<Int.random(in: 0...maxLength, using: &generator)).map { _ in Int.random(in: 0..<alphabet, using: &generator) }
            let edits = MyersDiff(old: old, new: new, maxEditDistance: 1_000).edits()
            let result = apply(edits, old: old, new: new)
            #expect(result.old == old)
            #expect(result.new == new)
            #expect(result.distance == referenceDistance(old, new), "\(old) → \(new)")
        }
    }

    @Test func fallsBackToOneReplacementPastTheBound() {
        let old = [9, 1, 2, 1, 2, 1, 2, 1, 2, 9]
        let new = [9, 3, 2, 3, 2, 3, 2, 3, 2, 9]
        let bounded = MyersDiff(old: old, new: new, maxEditDistance: 2).edits()
        #expect(bounded == [
            Edit(kind: .equal, count: 1), Edit(kind: .delete, count: 7),
            Edit(kind: .insert, count: 7), Edit(kind: .equal, count: 2),
        ])
        let unbounded = MyersDiff(old: old, new: new, maxEditDistance: 100).edits()
        #expect(apply(unbounded, old: old, new: new).distance == 8)
    }

    /// Two long unrelated token runs: the bounded search stops within its work budget and still
    /// gives a correct (coarse) script.
    @Test func longUnrelatedRunsStayWithinTheWorkBudget() {
        let old = (0..<100_000).map { $0 % 7 }, new = (0..<100_000).map { $0 % 5 + 3 }
        let start = ContinuousClock.now
        let edits = MyersDiff(old: old, new: new, maxEditDistance: 2_000).edits()
        #expect(ContinuousClock.now - start < .seconds(120), "a hang guard, not a speed test")
        let rebuilt = apply(edits, old: old, new: new)
        #expect(rebuilt.old == old)
        #expect(rebuilt.new == new)
    }
}
