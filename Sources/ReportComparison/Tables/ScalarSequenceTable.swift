/// Dense ids for short sequences of 32-bit values (scalars, or their equality keys), in an
/// open-addressing table with a multiplicative hash: tokens and phrase units are many and short,
/// and hashing them as `String`s with SipHash would cost more than the rest of their handling.
struct ScalarSequenceTable {
    /// Every key's values, one after another; key `id` is `values[starts[id]..<starts[id + 1]]`.
    private var values: [UInt32] = []
    private var starts = [0]
    /// Ids by hash slot; -1 for an empty slot.
    private var slots: [Int32]
    private var shift: UInt64

    init(capacity: Int = 64) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        slots = [Int32](repeating: -1, count: 1 << bits)
        shift = 64 - bits
    }

    /// How many keys the table holds; their ids are below it.
    var count: Int { starts.count - 1 }

    /// The values of the key with this id.
    func key(_ id: Int) -> ArraySlice<UInt32> {
        values[starts[id]..<starts[id + 1]]
    }

    /// The id of `key`, stored with the next id when it is new.
    ///
    /// - Complexity: amortized O(k) for a key of k values.
    mutating func id(for key: ArraySlice<UInt32>) -> (id: Int, isNew: Bool) {
        if 2 * (count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        var slot = self.slot(key)
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if self.key(id).elementsEqual(key) { return (id, false) }
            slot = (slot + 1) & mask
        }
        let id = count
        slots[slot] = Int32(id)
        values += key
        starts.append(values.count)
        return (id, true)
    }

    /// The id of `key`, `nil` when the table does not hold it.
    ///
    /// - Complexity: O(k) for a key of k values.
    func find(_ key: ArraySlice<UInt32>) -> Int? {
        let mask = slots.count - 1
        var slot = self.slot(key)
        while slots[slot] >= 0 {
            let id = Int(slots[slot])
            if self.key(id).elementsEqual(key) { return id }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func slot(_ key: ArraySlice<UInt32>) -> Int {
        var hash: UInt64 = UInt64(key.count)
        for value in key { hash = (hash ^ UInt64(value)) &* 0x9E37_79B9_7F4A_7C15 }
        return Int(truncatingIfNeeded: hash >> shift)
    }

    private mutating func grow() {
        shift -= 1
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for id in 0..<count {
            var slot = self.slot(key(id))
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
