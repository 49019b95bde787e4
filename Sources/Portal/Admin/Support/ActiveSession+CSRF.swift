import Accounts

// CSRF belongs to the web layer: Accounts keeps the session's secret, the forms derive the token.
extension ActiveSession {
    /// The token to embed in this session's forms.
    var csrfToken: String { CSRFToken.derive(fromSecret: csrfSecret) }
}
