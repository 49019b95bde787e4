import Crypto

/// CSRF protection for public forms that have no session (OWASP "signed double-submit cookie"):
/// the browser holds a random nonce in an HttpOnly cookie, and the form carries
/// `issuedAt.base64url(HMAC(key, purpose|issuedAt|nonce))`. Another site can make the browser send
/// the cookie but can read neither it nor the form, so it cannot build a valid field; the
/// timestamp bounds how long a page's form stays usable.
public struct FormToken: Sendable {
    private let authenticator: HMACSHA256
    /// How long a form stays valid, in seconds. Default 2 hours.
    public let lifetimeSeconds: Int64

    public init(key: [UInt8], lifetimeSeconds: Int64 = 7_200) {
        authenticator = HMACSHA256(key: key)
        self.lifetimeSeconds = lifetimeSeconds
    }

    /// The hidden field for a form of `purpose` shown at `now` to the browser holding `nonce`.
    public func field(purpose: String, nonce: String, now: Int64) -> String {
        "\(now).\(mac(purpose, now, nonce))"
    }

    /// Whether `field` was issued for `purpose` to the browser holding `nonce`, not in the future
    /// and not longer ago than the lifetime. Missing values are never valid.
    public func isValid(_ field: String?, purpose: String, nonce: String?, now: Int64) -> Bool {
        guard let field, let nonce, nonce.utf8.count >= 16, field.utf8.count <= 200,
              let dot = field.firstIndex(of: "."), let issued = Int64(field[..<dot]) else { return false }
        guard issued <= now + 60, now - issued <= lifetimeSeconds else { return false }
        return ConstantTime.equals(String(field[field.index(after: dot)...]), mac(purpose, issued, nonce))
    }

    private func mac(_ purpose: String, _ issued: Int64, _ nonce: String) -> String {
        AuthEncoding.base64URL(authenticator.authenticate(Array("form|\(purpose)|\(issued)|\(nonce)".utf8)))
    }
}
