import Catalog
import HTTPServer
import Storage
import Accounts
import Crypto

/// Everything the admin handlers share, built once at start and passed in (no globals).
public struct AdminEnvironment: Sendable {
    public let database: DatabasePool
    public let configuration: AdminConfiguration
    public let clock: any AuthClock
    public let random: any RandomSource
    public let layout: LayoutView
    public let setupLink: AdminSetupLink
    public let users: UserRepository
    let sessions: SessionStore
    let hasher: PasswordHasher
    let signIn: SignInService
    let audit: AuditLogWriter
    let auditLog: AuditLogRepository
    /// Receives one line per notable event; never given passwords, tokens or session ids.
    public let log: @Sendable (String) -> Void
    /// Runs after each catalog write an editor commits: `vetrina serve` gives the search
    /// index's catch-up (`SearchIndexer.afterCommitHook`), so replicas find the card too.
    public let afterCatalogCommit: AfterCommitHook

    public init(database: DatabasePool, configuration: AdminConfiguration = AdminConfiguration(),
                layout: LayoutView, setupLink: AdminSetupLink = AdminSetupLink(),
                clock: any AuthClock = SystemAuthClock(), random: any RandomSource = SystemRandomSource(),
                log: @escaping @Sendable (String) -> Void = { _ in }, afterCatalogCommit: @escaping AfterCommitHook = {}) {
        self.database = database
        self.afterCatalogCommit = afterCatalogCommit
        self.configuration = configuration
        self.clock = clock
        self.random = random
        self.layout = layout
        self.setupLink = setupLink
        self.log = log
        users = UserRepository(database: database, clock: clock)
        sessions = SessionStore(database: database, clock: clock, random: random, policy: configuration.sessionPolicy)
        hasher = PasswordHasher(iterations: configuration.passwordIterations, random: random)
        let guardian = SignInGuard(store: SQLiteThrottleStore(database: database), clock: clock,
                                   account: configuration.accountThrottle, client: configuration.clientThrottle)
        signIn = SignInService(database: database, users: users, sessions: sessions, throttle: guardian,
                               hasher: hasher, clock: clock)
        audit = AuditLogWriter(clock: clock)
        auditLog = AuditLogRepository(database: database)
    }
}

/// The catalog's editors as the admin handlers use them: every one runs `afterCatalogCommit`.
extension AdminEnvironment {
    var cardEditor: CardEditor { CardEditor(database: database, clock: clock, afterCommit: afterCatalogCommit) }
    var organizationEditor: OrganizationEditor {
        OrganizationEditor(database: database, clock: clock, afterCommit: afterCatalogCommit)
    }
    var areaEditor: AreaEditor { AreaEditor(database: database, clock: clock, afterCommit: afterCatalogCommit) }
    var importer: ServiceImporter { ServiceImporter(database: database, clock: clock, afterCommit: afterCatalogCommit) }
}
