import Catalog
import Accounts

/// Settings of the operators' area, with documented defaults; `vetrina serve` fills it from flags.
public struct AdminConfiguration: Sendable {
    /// Mark cookies `Secure` and use the `__Host-` prefix (set when the portal is served over TLS,
    /// directly or behind a proxy). Off by default so `make run` works on plain http://127.0.0.1.
    public var secureCookies: Bool
    /// Idle and absolute session lifetimes.
    public var sessionPolicy: SessionPolicy
    /// PBKDF2 rounds for new password hashes (tests lower it; production keeps the default).
    public var passwordIterations: Int
    /// Per-account and per-client sign-in limits.
    public var accountThrottle: ThrottlePolicy
    public var clientThrottle: ThrottlePolicy
    /// Largest CSV upload accepted (beyond: 413 before the body is read).
    public var maxImportBytes: Int
    /// Rows per page in admin lists.
    public var pageSize: Int
    /// Reverse proxies whose `X-Forwarded-For` gives the client address for sign-in throttling.
    public var proxyTrust: ProxyTrust = ProxyTrust()

    public init(secureCookies: Bool = false, sessionPolicy: SessionPolicy = SessionPolicy(),
                passwordIterations: Int = PasswordHasher.recommendedIterations,
                accountThrottle: ThrottlePolicy = .perAccount, clientThrottle: ThrottlePolicy = .perClient,
                maxImportBytes: Int = 5 * 1_048_576, pageSize: Int = 50) {
        self.secureCookies = secureCookies
        self.sessionPolicy = sessionPolicy
        self.passwordIterations = passwordIterations
        self.accountThrottle = accountThrottle
        self.clientThrottle = clientThrottle
        self.maxImportBytes = maxImportBytes
        self.pageSize = pageSize
    }

    /// Session cookie name: `__Host-` prefixed when secure (bound to this host, path `/`, HTTPS only).
    var sessionCookieName: String { secureCookies ? "__Host-vw_sessione" : "vw_sessione" }
    /// Cookie holding the secret for the sign-in form's CSRF token (before any session exists).
    var preSessionCookieName: String { secureCookies ? "__Host-vw_accesso" : "vw_accesso" }
}
