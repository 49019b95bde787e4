import Catalog
import HTTPServer
import Accounts

/// Who is asking, for a request that passed the session check.
struct AdminContext: Sendable {
    var user: Operator
    var session: ActiveSession

    /// The CSRF token every form of this page must carry.
    var csrfToken: String { CSRFToken.derive(fromSecret: session.csrfSecret) }
}
