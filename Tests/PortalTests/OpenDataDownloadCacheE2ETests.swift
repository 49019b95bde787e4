import Catalog
import Accounts
import Storage
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// The whole-catalog downloads over a real socket, with the admin area on the same database:
/// built once per catalog state (same bytes, same strong ETag), `If-None-Match` answered with
/// 304, and a card an editor publishes (then archives) changes the ETag and the contents.
@Suite(.blocking) struct OpenDataDownloadCacheE2ETests {
    static let downloads = ["/dati/catalogo-hsds.zip", "/api/v1/services?format=ndjson&full=true",
                            "/api/v1/services?format=ndjson", "/api/v1/service_at_locations?format=ndjson&full=true"]

    @Test func downloadsAreBuiltOncePerCatalogStateAndFollowAdminEdits() throws {
        let portal = try CachedDownloadsPortal()
        defer { portal.stop() }
        var tags: [String: String] = [:]
        for target in Self.downloads {
            let first = try portal.get(target), second = try portal.get(target)
            #expect(first.status == 200 && second.status == 200, "\(target)")
            let etag = try #require(first["ETag"], "\(target) has an ETag")
            #expect(etag.hasPrefix("\"") && !etag.hasPrefix("W/"), "strong ETag")
            #expect(second["ETag"] == etag && second.body == first.body && !first.body.isEmpty, "\(target) identical")
            #expect(first["Last-Modified"] != nil)
            let unchanged = try portal.get(target, headers: "If-None-Match: \(etag)\r\n")
            #expect(unchanged.status == 304 && unchanged.body.isEmpty && unchanged["ETag"] == etag, "\(target) 304")
            #expect(try portal.get(target, headers: "If-None-Match: \"other\"\r\n").status == 200)
            tags[target] = etag
        }
        #expect(Set(tags.values).count == Self.downloads.count, "each download has its own ETag")
        let builds = portal.application.downloads.buildCount
        #expect(builds == Self.downloads.count, "one build per download, not one per request")
        #expect(try portal.get("/dati/catalogo-hsds.zip")["Content-Disposition"] == "attachment; filename=\"vetrina-catalogo-hsds.zip\"")
        #expect(try portal.get("/api/v1/services?format=ndjson&full=true")["Content-Type"] == "application/x-ndjson; charset=utf-8")

        // A filtered export is the caller's own selection: built per request, never cached.
        let filtered = try portal.get("/api/v1/services?format=ndjson&postcode=Pinerolo")
        #expect(filtered.status == 200 && filtered["ETag"] == nil && portal.application.downloads.buildCount == builds)

        let title = "Sportello prova della cache dei dati aperti"
        let editor = try portal.signedInEditor()
        let id = try portal.createCard(editor, title: title)
        for target in Self.downloads {
            #expect(try portal.get(target, headers: "If-None-Match: \(tags[target] ?? "")\r\n").status == 200,
                    "\(target): a draft changes the catalog state (no 304 after a write)")
        }
        try editor.get("/admin/schede/\(id)")
        #expect(try editor.post("/admin/schede/\(id)/stato", [("action", "pubblica"), ("version", "1")]).status == 303)
        var published: [String: String] = [:]
        for target in Self.downloads {
            let reply = try portal.get(target)
            let etag = try #require(reply["ETag"])
            #expect(etag != tags[target], "\(target): new ETag after publishing")
            #expect(reply.text.contains(title), "\(target) lists the published card")
            #expect(try portal.get(target, headers: "If-None-Match: \(tags[target] ?? "")\r\n").status == 200)
            published[target] = etag
        }

        try editor.get("/admin/schede/\(id)")
        #expect(try editor.post("/admin/schede/\(id)/stato",
                                [("action", "archivia"), ("version", "2"), ("reason", "Servizio chiuso")]).status == 303)
        for target in Self.downloads {
            let reply = try portal.get(target)
            #expect(reply["ETag"] != published[target] && reply["ETag"] != tags[target], "\(target): new ETag after archiving")
            #expect(!reply.text.contains(title), "\(target) drops the archived card")
        }
    }

    /// An organisation's contacts carry no search trigger; its edit (in the same clock second as
    /// the rest: the test clock stands still) still changes the downloads.
    @Test func anOrganisationEditChangesTheDownloads() throws {
        let portal = try CachedDownloadsPortal()
        defer { portal.stop() }
        let target = "/dati/catalogo-hsds.zip"
        let before = try portal.get(target)
        let orgId: Int64 = try #require(try portal.database.read {
            try $0.scalar("SELECT organization_id FROM service WHERE status = 'published' ORDER BY id LIMIT 1")
        })
        let userId = try portal.createEditor()
        let editor = try #require(try portal.application.admin?.users.signedInOperator(id: userId))
        var draft = try OrganizationRepository(pool: portal.database).organization(id: orgId).fields
        draft.contacts.phone = "011 7654321"
        _ = try OrganizationEditor(database: portal.database, clock: portal.clock).update(id: orgId, with: draft, by: editor)
        let after = try portal.get(target)
        #expect(after.status == 200 && after["ETag"] != before["ETag"])
        #expect(after.text.contains("011 7654321") && !before.text.contains("011 7654321"))
        #expect(try portal.get(target, headers: "If-None-Match: \(before["ETag"] ?? "")\r\n").status == 200)
    }

    @Test func theSpoolFilesAreRemovedWithTheApplication() throws {
        let portal = try CachedDownloadsPortal()
        #expect(try portal.get("/dati/catalogo-hsds.zip").status == 200)
        let directory = portal.application.downloads.directory.path
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).count == 1)
        portal.stop()
        #expect(!FileManager.default.fileExists(atPath: directory))
    }
}

/// The demo catalog served with the open data routes and the admin area on one database.
final class CachedDownloadsPortal: @unchecked Sendable {  // immutable after init; `stop()` is called once by the test
    let storage: TestDatabase
    var database: DatabasePool { storage.pool }
    let application: PortalApplication
    let live: LiveServer
    let clock = ManualClock()

    init() throws {
        storage = try TestDatabase(.demo, prefix: "vetrina-download-cache")
        let database = storage.pool
        try AdminTestServer.seedReferenceData(database)
        let catalog = try SQLitePortalCatalog(pool: database)
        var app = PortalApplication(catalog: catalog, configuration: PortalConfiguration(site: SiteContext(baseURL: "https://vetrina.example")),
                                    log: { _ in })
        app.openData = catalog.openData
        app.admin = AdminEnvironment(database: database, configuration: AdminConfiguration(passwordIterations: 10),
                                     layout: LayoutView(site: SiteContext()), clock: clock)
        application = app
        live = try LiveServer.start(try app.makeRouter())
    }

    func stop() {
        live.stop()
        application.removeTemporaryFiles()
        storage.remove()
    }

    func get(_ target: String, headers: String = "") throws -> HTTPReply {
        let client = try live.client(timeout: .seconds(30))
        defer { client.close() }
        return try client.send("GET \(target) HTTP/1.1\r\nHost: vetrina.example\r\n\(headers)Connection: close\r\n\r\n")
    }

    /// The editor red@ente.it; returns its id.
    func createEditor() throws -> Int64 {
        guard let admin = application.admin else { throw OpenDataTestError.unexpected("no admin") }
        return try admin.users.createAsSystem(
            UserAccountDraft(email: "red@ente.it", displayName: "Redazione", role: .editor, organizationIDs: [], canPublish: true),
            passwordHash: try admin.hasher.hash("cavallo batteria graffetta"))
    }

    func signedInEditor() throws -> FormBrowser {
        _ = try createEditor()
        let browser = FormBrowser(port: live.port)
        #expect(try browser.signIn("red@ente.it").status == 303)
        return browser
    }

    /// A draft card by `browser` in Pinerolo; returns its id.
    func createCard(_ browser: FormBrowser, title: String) throws -> Int64 {
        let torino: Int64 = try database.read { try $0.scalar("SELECT id FROM territory WHERE kind = 'province' AND code = 'TO'") } ?? 0
        try browser.get("/admin/schede/nuova")
        let reply = try browser.post("/admin/schede/nuova", [
            ("title", title), ("organization_id", "10"), ("service_type", "assistenza_domiciliare"),
            ("summary", "Aiuto a casa per persone anziane"), ("needs", "anziani"), ("territories", String(torino)),
            ("cost_kind", "free"), ("languages", "it"),
            ("location_1_name", "Sede"), ("location_1_address", "Via Roma 1"), ("location_1_comune", "Pinerolo"),
        ])
        #expect(reply.status == 303, "\(reply.text.prefix(300))")
        return Int64(reply["Location"]?.split(separator: "/").last?.split(separator: "?").first ?? "") ?? 0
    }
}
