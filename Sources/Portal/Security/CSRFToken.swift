
/// CSRF tokens of the admin area, bound to a secret the browser holds in an HttpOnly cookie (the
/// session's `csrfSecret`, or a pre-session cookie on the sign-in form): a `TokenSigner` token for
/// `TokenPurpose.adminCSRF` keyed by that secret, so one session's token is the same in every form.
///
/// An attacker's page can make the browser send the cookie but cannot read it, so it cannot
/// compute the form field (OWASP CSRF cheat sheet, "signed double-submit cookie").
enum CSRFToken {
    /// The token to put in every state-changing form of this session.
    static func derive(fromSecret secret: String) -> String {
        TokenSigner(key: Array(secret.utf8)).issue(.adminCSRF)
    }

    /// Whether `presented` (from the form) is the token for `secret`, compared in constant time.
    /// A missing or empty secret or token is never valid.
    static func isValid(_ presented: String?, forSecret secret: String?) -> Bool {
        guard let presented, let secret, !secret.isEmpty, !presented.isEmpty else { return false }
        return TokenSigner(key: Array(secret.utf8)).isValid(presented, .adminCSRF)
    }
}
