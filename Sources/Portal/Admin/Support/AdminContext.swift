import Catalog
import HTTPServer
import Accounts

/// Who is asking, for a request that passed the session check.
public struct AdminContext: Sendable {
    public var user: Operator
    public var session: ActiveSession

    /// The CSRF token every form of this page must carry.
    public var csrfToken: String { CSRFToken.derive(fromSecret: session.csrfSecret) }
}
