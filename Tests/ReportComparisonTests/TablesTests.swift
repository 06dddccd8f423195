@testable import ReportComparison
import Testing

@Suite struct TablesTests {
    @Test func sequenceTableGivesDenseStableIDs() {
        var table = ScalarSequenceTable(capacity: 1)
        let keys: [[UInt32]] = (0..<500).map { [UInt32($0 % 7), UInt32($0)] } + [[], [1], [1, 2, 3]]
        let ids = keys.map { table.id(for: $0[...]) }
        #expect(ids.map(\.id) == Array(keys.indices))
        let isNew = ids.map { $0.isNew }
        let again = keys.map { table.id(for: $0[...]) }
        #expect(!isNew.contains(false))
        #expect(again.map { $0.id } == Array(keys.indices) && !again.contains { $0.isNew })
        #expect(keys.indices.allSatisfy { Array(table.key($0)) == keys[$0] })
    }

    @Test func idTableKeepsEveryKeyIncludingItsEmptyMarker() {
        var table = IDTable(capacity: 1)
        let keys: [UInt64] = [0, 1, .max, .max - 1, 1 << 63] + (2..<300).map { UInt64($0) &* 0x9E37_79B9 }
        let first = keys.indices.map { table.id(for: keys[$0], next: UInt32($0)) }
        let again = keys.map { table.id(for: $0, next: 9999) }
        let found = keys.map { table.find($0) }
        #expect(first == keys.indices.map(UInt32.init) && again == first)
        #expect(found == first.map(Optional.some))
        #expect(table.find(12345) == nil)
    }
}
