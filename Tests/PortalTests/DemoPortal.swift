import Catalog
import Foundation
import HTTPServer
import TestSupport
@testable import Portal
@testable import Storage

/// The real portal over a temporary database with the real migrations, the 1,180 comuni and the
/// demo catalog, served by the real `Server` on an ephemeral port. Built once per test process
/// (seeding takes a moment) and only read by the tests, so parallel tests can share it.
final class DemoPortal: Sendable {
    static let shared: Result<DemoPortal, any Error> = Result { try DemoPortal() }

    let storage: TestDatabase
    var directory: TemporaryDirectory { storage.directory }
    var database: DatabasePool { storage.pool }
    let live: LiveServer

    private init() throws {
        storage = try TestDatabase(.demo, prefix: "vetrina-portal-e2e")
        let database = storage.pool
        let publicDirectory = TestDatabase.migrations.deletingLastPathComponent().appendingPathComponent("Public").path
        var configuration = PortalConfiguration(site: SiteContext(baseURL: "https://vetrina.example"), publicDirectory: publicDirectory)
        configuration.accessibilityEmail = Self.accessibilityEmail
        let app = PortalApplication(catalog: try SQLitePortalCatalog(pool: database), configuration: configuration, log: { _ in })
        live = try LiveServer.start(try app.makeRouter(), configure: LiveServer.portalTest)
    }

    /// The address the demo portal shows on `/accessibilita`.
    static let accessibilityEmail = "accessibilita@vetrina.example"

    /// The portal, or the error that kept it from starting.
    static func get() throws -> DemoPortal { try shared.get() }

    /// One request over a new connection.
    func get(_ target: String, method: String = "GET") throws -> HTTPReply {
        let client = try live.client(timeout: .seconds(10))
        defer { client.close() }
        return try client.send("\(method) \(target) HTTP/1.1\r\nHost: vetrina.example\r\nConnection: close\r\n\r\n",
                               expectBody: method != "HEAD")
    }

    /// A search URL with every value percent-encoded.
    static func search(_ pairs: [(String, String)]) -> String { URLQuery(pairs).url("/cerca") }
}

extension HTTPReply {
    /// The number in the page's summary sentence ("4 servizi per …"), or nil.
    var resultCount: Int? {
        guard let range = text.range(of: "<p class=\"summary\" role=\"status\">") else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isNumber }
        return Int(digits)
    }

    /// Slugs of the result links, in order.
    var resultSlugs: [String] {
        text.components(separatedBy: "<li class=\"result\">").dropFirst().compactMap { item in
            guard let start = item.range(of: "href=\"/servizi/") else { return nil }
            return String(item[start.upperBound...].prefix { $0 != "\"" && $0 != "?" })
        }
    }
}
