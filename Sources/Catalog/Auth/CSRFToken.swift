import Crypto

/// CSRF tokens bound to a secret the browser holds in an HttpOnly cookie (the session token,
/// or a pre-session cookie on the sign-in form): `base64url(HMAC-SHA256(secret, "csrf:v1"))`.
///
/// An attacker's page can make the browser send the cookie but cannot read it, so it cannot
/// compute the form field (OWASP CSRF cheat sheet, "signed double-submit cookie").
public enum CSRFToken {
    private static let label = Array("vetrina-csrf:v1".utf8)

    /// The token to put in every state-changing form of this session.
    public static func derive(fromSecret secret: String) -> String {
        AuthEncoding.base64URL(HMACSHA256.authenticate(label, key: Array(secret.utf8)))
    }

    /// Whether `presented` (from the form) matches the token for `secret`, in constant time.
    /// A missing secret or token is never valid.
    public static func isValid(_ presented: String?, forSecret secret: String?) -> Bool {
        guard let presented, let secret, !secret.isEmpty, !presented.isEmpty else { return false }
        return ConstantTime.equals(presented, derive(fromSecret: secret))
    }
}
