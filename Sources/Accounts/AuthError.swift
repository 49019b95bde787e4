/// Why an operator's request was refused. The Portal maps these to responses in one place
/// (`ErrorResponder`): `notSignedIn` → redirect to the sign-in page, the rest → 403.
public enum AuthError: Error, Equatable, Sendable {
    /// No valid session (missing, unknown, idle or absolutely expired).
    case notSignedIn
    /// Signed in, but the role or organisation assignment does not allow the action.
    case forbidden
    /// The form's CSRF token is missing or does not belong to this session.
    case csrfMismatch
    /// Unknown e-mail or wrong password (deliberately not saying which).
    case invalidCredentials
    /// The operating system's random source could not be read.
    case randomUnavailable
}
