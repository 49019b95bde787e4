import Catalog
import Foundation
import HTTPServer
import TestSupport
@testable import Portal
@testable import Storage

/// A portal with the open data API over its own temporary demo database (real migrations,
/// comuni, demo catalog), served on an ephemeral port; tests may write to `database`.
final class OpenDataTestPortal: Sendable {
    let storage: TestDatabase
    var directory: TemporaryDirectory { storage.directory }
    var database: DatabasePool { storage.pool }
    let live: LiveServer
    let application: PortalApplication

    /// With `demo` false the database has territories and vocabularies but no catalog.
    init(demo: Bool = true) throws {
        storage = try TestDatabase(demo ? .demo : .base(), prefix: "vetrina-open-data")
        let database = storage.pool
        let catalog = try SQLitePortalCatalog(pool: database)
        var app = PortalApplication(
            catalog: catalog, configuration: PortalConfiguration(site: SiteContext(baseURL: "https://vetrina.example")),
            log: { _ in })
        app.openData = catalog.openData
        application = app
        live = try LiveServer.start(try app.makeRouter()) { $0.workerThreads = 2 }
    }

    deinit {
        live.stop()
        application.removeTemporaryFiles()
        storage.remove()
    }

    func get(_ target: String, headers: String = "") throws -> HTTPReply {
        let client = try live.client(timeout: .seconds(30))
        defer { client.close() }
        return try client.send("GET \(target) HTTP/1.1\r\nHost: vetrina.example\r\n\(headers)Connection: close\r\n\r\n")
    }

    /// The JSON object of a 200 reply.
    func json(_ target: String) throws -> [String: Any] {
        let reply = try get(target)
        guard reply.status == 200, let object = try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any] else {
            throw OpenDataTestError.unexpected("\(target): \(reply.status) \(reply.text.prefix(200))")
        }
        return object
    }

    /// Every service id the API lists for `query`, page after page.
    func allServiceIDs(_ query: String, perPage: Int = 7) throws -> (ids: [String], total: Int) {
        var ids: [String] = []
        var total = 0
        var page = 1
        while true {
            let document = try json("/api/v1/services?\(query)\(query.isEmpty ? "" : "&")per_page=\(perPage)&page=\(page)")
            total = document["total_items"] as? Int ?? -1
            let contents = document["contents"] as? [[String: Any]] ?? []
            ids += contents.compactMap { $0["id"] as? String }
            if document["last_page"] as? Bool ?? true { break }
            page += 1
        }
        return (ids, total)
    }
}

enum OpenDataTestError: Error { case unexpected(String) }
