import Crypto

/// A session identifier: 256 random bits sent to the browser as base64url, stored only as its
/// SHA-256 so a leaked database does not leak usable sessions (OWASP ASVS 3.2.2, 3.2.4).
public struct SessionToken: Sendable, Equatable {
    /// What goes into the cookie. Never log it.
    public let value: String
    /// Hex SHA-256 of `value`: what the database stores and looks up.
    public let storageKey: String

    /// Generates a fresh token from `random`. Throws `AuthError.randomUnavailable`.
    public static func generate(using random: any RandomSource) throws(AuthError) -> SessionToken {
        let value = AuthEncoding.base64URL(try random.authBytes(count: 32))
        return SessionToken(value: value, storageKey: storageKey(for: value))
    }

    /// The storage key for a token presented by a client. Returns nil for values that cannot be
    /// tokens (wrong alphabet or length), so garbage never reaches the database.
    public static func storageKey(forPresented presented: String) -> String? {
        guard presented.utf8.count == 43, let bytes = AuthEncoding.decodeBase64URL(presented),
              bytes.count == 32 else { return nil }
        return storageKey(for: presented)
    }

    private static func storageKey(for value: String) -> String {
        AuthEncoding.hex(SHA256.hash(Array(value.utf8)))
    }
}
