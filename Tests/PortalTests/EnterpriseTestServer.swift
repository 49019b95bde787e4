import Catalog
import Foundation
import HTTPServer
import TestSupport
@testable import Portal
@testable import Storage
@testable import Accounts

/// A real server on port 0 over a fresh database with the comuni and the demo catalog, the admin
/// area and the issue-10 routes, a manual clock and a low PBKDF2 work factor. Tests may write to
/// it (contact requests, desk plans). Call `stop()` in `defer`.
final class EnterpriseTestServer: Sendable {
    let storage: TestDatabase
    var database: DatabasePool { storage.pool }
    let clock = ManualClock(now: 1_780_000_000)
    let environment: AdminEnvironment
    let live: LiveServer
    var port: Int { live.port }

    init(enterprise: EnterpriseConfiguration = EnterpriseConfiguration(),
         portal: PortalConfiguration = PortalConfiguration(site: SiteContext(baseURL: "https://vetrina.example"))) throws {
        storage = try TestDatabase(.demo, prefix: "vetrina-enterprise")
        let database = storage.pool
        let layout = LayoutView(site: SiteContext(baseURL: "https://vetrina.example"))
        environment = AdminEnvironment(database: database, configuration: AdminConfiguration(passwordIterations: 10),
                                       layout: layout, clock: clock)
        var app = PortalApplication(catalog: try SQLitePortalCatalog(pool: database),
                                    configuration: portal,
                                    log: { _ in })
        app.admin = environment
        app.enterprise = enterprise
        live = try LiveServer.start(try app.makeRouter(), configure: LiveServer.portalTest)
    }

    func stop() {
        live.stop()
        storage.remove()
    }

    func browser() -> FormBrowser { FormBrowser(port: port) }

    @discardableResult
    func createUser(_ email: String, role: UserRole, organizations: Set<Int64> = []) throws -> Int64 {
        try environment.users.createAsSystem(
            UserAccountDraft(email: email, displayName: email, role: role, organizationIDs: organizations),
            passwordHash: try environment.hasher.hash("cavallo batteria graffetta"))
    }

    func count(_ sql: String) throws -> Int {
        try database.read { try $0.scalar(sql, as: Int.self) ?? 0 }
    }

    /// Published welfare-eligible services: (slug, organisation id), at most `limit`, from
    /// different organisations first.
    func welfareServices(_ limit: Int) throws -> [(slug: String, organizationID: Int64)] {
        try database.read { db in
            try db.query("""
                SELECT slug, organization_id FROM service WHERE status = 'published' AND tuir_category_code IS NOT NULL
                ORDER BY (SELECT count(*) FROM service x WHERE x.organization_id = service.organization_id
                          AND x.id < service.id AND x.tuir_category_code IS NOT NULL), id LIMIT ?
                """, limit).map { (try $0.get("slug"), try $0.get("organization_id")) }
        }
    }

    /// A raw request with extra headers (e.g. a foreign `Origin`).
    func send(_ method: String, _ target: String, headers: [String] = [], body: String = "") throws -> HTTPReply {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        let extra = headers.map { $0 + "\r\n" }.joined()
        let type = body.isEmpty ? "" : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n"
        try client.write(Array("\(method) \(target) HTTP/1.1\r\nHost: t\r\n\(extra)\(type)Connection: close\r\n\r\n\(body)".utf8))
        return try client.readUntilCloseReply()
    }
}
