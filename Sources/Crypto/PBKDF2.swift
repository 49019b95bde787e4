/// PBKDF2 with HMAC-SHA256 as the pseudorandom function (RFC 8018 §5.2; vectors in RFC 7914 §11).
public enum PBKDF2 {
    /// Derives `keyLength` bytes from `password` and `salt`.
    ///
    /// - Parameters:
    ///   - iterations: the work factor `c`; values below 1 are treated as 1.
    ///   - keyLength: `dkLen` in bytes; must be at most (2^32 − 1) × 32 (never near that in practice).
    /// - Returns: the derived key `DK`.
    public static func sha256(password: [UInt8], salt: [UInt8], iterations: Int, keyLength: Int) -> [UInt8] {
        // Keys longer than the block are hashed first (RFC 2104 §2).
        let key = password.count > 64 ? SHA256.hash(password) : password
        let prf = HMACSHA256(key: key)
        let core = PBKDF2Core(key: key)
        let rounds = max(1, iterations)
        var derived: [UInt8] = []
        derived.reserveCapacity(keyLength + HMACSHA256.byteCount)
        var blockIndex: UInt32 = 1
        while derived.count < keyLength {
            derived += block(prf: prf, core: core, salt: salt, index: blockIndex, rounds: rounds)
            blockIndex &+= 1
        }
        return Array(derived.prefix(keyLength))
    }

    /// `F(P, S, c, i) = U_1 ^ U_2 ^ … ^ U_c` (RFC 8018 §5.2 step 3). `U_1` covers the salt (any
    /// length) with the general HMAC; the following rounds use the allocation-free core.
    private static func block(prf: HMACSHA256, core: PBKDF2Core, salt: [UInt8], index: UInt32, rounds: Int) -> [UInt8] {
        let indexBytes: [UInt8] = [
            UInt8(truncatingIfNeeded: index >> 24), UInt8(truncatingIfNeeded: index >> 16),
            UInt8(truncatingIfNeeded: index >> 8), UInt8(truncatingIfNeeded: index),
        ]
        var u = PBKDF2Core.state(prf.authenticate(salt + indexBytes))
        var result = u
        for _ in 1..<rounds {
            u = core.mac(u)
            result = PBKDF2Core.xor(result, u)
        }
        return PBKDF2Core.bytes(result)
    }
}
