import Catalog
import HTTPServer
import Storage
import Accounts

/// What the enterprise and desk handlers share, built once from the admin environment (same
/// database, clock, randomness and audit log) and the page context. No globals.
struct EnterpriseEnvironment: Sendable {
    let admin: AdminEnvironment
    let context: PageContext
    let configuration: EnterpriseConfiguration
    let plans: WelfarePlanRepository
    let secrets: SiteSecrets
    /// The per-client rate limits of the public forms (one for the site's life, so its pruning
    /// schedule holds).
    let limiter: PublicFormLimiter

    init(admin: AdminEnvironment, context: PageContext, configuration: EnterpriseConfiguration) {
        self.admin = admin
        self.context = context
        self.configuration = configuration
        plans = WelfarePlanRepository(database: admin.database)
        secrets = SiteSecrets(database: admin.database, random: admin.random, clock: admin.clock)
        limiter = PublicFormLimiter(store: SQLiteThrottleStore(database: admin.database), clock: admin.clock,
                                    limits: configuration.formLimits)
    }

    var database: DatabasePool { admin.database }
    var now: Int64 { admin.clock.nowSeconds() }
    var secureCookies: Bool { admin.configuration.secureCookies }

    /// The signer for shortlist cookies and shared links.
    func shortlistSigner() throws -> TokenSigner {
        TokenSigner(key: try secrets.key(named: SiteKeyNames.shortlist), clock: admin.clock)
    }

    /// The signer of the public forms' session-less CSRF tokens.
    func formSigner() throws -> TokenSigner {
        TokenSigner(key: try secrets.key(named: SiteKeyNames.publicForms), clock: admin.clock)
    }

    /// The page layout for this request.
    func layout() throws -> LayoutView { try context.layout() }
}
