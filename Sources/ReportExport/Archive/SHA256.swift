import CSHA256

/// SHA-256 (FIPS 180-4), for the input hashes an archive records, the archive's own hash that
/// keys the page's review marks, the page's row keys and its Content-Security-Policy.
///
/// Written out here because Foundation on Linux has no digest API and one hash of two small
/// files does not earn a cryptography package's build time. Where the processor has the x86 SHA
/// instructions, the blocks go through them (`CSHA256`, some 15 times faster: an export hashes
/// about a megabyte); elsewhere through the rounds below.
enum SHA256 {
    /// The lowercase hexadecimal digest of `bytes`.
    ///
    /// - Complexity: O(n).
    static func hex<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        let digest = digest(bytes)
        return String(unsafeUninitializedCapacity: 64) { text in
            for (index, byte) in digest.enumerated() {
                text[2 * index] = hexDigit(byte >> 4)
                text[2 * index + 1] = hexDigit(byte & 0xF)
            }
            return 64
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// The 32-byte digest of `bytes`, read where they lie when they are contiguous (`Data`,
    /// arrays, a string's UTF-8): an archive of megabytes is hashed on every export, and a copy
    /// of it only to pad its end is wasted time and memory.
    ///
    /// - Complexity: O(n).
    static func digest<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        if let digest = bytes.withContiguousStorageIfAvailable({ digest(of: UnsafeRawBufferPointer($0)) }) {
            return digest
        }
        return Array(bytes).withUnsafeBytes(digest(of:))
    }

    /// Whether the processor's SHA instructions do the rounds (asked once).
    static let usesHardware = rd_sha256_hardware_available()

    private static func digest(of bytes: UnsafeRawBufferPointer) -> [UInt8] {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { state in
            _ = state.initialize(from: [
                0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
            ])
            let wholeBlocks = bytes.count / 64
            compress(UnsafeRawBufferPointer(rebasing: bytes[..<(wholeBlocks * 64)]), into: state)
            // The bytes after the last whole block, 0x80, zeros and the length in bits fill one
            // block, or two when fewer than 9 bytes are left for the marker and the length.
            let rest = bytes.count - wholeBlocks * 64
            let paddedCount = rest < 56 ? 64 : 128
            withUnsafeTemporaryAllocation(byteCount: paddedCount, alignment: 8) { padded in
                padded.initializeMemory(as: UInt8.self, repeating: 0)
                padded.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[(wholeBlocks * 64)...]))
                padded[rest] = 0x80
                padded.storeBytes(of: (UInt64(bytes.count) &* 8).bigEndian, toByteOffset: paddedCount - 8, as: UInt64.self)
                compress(UnsafeRawBufferPointer(padded), into: state)
            }
            return [UInt8](unsafeUninitializedCapacity: 32) { digest, count in
                for (index, word) in state.enumerated() {
                    for shift in 0..<4 { digest[4 * index + shift] = UInt8(truncatingIfNeeded: word >> (24 - 8 * shift)) }
                }
                count = 32
            }
        }
    }

    /// Whole 64-byte blocks into the hash state.
    private static func compress(_ blocks: UnsafeRawBufferPointer, into state: UnsafeMutableBufferPointer<UInt32>) {
        guard let base = blocks.baseAddress, let words = state.baseAddress, blocks.count >= 64 else { return }
        if usesHardware {
            rd_sha256_hardware_compress(words, base.assumingMemoryBound(to: UInt8.self), blocks.count / 64)
            return
        }
        withUnsafePointer(to: rd_sha256_round_constants) { table in
            table.withMemoryRebound(to: UInt32.self, capacity: 64) { first in
                let constants = UnsafeBufferPointer(start: first, count: 64)
                for start in stride(from: 0, to: blocks.count / 64 * 64, by: 64) {
                    compress(UnsafeRawBufferPointer(rebasing: blocks[start..<(start + 64)]), into: state, constants: constants)
                }
            }
        }
    }

    /// One 64-byte block into the hash state; the eight words are in locals while it is mixed in
    /// and the message schedule lives on the stack.
    private static func compress(
        _ block: UnsafeRawBufferPointer, into state: UnsafeMutableBufferPointer<UInt32>, constants: UnsafeBufferPointer<UInt32>
    ) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
            for index in 0..<16 {
                words[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
            }
            for index in 16..<64 {
                let early = words[index - 15], late = words[index - 2]
                let s0 = early.rotatedRight(7) ^ early.rotatedRight(18) ^ (early >> 3)
                let s1 = late.rotatedRight(17) ^ late.rotatedRight(19) ^ (late >> 10)
                words[index] = words[index - 16] &+ s0 &+ words[index - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
            for index in 0..<64 {
                let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
                let choice = (e & f) ^ (~e & g)
                let temp1 = h &+ s1 &+ choice &+ constants[index] &+ words[index]
                let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ s0 &+ majority)
            }
            for (index, word) in [a, b, c, d, e, f, g, h].enumerated() { state[index] &+= word }
        }
    }
}

extension UInt32 {
    fileprivate func rotatedRight(_ count: UInt32) -> UInt32 { (self >> count) | (self << (32 - count)) }
}
