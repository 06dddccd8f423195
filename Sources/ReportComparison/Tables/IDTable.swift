/// An open-addressing hash table from 64-bit keys to 32-bit ids, with multiplicative hashing:
/// the keys (n-grams of unit ids, text features) are already well mixed, so SipHash would only
/// cost time.
struct IDTable {
    /// Marks an empty slot; the key of that value, should it come, is kept beside the slots.
    private static let empty = UInt64.max
    private var keys: [UInt64]
    private var values: [UInt32]
    private var emptyKeyValue: UInt32?
    private var count = 0
    private var shift: UInt64

    init(capacity: Int) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        keys = [UInt64](repeating: Self.empty, count: 1 << bits)
        values = [UInt32](repeating: 0, count: 1 << bits)
        shift = 64 - bits
    }

    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    func find(_ key: UInt64) -> UInt32? {
        guard key != Self.empty else { return emptyKeyValue }
        let mask = keys.count - 1
        var index = slot(key)
        while keys[index] != Self.empty {
            if keys[index] == key { return values[index] }
            index = (index + 1) & mask
        }
        return nil
    }

    /// The id stored for `key`, or `next` after storing it.
    /// - Complexity: amortized O(1).
    mutating func id(for key: UInt64, next: UInt32) -> UInt32 {
        guard key != Self.empty else {
            if let value = emptyKeyValue { return value }
            emptyKeyValue = next
            return next
        }
        if 2 * (count + 1) > keys.count { grow() }
        let mask = keys.count - 1
        var index = slot(key)
        while keys[index] != Self.empty {
            if keys[index] == key { return values[index] }
            index = (index + 1) & mask
        }
        keys[index] = key
        values[index] = next
        count += 1
        return next
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        shift -= 1
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        values = [UInt32](repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (key, value) in zip(oldKeys, oldValues) where key != Self.empty {
            var index = slot(key)
            while keys[index] != Self.empty { index = (index + 1) & mask }
            keys[index] = key
            values[index] = value
        }
    }
}
