import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// Issue 10 (4): welfare desks over a real socket: the `sportello` role, a citizen's plan built
/// from searches and cards, printed without storing anything, saved with an expiring link.
@Suite(.blocking) struct WelfareDeskFlowTests {
    func desk(_ server: EnterpriseTestServer) throws -> FormBrowser {
        try server.createUser("sportello@comune.example", role: .deskOperator)
        let browser = server.browser()
        #expect(try browser.signIn("sportello@comune.example").status == 303)
        return browser
    }

    func slugs(_ server: EnterpriseTestServer, _ count: Int) throws -> [String] {
        try server.database.read { db in
            try db.query("SELECT slug FROM service WHERE status = 'published' ORDER BY id LIMIT ?", count).map { try $0.get("slug") }
        }
    }

    @Test func aDeskOperatorSeesNoCardsAndLandsOnTheirWorkbench() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let browser = try desk(server)
        let home = try browser.get("/admin")
        #expect(home.status == 303 && home["Location"] == "/admin/sportello")
        #expect(try browser.get("/admin/schede").status == 403)
        #expect(try browser.get("/admin/schede/1").status == 403)
        let bench = try browser.get("/admin/sportello")
        #expect(bench.status == 200 && bench.text.contains("Il piano è vuoto"))
        #expect(!bench.text.contains("href=\"/admin/schede\""))
        // Other roles may not build desk plans.
        try server.createUser("op@ente.example", role: .organizationOperator)
        let other = server.browser()
        try other.signIn("op@ente.example")
        #expect(try other.get("/admin/sportello").status == 403)
    }

    @Test func printingShowsNameAndNotesButStoresNothing() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let browser = try desk(server)
        let chosen = try slugs(server, 2)
        for slug in chosen { try browser.post("/imprese/piano/aggiungi", [("servizio", slug), ("ritorno", "/cerca")], csrf: false) }
        let bench = try browser.get("/admin/sportello")
        #expect(bench.text.components(separatedBy: "<li class=\"plan-item\">").count - 1 == 2)
        let firstID = try server.count("SELECT id FROM service WHERE slug = '\(chosen[0])'")
        let printed = try browser.post("/admin/sportello/piano", [("azione", "stampa"), ("citizen_name", "Maria <Bianchi>"),
                                                                  ("nota_\(firstID)", "Chiamare il martedì mattina")])
        #expect(printed.status == 200)
        #expect(printed.text.contains("Piano personale di Maria &lt;Bianchi&gt;"))
        #expect(printed.text.contains("Chiamare il martedì mattina"))
        #expect(printed["Cache-Control"] == "no-store")
        #expect(try server.count("SELECT count(*) FROM desk_plan") == 0)
        #expect(try server.count("SELECT count(*) FROM audit_log WHERE summary LIKE '%Maria%'") == 0)
    }

    @Test func aSavedPlanHasALinkUntilItExpiresAndIsThenDeleted() throws {
        let server = try EnterpriseTestServer(enterprise: EnterpriseConfiguration(deskPlanLifetimeDays: 7))
        defer { server.stop() }
        let browser = try desk(server)
        let chosen = try slugs(server, 3)
        for slug in chosen { try browser.post("/imprese/piano/aggiungi", [("servizio", slug)], csrf: false) }
        try browser.get("/admin/sportello")
        let firstID = try server.count("SELECT id FROM service WHERE slug = '\(chosen[0])'")
        let saved = try browser.post("/admin/sportello/piano", [("azione", "salva"), ("citizen_name", "Giovanni"),
                                                                ("nota_\(firstID)", "Portare l'ISEE")])
        #expect(saved.status == 200 && saved.text.contains("Piano salvato"))
        let marker = try #require(saved.text.range(of: "value=\"https://vetrina.example/piani/"))
        let token = String(saved.text[marker.upperBound...].prefix { $0 != "\"" })
        #expect(token.count >= 32)
        #expect(try server.count("SELECT count(*) FROM desk_plan WHERE citizen_name = 'Giovanni'") == 1)
        #expect(try server.count("SELECT count(*) FROM desk_plan_item") == 3)
        #expect(try server.count("SELECT count(*) FROM desk_plan WHERE token_hash = '\(token)'") == 0, "only the hash is stored")
        let citizen = server.browser()
        let plan = try citizen.get("/piani/\(token)")
        #expect(plan.status == 200)
        #expect(plan.text.contains("Piano personale di Giovanni") && plan.text.contains("Portare l&#39;ISEE"))
        for slug in chosen { #expect(plan.text.contains("/servizi/\(slug)\"")) }
        #expect(try citizen.get("/piani/\(token)x").status == 404)
        #expect(try browser.get("/admin/sportello").text.contains("Piani salvati"))
        // Six days later it still works; after seven it is gone, rows included.
        server.clock.advance(by: 6 * 86_400)
        #expect(try citizen.get("/piani/\(token)").status == 200)
        server.clock.advance(by: 86_400)
        let expired = try citizen.get("/piani/\(token)")
        #expect(expired.status == 404 && expired.text.contains("restano online per 7 giorni"))
        #expect(try server.count("SELECT count(*) FROM desk_plan") == 0)
        #expect(try server.count("SELECT count(*) FROM desk_plan_item") == 0)
    }

    @Test func aPlanIsDeletedOnlyByItsAuthorWithAValidToken() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let browser = try desk(server)
        try browser.post("/imprese/piano/aggiungi", [("servizio", try slugs(server, 1)[0])], csrf: false)
        try browser.get("/admin/sportello")
        #expect(try browser.post("/admin/sportello/piano", [("azione", "salva")]).status == 200)
        let id = try server.count("SELECT id FROM desk_plan")
        try server.createUser("altro@comune.example", role: .deskOperator)
        let other = server.browser()
        try other.signIn("altro@comune.example")
        try other.get("/admin/sportello")
        #expect(try other.post("/admin/sportello/piani/\(id)/elimina", []).status == 404)
        #expect(try browser.post("/admin/sportello/piani/\(id)/elimina", [], csrf: false).status == 403)
        #expect(try server.count("SELECT count(*) FROM desk_plan") == 1)
        try browser.get("/admin/sportello")
        #expect(try browser.post("/admin/sportello/piani/\(id)/elimina", []).status == 303)
        #expect(try server.count("SELECT count(*) FROM desk_plan") == 0)
        #expect(try server.count("SELECT count(*) FROM audit_log WHERE action = 'desk_plan.delete'") == 1)
    }

    @Test func comunePagesShowTheDesksServingThem() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let deskCounts = try server.database.read { db in
            try db.query("""
                SELECT t.slug, count(DISTINCT s.id) AS n FROM service s JOIN service_location sl ON sl.service_id = s.id
                JOIN location l ON l.id = sl.location_id JOIN territory t ON t.id = l.comune_id
                WHERE s.status = 'published' AND s.service_type_code IN ('sportello', 'sportello_welfare_imprese')
                GROUP BY t.slug ORDER BY n DESC LIMIT 1
                """).map { (try $0.get("slug") as String, try $0.get("n") as Int) }
        }
        let (slug, _) = try #require(deskCounts.first)
        let page = try server.browser().get("/territori/\(slug)")
        #expect(page.status == 200)
        #expect(page.text.contains("Il tuo sportello welfare più vicino"))
        // A comune no desk serves has no such section.
        let none = try server.database.read { db in
            try db.scalar("""
                SELECT t.slug FROM comune c JOIN territory t ON t.id = c.id JOIN province p ON p.id = c.province_id
                JOIN territory pt ON pt.id = p.id WHERE pt.code = 'VB' ORDER BY t.slug LIMIT 1
                """, as: String.self)
        }
        let empty = try server.browser().get("/territori/\(try #require(none))")
        #expect(empty.status == 200)
        #expect(!empty.text.contains("Il tuo sportello welfare più vicino"))
    }
}
