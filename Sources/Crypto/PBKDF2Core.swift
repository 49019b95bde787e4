/// The hot loop of PBKDF2-HMAC-SHA256 without allocations: SHA-256 compression (FIPS 180-4 §6.2.2)
/// on eight-word states, with the HMAC inner and outer key blocks absorbed once.
///
/// Each PBKDF2 round hashes exactly one 32-byte value under HMAC, i.e. two compressions of a
/// block whose padding is constant (`U || 0x80 || 0… || bit length 768`). The general `SHA256`
/// type buffers bytes in arrays, which made 600 000 rounds take seconds; this keeps them on the
/// stack and shares the compression function (`SHA256Compression`) with it.
struct PBKDF2Core {
    typealias State = SHA256Compression.State

    let innerStart: State
    let outerStart: State

    /// Absorbs the padded key XOR ipad / opad (RFC 2104 §2); `key` is at most 64 bytes here.
    init(key: [UInt8]) {
        var block = [UInt8](repeating: 0, count: 64)
        for (i, b) in key.prefix(64).enumerated() { block[i] = b }
        innerStart = Self.words(block.map { $0 ^ 0x36 }).withUnsafeBufferPointer {
            SHA256Compression.compress(SHA256Compression.initial, words: $0)
        }
        outerStart = Self.words(block.map { $0 ^ 0x5c }).withUnsafeBufferPointer {
            SHA256Compression.compress(SHA256Compression.initial, words: $0)
        }
    }

    /// HMAC of a 32-byte message given as eight big-endian words.
    func mac(_ message: State) -> State {
        Self.compressDigest(outerStart, Self.compressDigest(innerStart, message))
    }

    /// Compresses the block `m || 0x80 || 0… || 768` (a 32-byte digest after a 64-byte key block).
    static func compressDigest(_ state: State, _ m: State) -> State {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            (w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]) = m
            w[8] = 0x8000_0000
            for i in 9..<15 { w[i] = 0 }
            w[15] = 768
            return SHA256Compression.rounds(state, w)
        }
    }

    static func words(_ block: [UInt8]) -> [UInt32] {
        (0..<16).map { i in
            UInt32(block[i * 4]) << 24 | UInt32(block[i * 4 + 1]) << 16 | UInt32(block[i * 4 + 2]) << 8 | UInt32(block[i * 4 + 3])
        }
    }

    static func state(_ bytes: [UInt8]) -> State {
        let w = words(bytes + [UInt8](repeating: 0, count: 64 - bytes.count))
        return (w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7])
    }

    static func bytes(_ s: State) -> [UInt8] { SHA256Compression.bytes(s) }

    static func xor(_ a: State, _ b: State) -> State {
        (a.0 ^ b.0, a.1 ^ b.1, a.2 ^ b.2, a.3 ^ b.3, a.4 ^ b.4, a.5 ^ b.5, a.6 ^ b.6, a.7 ^ b.7)
    }
}
