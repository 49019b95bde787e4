import Catalog
import Foundation
import HTTPServer
import Crypto
import TestSupport
@testable import Portal
@testable import Storage
@testable import Accounts

/// The repository's `Migrations/` directory.
let adminMigrations = TestDatabase.migrations

/// A real server on port 0 with the portal and its admin area over a fresh migrated database,
/// a manual clock and a low PBKDF2 work factor. Call `stop()` in `defer`.
final class AdminTestServer: Sendable {
    let storage: TestDatabase
    var database: DatabasePool { storage.pool }
    let clock = ManualClock()
    let environment: AdminEnvironment
    let live: LiveServer
    var port: Int { live.port }

    /// `publicCatalog`: the public pages read this database (`SQLitePortalCatalog`) instead of a fake.
    /// `feedback`: the observatory with citizens' feedback forms (token and rate limit on `clock`).
    /// The harness's PBKDF2 work factor, 10 rounds for speed. Only tests use it: `AdminConfiguration()`
    /// defaults to `PasswordHasher.recommendedIterations` (checked in `AdminSignInFlowTests`).
    static let defaultConfiguration = AdminConfiguration(passwordIterations: 10)

    init(configuration: AdminConfiguration = AdminTestServer.defaultConfiguration, publicCatalog: Bool = false,
         feedback: Bool = false) throws {
        storage = try TestDatabase(.base(), prefix: "vetrina-admin")
        let database = storage.pool
        try Self.seedReferenceData(database)
        let layout = LayoutView(site: SiteContext())
        environment = AdminEnvironment(database: database, configuration: configuration, layout: layout, clock: clock)
        let catalog: any PortalCatalog = publicCatalog ? try SQLitePortalCatalog(pool: database) : FakeCatalog()
        var app = PortalApplication(catalog: catalog, configuration: PortalConfiguration(), log: { _ in })
        app.admin = environment
        if feedback {
            app.observatory = ObservatoryEnvironment(reports: ObservatoryRepository(pool: database), recorder: nil, clock: clock)
            app.observatory?.feedback = FeedbackEnvironment(
                repository: FeedbackRepository(pool: database, clock: clock),
                signer: TokenSigner(key: try SystemRandomSource().bytes(count: 32), clock: clock),
                limiter: PublicFormLimiter(store: SQLiteThrottleStore(database: database), clock: clock))
        }
        live = try LiveServer.start(try app.makeRouter(), configure: LiveServer.portalTest)
    }

    func stop() {
        live.stop()
        storage.remove()
    }

    /// Creates an account with `password` and returns its id.
    @discardableResult
    func createUser(_ email: String, role: UserRole, password: String = "cavallo batteria graffetta",
                    organizations: Set<Int64> = [], canPublish: Bool = false) throws -> Int64 {
        try environment.users.createAsSystem(
            UserAccountDraft(email: email, displayName: email, role: role, organizationIDs: organizations, canPublish: canPublish),
            passwordHash: try environment.hasher.hash(password))
    }

    func count(_ sql: String) throws -> Int {
        try database.read { try $0.scalar(sql, as: Int.self) ?? 0 }
    }

    /// One organisation kind and two organisations (ids 10 and 11).
    static func seedReferenceData(_ database: DatabasePool) throws {
        try database.write { db in
            try db.run("INSERT OR IGNORE INTO organization_kind (code, label, sort_order) VALUES ('cooperativa', 'Cooperativa', 1)")
            for (id, slug) in [(10, "coop-aurora"), (11, "coop-borea")] {
                try db.run("""
                    INSERT OR IGNORE INTO organization (id, uuid, slug, name, kind_code, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 'cooperativa', 0, 0)
                    """, Int64(id), UUID().uuidString.lowercased(), slug, "Cooperativa \(slug)")
            }
        }
    }
}

extension FormBrowser {
    /// Signs in through the form (the harness's accounts share one password).
    func signIn(_ email: String, _ password: String = "cavallo batteria graffetta") throws -> HTTPReply {
        try get("/admin/accedi")
        return try post("/admin/accedi", [("email", email), ("password", password)])
    }
}

extension RawHTTPClient {
    /// Reads one response (the harness always sends `Connection: close`).
    func readUntilCloseReply() throws -> HTTPReply { try readResponse(expectBody: true) }
}
