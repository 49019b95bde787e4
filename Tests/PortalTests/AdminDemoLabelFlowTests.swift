import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// Issue 11: saving a card or an organisation in the admin keeps what the form does not show:
/// the "dato dimostrativo" label, over a real socket. The import key is on the form (it can be
/// edited there), so a save that sends it back keeps it.
@Suite(.blocking) struct AdminDemoLabelFlowTests {
    let cards = AdminCardFlowTests()

    @Test func savingADemoCardKeepsItsDemoLabelAndImportKey() throws {
        let server = try AdminTestServer(publicCatalog: true)
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = try cards.signedIn(server, "red@ente.it")
        let id = try cards.createCard(browser, try cards.validCard(server))
        try server.database.write { try $0.run("UPDATE service SET is_demo = 1, external_id = 'demo:x' WHERE id = ?", id) }
        try browser.get("/admin/schede/\(id)")
        let saved = try browser.post("/admin/schede/\(id)", try cards.validCard(server, title: "Assistenza a casa, rivista") + [("version", "1"), ("external_id", "demo:x")])
        #expect(saved.status == 303)
        #expect(try server.count("SELECT count(*) FROM service WHERE id = \(id) AND is_demo = 1 AND external_id = 'demo:x' AND title = 'Assistenza a casa, rivista'") == 1)
        // A card saved without the label never gains it.
        let other = try cards.createCard(browser, try cards.validCard(server, title: "Altra scheda"))
        try browser.get("/admin/schede/\(other)")
        #expect(try browser.post("/admin/schede/\(other)", try cards.validCard(server, title: "Altra scheda 2") + [("version", "1")]).status == 303)
        #expect(try server.count("SELECT is_demo FROM service WHERE id = \(other)") == 0)
    }

    @Test func savingADemoOrganisationKeepsItsDemoLabel() throws {
        let server = try AdminTestServer(publicCatalog: true)
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = try cards.signedIn(server, "red@ente.it")
        try server.database.write { try $0.run("UPDATE organization SET is_demo = 1 WHERE id = 10") }
        try browser.get("/admin/enti/10")
        #expect(try browser.post("/admin/enti/10", [("name", "Aurora rinnovata"), ("kind", "cooperativa")]).status == 303)
        #expect(try server.count("SELECT count(*) FROM organization WHERE id = 10 AND is_demo = 1 AND name = 'Aurora rinnovata'") == 1)
        try browser.get("/admin/enti/11")
        #expect(try browser.post("/admin/enti/11", [("name", "Borea rinnovata"), ("kind", "cooperativa")]).status == 303)
        #expect(try server.count("SELECT is_demo FROM organization WHERE id = 11") == 0)
    }
}
