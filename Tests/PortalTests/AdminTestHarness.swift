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

/// A tiny browser over `RawHTTPClient`: one connection per request, keeps cookies, finds the
/// CSRF token in the last page.
final class AdminBrowser {
    let port: Int
    var cookies: [String: String] = [:]
    var lastReply: HTTPReply?
    /// Header lines sent with every request (each ending in `\r\n`), e.g. a proxy's `X-Forwarded-For`.
    var extraHeaders = ""

    init(port: Int) { self.port = port }

    @discardableResult
    func get(_ target: String) throws -> HTTPReply {
        try send("GET \(target) HTTP/1.1\r\nHost: t\r\n\(cookieHeader())\(extraHeaders)Connection: close\r\n\r\n")
    }

    /// POSTs `fields` form-encoded; `csrf: true` adds the token from the last page.
    @discardableResult
    func post(_ target: String, _ fields: [(String, String)], csrf: Bool = true) throws -> HTTPReply {
        var all = fields
        if csrf, let token = csrfToken { all.append(("csrf", token)) }
        let body = Self.encode(all)
        return try send("POST \(target) HTTP/1.1\r\nHost: t\r\n\(cookieHeader())\(extraHeaders)Content-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
    }

    /// POSTs a multipart body with one file field and extra text fields.
    @discardableResult
    func postFile(_ target: String, field: String, filename: String, content: [UInt8], fields: [(String, String)]) throws -> HTTPReply {
        let boundary = "----vetrinaboundary7MA4YWxk"
        var body: [UInt8] = []
        var all = fields
        if let token = csrfToken { all.append(("csrf", token)) }
        for (name, value) in all {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
        body += content + Array("\r\n--\(boundary)--\r\n".utf8)
        let head = "POST \(target) HTTP/1.1\r\nHost: t\r\n\(cookieHeader())\(extraHeaders)Content-Type: multipart/form-data; boundary=\(boundary)\r\n"
            + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        return try send(bytes: Array(head.utf8) + body)
    }

    func signIn(_ email: String, _ password: String = "cavallo batteria graffetta") throws -> HTTPReply {
        try get("/admin/accedi")
        return try post("/admin/accedi", [("email", email), ("password", password)])
    }

    /// The `csrf` hidden field of the last page.
    var csrfToken: String? {
        guard let text = lastReply?.text, let range = text.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    private func send(_ raw: String) throws -> HTTPReply { try send(bytes: Array(raw.utf8)) }

    private func send(bytes: [UInt8]) throws -> HTTPReply {
        let client = try RawHTTPClient(port: port)
        defer { client.close() }
        try client.write(bytes)
        let reply = try client.readUntilCloseReply()
        for value in reply.headers.values(for: "Set-Cookie") { remember(value) }
        if reply.status == 200 || reply.status >= 400 { lastReply = reply }
        return reply
    }

    private func remember(_ setCookie: String) {
        let pair = setCookie.split(separator: ";")[0]
        guard let eq = pair.firstIndex(of: "=") else { return }
        let name = String(pair[..<eq]), value = String(pair[pair.index(after: eq)...])
        if value.isEmpty || setCookie.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
    }

    private func cookieHeader() -> String {
        cookies.isEmpty ? "" : "Cookie: " + cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n"
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            let n = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
            let v = value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
            return "\(n)=\(v)"
        }.joined(separator: "&")
    }
}

extension RawHTTPClient {
    /// Reads one response (the harness always sends `Connection: close`).
    func readUntilCloseReply() throws -> HTTPReply { try readResponse(expectBody: true) }
}
