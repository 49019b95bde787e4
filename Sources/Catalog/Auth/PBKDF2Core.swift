/// The hot loop of PBKDF2-HMAC-SHA256 without allocations: SHA-256 compression (FIPS 180-4 §6.2.2)
/// on eight-word states, with the HMAC inner and outer key blocks absorbed once.
///
/// Each PBKDF2 round hashes exactly one 32-byte value under HMAC, i.e. two compressions of a
/// block whose padding is constant (`U || 0x80 || 0… || bit length 768`). The general `SHA256`
/// type allocates per block, which made 600 000 rounds take seconds; this keeps them on the stack.
struct PBKDF2Core {
    typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    static let initial: State = (0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
                                 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)

    let innerStart: State
    let outerStart: State

    /// Absorbs the padded key XOR ipad / opad (RFC 2104 §2); `key` is at most 64 bytes here.
    init(key: [UInt8]) {
        var block = [UInt8](repeating: 0, count: 64)
        for (i, b) in key.prefix(64).enumerated() { block[i] = b }
        innerStart = Self.compress(Self.initial, words: Self.words(block.map { $0 ^ 0x36 }))
        outerStart = Self.compress(Self.initial, words: Self.words(block.map { $0 ^ 0x5c }))
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
            return rounds(state, w)
        }
    }

    /// One compression of `words` (16 message words) into `state`.
    static func compress(_ state: State, words: [UInt32]) -> State {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for i in 0..<16 { w[i] = words[i] }
            return rounds(state, w)
        }
    }

    /// Expands the schedule in `w` (first 16 words set) and runs the 64 rounds.
    @inline(__always)
    static func rounds(_ state: State, _ buffer: UnsafeMutableBufferPointer<UInt32>) -> State {
        guard let w = buffer.baseAddress, buffer.count >= 64 else { return state }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = state
        k.withUnsafeBufferPointer { table in
            guard let k = table.baseAddress else { return }
            for i in 0..<64 {
                let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[i] &+ w[i]
                let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
                h = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
        }
        return (state.0 &+ a, state.1 &+ b, state.2 &+ c, state.3 &+ d, state.4 &+ e, state.5 &+ f, state.6 &+ g, state.7 &+ h)
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

    static func bytes(_ s: State) -> [UInt8] {
        [s.0, s.1, s.2, s.3, s.4, s.5, s.6, s.7].flatMap { w in
            [UInt8(truncatingIfNeeded: w >> 24), UInt8(truncatingIfNeeded: w >> 16), UInt8(truncatingIfNeeded: w >> 8), UInt8(truncatingIfNeeded: w)]
        }
    }

    static func xor(_ a: State, _ b: State) -> State {
        (a.0 ^ b.0, a.1 ^ b.1, a.2 ^ b.2, a.3 ^ b.3, a.4 ^ b.4, a.5 ^ b.5, a.6 ^ b.6, a.7 ^ b.7)
    }

    @inline(__always) static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
