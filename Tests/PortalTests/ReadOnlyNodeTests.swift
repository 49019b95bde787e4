import Catalog
import Crypto
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Accounts
@testable import Portal
@testable import Storage

/// A read-only node (`vetrina serve --replica`): `ReadOnlyNode` gates the whole route table, so no
/// route that writes is missed, and the error boundary answers with the read-only page (503).
@Suite struct ReadOnlyNodeTests {
    /// The full portal, as `vetrina serve` builds it, over a writable copy of the demo database:
    /// a route the gate let through would run its handler and answer something else than 503.
    static func portal(_ node: ReadOnlyNode?, _ storage: TestDatabase) throws -> (PortalApplication, Router) {
        let pool = storage.pool
        let catalog = try SQLitePortalCatalog(pool: pool)
        var configuration = PortalConfiguration()
        configuration.readOnlyNode = node
        var app = PortalApplication(catalog: catalog, configuration: configuration, log: { _ in })
        app.admin = AdminEnvironment(database: pool, configuration: AdminConfiguration(passwordIterations: 10),
                                     layout: LayoutView(site: SiteContext()))
        app.openData = catalog.openData
        app.observatory = ObservatoryEnvironment(reports: ObservatoryRepository(pool: pool), recorder: nil)
        app.observatory?.feedback = FeedbackEnvironment(
            repository: FeedbackRepository(pool: pool), signer: TokenSigner(key: try SystemRandomSource().bytes(count: 32)),
            limiter: PublicFormLimiter(store: SQLiteThrottleStore(database: pool), clock: SystemAuthClock()))
        return (app, try app.makeRouter())
    }

    /// A concrete address for a route template (`{slug}` → `x`).
    static func address(_ template: String) -> String {
        template.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("{") ? "x" : String($0) }.joined(separator: "/")
    }

    static func send(_ router: Router, _ method: HTTPMethod, _ target: String, body: String = "") -> HTTPResponse {
        var headers: HTTPHeaders = ["Host": "test"]
        if method != .get && method != .head { headers.set("Content-Type", "application/x-www-form-urlencoded") }
        return router.respond(to: HTTPRequest(head: RequestHead(method: method, target: target, version: .http1_1, headers: headers),
                                              body: Array(body.utf8), requestID: "t-1"))
    }

    @Test func everyAdminRouteAndEveryFormIsRefusedAndEveryPublicPageIsServed() throws {
        let storage = try TestDatabase(.demo, prefix: "vetrina-readonly")
        defer { storage.remove() }
        let (app, router) = try Self.portal(ReadOnlyNode(writerURL: "https://welfare.example.it/"), storage)
        defer { app.removeTemporaryFiles() }   // the open-data downloads it built
        var refused = 0, served = 0
        for route in router.routes {
            let template = route.pattern.description
            let response = Self.send(router, route.method, Self.address(template), body: "csrf=x&email=a%40b.it&password=y")
            if template.hasPrefix("/admin") || route.method != .get {
                #expect(response.status.code == 503, "\(route.method) \(template)")
                #expect(response.text.contains("sola lettura") || response.text.contains("read-only"), "\(route.method) \(template)")
                #expect(response.headers["Retry-After"] == nil && response.headers["Set-Cookie"] == nil)
                #expect(response.headers["Content-Security-Policy"] != nil)   // through the router's post-processing
                refused += 1
            } else {
                #expect(response.status.code != 503, "\(route.method) \(template) was refused")
                served += 1
            }
        }
        #expect(refused > 40 && served > 40, "refused \(refused), served \(served)")
        #expect(try storage.pool.read { try $0.scalar("SELECT count(*) FROM session", as: Int.self) } == 0)
        #expect(try storage.pool.read { try $0.scalar("SELECT count(*) FROM sign_in_throttle", as: Int.self) } == 0)
    }

    @Test func theWriterServesTheSameRoutesUngated() throws {
        let storage = try TestDatabase(.demo, prefix: "vetrina-readonly")
        defer { storage.remove() }
        let (_, router) = try Self.portal(nil, storage)
        #expect(Self.send(router, .get, "/admin/accedi").status.code == 200)
        #expect(Self.send(router, .post, "/admin/accedi", body: "email=a%40b.it&password=y").status.code == 403)
    }

    @Test func thePageLinksTheWriterEscapedAndSaysNothingWasSaved() throws {
        let storage = try TestDatabase(.demo, prefix: "vetrina-readonly")
        defer { storage.remove() }
        let (_, router) = try Self.portal(ReadOnlyNode(writerURL: "https://welfare.example.it/rete&co"), storage)
        let page = Self.send(router, .get, "/admin/schede?stato=draft")
        #expect(page.status.code == 503)
        #expect(page.headers["Cache-Control"] == "no-store")
        #expect(page.text.contains("<title>Questo nodo è in sola lettura"))
        #expect(page.text.contains("href=\"https://welfare.example.it/rete&amp;co/admin/schede?stato=draft\""))
        #expect(!page.text.contains("non è stato salvato"))   // a page view sends nothing
        let form = Self.send(router, .post, "/servizi/x/segnalazione", body: "messaggio=ciao")
        #expect(form.text.contains("Quello che hai inviato non è stato salvato"))
        #expect(form.text.contains("href=\"https://welfare.example.it/rete&amp;co/\""))
        #expect(!form.text.contains("area operatori"))
    }

    @Test func onlyHTTPAddressesAreKeptAsTheWriterURL() {
        #expect(ReadOnlyNode(writerURL: "javascript:alert(1)").writerURL == nil)
        #expect(ReadOnlyNode(writerURL: "//evil.example").writerURL == nil)
        #expect(ReadOnlyNode(writerURL: "https://welfare.example.it/").writerURL == "https://welfare.example.it")
        #expect(ReadOnlyNode().writerURL == nil)
    }

    /// The boundary's safety net: a write that still reaches the read-only file is the read-only
    /// page on a read-only node, and a 500 on the writer (a read-only file there is a fault).
    @Test func aWriteRefusedByTheFileIsTheReadOnlyPageOnlyOnAReadOnlyNode() {
        let refused = SQLiteError(code: 8, message: "attempt to write a readonly database", sql: "INSERT")
        let lines = Locked<[String]>([])
        let replica = ErrorResponder(layout: LayoutView(site: SiteContext()), log: { line in lines.withLock { $0.append(line) } },
                                     readOnlyNode: ReadOnlyNode())
        let onReplica = replica.response(for: refused, request: request("/en/piani/x"))
        #expect(onReplica.status.code == 503 && onReplica.text.contains("<h1>This server is read-only</h1>"))
        #expect(onReplica.text.contains("does not know the main server"))
        let logged = lines.current
        #expect(logged.count == 1 && logged[0].contains("write refused on a read-only node"))
        let writer = ErrorResponder(layout: LayoutView(site: SiteContext()), log: { _ in })
        #expect(writer.response(for: refused, request: request("/piani/x")).status.code == 500)
        #expect(replica.response(for: SQLiteError(code: 19, message: "constraint"), request: request("/")).status.code == 500)
    }
}
