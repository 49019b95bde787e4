import Foundation
import Synchronization
import HTTPServer
import Testing
import TestSupport
@testable import Accounts
@testable import Portal

/// No capability token of the portal reaches the access log: every route with a `{token}`
/// parameter is covered by `AccessLogSecrets`, checked over the real router and a real request.
@Suite(.blocking) struct AccessLogSecretsTests {
    @Test func everyRouteWithATokenIsRedactedAndARequestIsLoggedWithoutIt() throws {
        let storage = try TestDatabase(.base(), prefix: "vetrina-log-secrets")
        defer { storage.remove() }
        let environment = AdminEnvironment(database: storage.pool, configuration: AdminConfiguration(passwordIterations: 10),
                                           layout: LayoutView(site: SiteContext()), clock: ManualClock())
        var app = PortalApplication(catalog: FakeCatalog(), configuration: PortalConfiguration(), log: { _ in })
        app.admin = environment
        app.enterprise = EnterpriseConfiguration()
        let router = try app.makeRouter()
        let secrets = AccessLogSecrets.portal()
        var tokenRoutes = 0
        for route in router.routes where route.pattern.segments.contains(.parameter("token")) {
            tokenRoutes += 1
            let path = "/" + route.pattern.segments.map { segment -> String in
                switch segment {
                case .literal(let text): text
                case .parameter(let name): name == "token" ? "SEGRETO42" : "x"
                case .catchAll: "x/y"
                }
            }.joined(separator: "/")
            #expect(!secrets.redact(path[...]).contains("SEGRETO42"), "\(route.pattern)")
        }
        #expect(tokenRoutes >= 7, "the survey and shared-plan routes are registered")

        let lines = Mutex<[String]>([])
        let live = try LiveServer.start(router, observer: AccessLog(secrets: secrets, sink: { line in lines.withLock { $0.append(line) } }))
        let client = try live.client()
        _ = try client.send("GET /piani/SEGRETO42?x=1 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        client.close()
        live.stop()
        let logged = lines.withLock { $0 }
        #expect(logged.count == 1 && logged[0].contains(" path=/piani/{token} "), "\(logged)")
        #expect(!logged.joined().contains("SEGRETO42"))
    }
}
