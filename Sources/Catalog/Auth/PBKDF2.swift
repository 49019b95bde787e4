/// PBKDF2 with HMAC-SHA256 as the pseudorandom function (RFC 8018 §5.2; vectors in RFC 7914 §11).
public enum PBKDF2 {
    /// Derives `keyLength` bytes from `password` and `salt`.
    ///
    /// - Parameters:
    ///   - iterations: the work factor `c`; values below 1 are treated as 1.
    ///   - keyLength: `dkLen` in bytes; must be at most (2^32 − 1) × 32 (never near that in practice).
    /// - Returns: the derived key `DK`.
    public static func sha256(password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int) -> [UInt8] {
        let prf = HMACSHA256(key: password)
        let rounds = max(1, iterations)
        var derived: [UInt8] = []
        derived.reserveCapacity(keyLength + HMACSHA256.byteCount)
        var blockIndex: UInt32 = 1
        while derived.count < keyLength {
            derived += block(prf: prf, salt: salt, index: blockIndex, rounds: rounds)
            blockIndex &+= 1
        }
        return Array(derived.prefix(keyLength))
    }

    /// `F(P, S, c, i) = U_1 ^ U_2 ^ … ^ U_c` (RFC 8018 §5.2 step 3).
    private static func block(prf: HMACSHA256, salt: [UInt8], index: UInt32, rounds: Int) -> [UInt8] {
        let indexBytes: [UInt8] = [
            UInt8(truncatingIfNeeded: index >> 24), UInt8(truncatingIfNeeded: index >> 16),
            UInt8(truncatingIfNeeded: index >> 8), UInt8(truncatingIfNeeded: index),
        ]
        var u = prf.authenticate(salt + indexBytes)
        var result = u
        for _ in 1..<rounds {
            u = prf.authenticate(u)
            for j in 0..<result.count { result[j] ^= u[j] }
        }
        return result
    }
}
