import Foundation
import Crypto

/// Salted, slow password hashes in the text format `pbkdf2-sha256$ITER$SALT$HASH`
/// (salt and hash in unpadded base64url; 16-byte salt, 32-byte hash).
///
/// PBKDF2-HMAC-SHA256 (RFC 8018 §5.2) with `iterations` rounds; OWASP's Password Storage
/// Cheat Sheet recommends 600 000. Tests pass a small count to stay fast.
public struct PasswordHasher: Sendable {
    /// The production work factor.
    public static let recommendedIterations = 600_000
    /// Stored hashes claiming more than this are refused, so a tampered row cannot stall a worker.
    public static let maximumIterations = 10_000_000
    private static let scheme = "pbkdf2-sha256"

    public let iterations: Int
    private let random: any RandomSource

    public init(iterations: Int = PasswordHasher.recommendedIterations, random: any RandomSource = SystemRandomSource()) {
        self.iterations = max(1, iterations)
        self.random = random
    }

    /// Hashes `password` with a fresh salt. Throws `AuthError.randomUnavailable`.
    public func hash(_ password: String) throws(AuthError) -> String {
        let salt = try random.authBytes(count: 16)
        let derived = PBKDF2.sha256(password: Array(password.utf8), salt: salt, iterations: iterations, keyLength: 32)
        return [Self.scheme, String(iterations), AuthEncoding.base64URL(salt), AuthEncoding.base64URL(derived)]
            .joined(separator: "$")
    }

    /// Whether `password` matches `stored`, comparing in constant time. A malformed `stored`
    /// value is simply a mismatch (after the same work as a real check).
    ///
    /// The work never falls below the current parameters: a hash stored with fewer iterations
    /// is topped up with dummy rounds (`paddingIterations`), so an old account answers as slowly
    /// as an unknown e-mail and timing does not tell which accounts exist (ASVS 2.2 / 2.4).
    public func verify(_ password: String, against stored: String) -> Bool {
        guard let parsed = Self.parse(stored) else {
            verifyAgainstDummy(password)
            return false
        }
        let derived = PBKDF2.sha256(
            password: Array(password.utf8), salt: parsed.salt, iterations: parsed.iterations,
            keyLength: parsed.hash.count)
        let padding = paddingIterations(for: stored)
        if padding > 0 {
            _ = PBKDF2.sha256(password: Array(password.utf8), salt: Self.dummySalt, iterations: padding, keyLength: 32)
        }
        return ConstantTime.equals(derived, parsed.hash)
    }

    /// Dummy rounds `verify` adds so checking `stored` costs at least `iterations` rounds.
    func paddingIterations(for stored: String) -> Int {
        guard let parsed = Self.parse(stored) else { return 0 }
        return max(0, iterations - parsed.iterations)
    }

    /// True when `stored` was made with other parameters than this hasher uses (iterations
    /// lower or higher, another salt or hash size, another scheme): rehash at the next sign-in.
    func needsRehash(_ stored: String) -> Bool {
        guard let parsed = Self.parse(stored) else { return true }
        return parsed.iterations != iterations || parsed.salt.count != 16
    }

    private static let dummySalt = [UInt8](repeating: 0, count: 16)

    /// Burns the same time as a real verification; used for unknown e-mails so response timing
    /// does not reveal which accounts exist.
    func verifyAgainstDummy(_ password: String) {
        _ = PBKDF2.sha256(password: Array(password.utf8), salt: Self.dummySalt, iterations: iterations, keyLength: 32)
    }

    private static func parse(_ stored: String) -> (iterations: Int, salt: [UInt8], hash: [UInt8])? {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == Self.scheme,
              let iterations = Int(parts[1]), iterations >= 1, iterations <= maximumIterations,
              let salt = AuthEncoding.decodeBase64URL(String(parts[2])), !salt.isEmpty,
              let hash = AuthEncoding.decodeBase64URL(String(parts[3])), hash.count == 32
        else { return nil }
        return (iterations, salt, hash)
    }
}
