import Catalog
import Foundation
import HTTPServer
import Search
import TestSupport
@testable import Portal
@testable import Storage
@testable import Accounts

/// A portal of its own (fresh database with the demo catalog) with the observatory on and a
/// recorder whose flushes the test triggers, for tests that write.
final class ObservatoryPortal: Sendable {
    let storage: TestDatabase
    var database: DatabasePool { storage.pool }
    let recorder: SearchStatRecorder
    let clock: ManualClock
    let live: LiveServer

    init() throws {
        storage = try TestDatabase(.demo, prefix: "vetrina-observatory")
        let database = storage.pool
        clock = ManualClock(now: 1_796_000_000)  // 2026-11-28
        var settings = SearchStatRecorder.Configuration()
        settings.flushInterval = .seconds(3_600)     // the tests flush explicitly
        recorder = SearchStatRecorder(pool: database, clock: clock, configuration: settings)
        let site = SiteContext(baseURL: "https://vetrina.example")
        var app = PortalApplication(catalog: try SQLitePortalCatalog(pool: database),
                                    configuration: PortalConfiguration(site: site, pageMaxAge: 0), log: { _ in })
        app.observatory = ObservatoryEnvironment(reports: ObservatoryRepository(pool: database), recorder: recorder, clock: clock)
        live = try LiveServer.start(try app.makeRouter(), configure: LiveServer.portalTest)
    }

    deinit {
        live.stop()
        recorder.stop()
        storage.remove()
    }

    /// One request over a new connection.
    func get(_ target: String) throws -> HTTPReply {
        let client = try live.client(timeout: .seconds(10))
        defer { client.close() }
        return try client.send("GET \(target) HTTP/1.1\r\nHost: vetrina.example\r\nConnection: close\r\n\r\n")
    }
}
