import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// Card editing over a real socket: create, validation round trip, edit conflict, workflow by
/// role, history and restore, CSRF and permission refusals that change nothing.
@Suite(.blocking) struct AdminCardFlowTests {
    func validCard(_ server: AdminTestServer, title: String = "Assistenza a casa", org: String = "10") throws -> [(String, String)] {
        let torino: Int64 = try server.database.read { try $0.scalar("SELECT id FROM territory WHERE kind = 'province' AND code = 'TO'") } ?? 0
        return [("title", title), ("organization_id", org), ("service_type", "assistenza_domiciliare"),
                ("summary", "Aiuto a casa per persone anziane"), ("needs", "anziani"), ("needs", "disabilita"),
                ("territories", String(torino)), ("cost_kind", "paid"), ("cost_min", "18,50"), ("languages", "it"),
                ("location_1_name", "Sede"), ("location_1_address", "Via Roma 1"), ("location_1_comune", "Pinerolo")]
    }

    func signedIn(_ server: AdminTestServer, _ email: String) throws -> FormBrowser {
        let browser = FormBrowser(port: server.port)
        #expect(try browser.signIn(email).status == 303)
        return browser
    }

    func createCard(_ browser: FormBrowser, _ fields: [(String, String)]) throws -> Int64 {
        try browser.get("/admin/schede/nuova")
        let reply = try browser.post("/admin/schede/nuova", fields)
        #expect(reply.status == 303, "\(reply.text)")
        let location = reply["Location"] ?? ""
        return Int64(location.split(separator: "/").last?.split(separator: "?").first ?? "") ?? 0
    }

    func title(_ server: AdminTestServer, _ id: Int64) throws -> String? {
        try server.database.read { try $0.scalar("SELECT title FROM service WHERE id = ?", id) }
    }

    @Test func editorCreatesACardThatAppearsInTheList() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = try signedIn(server, "red@ente.it")
        let id = try createCard(browser, try validCard(server))
        let card = try ServiceRepository(pool: server.database).service(id: id)
        #expect(card.fields.needCodes == ["anziani", "disabilita"] && card.fields.cost.minCents == 1850)
        #expect(card.fields.locations.first?.address == "Via Roma 1")
        let list = try browser.get("/admin/schede?q=casa&stato=draft")
        #expect(list.status == 200 && list.text.contains("Assistenza a casa") && list.text.contains("1 scheda"))
        #expect(try browser.get("/admin/schede?stato=boh").status == 400)
        #expect(try browser.get("/admin").text.contains("Assistenza a casa"))
    }

    @Test func validationErrorsRoundTripWithTheTypedValues() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = try signedIn(server, "red@ente.it")
        try browser.get("/admin/schede/nuova")
        var fields = try validCard(server, title: "")
        fields += [("age_min", "dieci"), ("contact_email", "non-una-mail"), ("audience", "Anziani <soli> & famiglie")]
        let reply = try browser.post("/admin/schede/nuova", fields)
        #expect(reply.status == 422)
        #expect(reply.text.contains("<title>Errore: Nuova scheda"))
        #expect(reply.text.contains("C&#39;è un problema") || reply.text.contains("C'è un problema") || reply.text.contains("C&#x27;è un problema"))
        #expect(reply.text.contains("href=\"#title\""))
        #expect(reply.text.contains("href=\"#age_min\"") && reply.text.contains("value=\"dieci\""))
        #expect(reply.text.contains("href=\"#contact_email\"") && reply.text.contains("value=\"non-una-mail\""))
        #expect(reply.text.contains("id=\"title-errore\""))
        // Accessibility of the error state: the summary takes focus and comes after the h1;
        // refused fields say so to assistive technology, accepted ones do not.
        #expect(reply.text.contains("class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\" autofocus"))
        let h1 = try #require(reply.text.range(of: "<h1>"))
        let summaryStart = try #require(reply.text.range(of: "class=\"error-summary\""))
        #expect(h1.lowerBound < summaryStart.lowerBound)
        #expect(reply.text.contains("id=\"title\" name=\"title\" value=\"\" aria-describedby=\"title-suggerimento title-errore\" aria-invalid=\"true\""))
        #expect(reply.text.contains("aria-describedby=\"contact_email-errore\" aria-invalid=\"true\""))
        #expect(!reply.text.contains("id=\"summary\" name=\"summary\" rows=\"3\" aria-invalid"))
        #expect(reply.text.contains("Anziani &lt;soli&gt; &amp; famiglie"))
        #expect(reply.text.contains("value=\"anziani\" checked"))
        #expect(try server.count("SELECT count(*) FROM service") == 0)
    }

    @Test func concurrentEditShowsBothVersionsAndLosesNothing() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("a@ente.it", role: .editor)
        try server.createUser("b@ente.it", role: .editor)
        let alice = try signedIn(server, "a@ente.it"), bob = try signedIn(server, "b@ente.it")
        let id = try createCard(alice, try validCard(server))
        try alice.get("/admin/schede/\(id)")
        try bob.get("/admin/schede/\(id)")
        #expect(try alice.post("/admin/schede/\(id)", try validCard(server, title: "Titolo di Alice") + [("version", "1")]).status == 303)
        let conflict = try bob.post("/admin/schede/\(id)", try validCard(server, title: "Titolo di Bob") + [("version", "1")])
        #expect(conflict.status == 409)
        #expect(conflict.text.contains("Qualcuno ha salvato questa scheda mentre la modificavi"))
        #expect(conflict.text.contains("<td>Titolo di Bob</td><td>Titolo di Alice</td>"))
        #expect(conflict.text.contains("name=\"version\" value=\"2\""))
        #expect(conflict.text.contains("value=\"Titolo di Bob\""))
        #expect(try title(server, id) == "Titolo di Alice")
        #expect(try bob.post("/admin/schede/\(id)", try validCard(server, title: "Titolo unito") + [("version", "2")]).status == 303)
        #expect(try title(server, id) == "Titolo unito")
    }

    @Test func workflowAndPermissionsByRole() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        try server.createUser("op@ente.it", role: .organizationOperator, organizations: [10])
        let provider = try signedIn(server, "op@ente.it"), editor = try signedIn(server, "red@ente.it")
        let own = try createCard(provider, try validCard(server))
        let other = try createCard(editor, try validCard(server, title: "Altro ente", org: "11"))
        #expect(try provider.get("/admin/schede/\(other)").status == 403)
        try provider.get("/admin/schede/\(own)")
        #expect(try provider.post("/admin/schede/\(other)", try validCard(server, title: "Rubata", org: "11") + [("version", "1")]).status == 403)
        #expect(try provider.post("/admin/schede/\(own)", try validCard(server, title: "Spostata", org: "11") + [("version", "1")]).status == 403)
        #expect(try provider.post("/admin/schede/\(own)/stato", [("action", "pubblica"), ("version", "1")]).status == 403)
        #expect(try title(server, other) == "Altro ente" && (try title(server, own)) == "Assistenza a casa")
        let ownPage = try provider.get("/admin/schede/\(own)")
        #expect(ownPage.text.contains("Invia in revisione") && !ownPage.text.contains(">Pubblica<"))
        #expect(try provider.post("/admin/schede/\(own)/stato", [("action", "invia-revisione"), ("version", "1")]).status == 303)
        try editor.get("/admin/schede/\(own)")
        #expect(try editor.post("/admin/schede/\(own)/stato", [("action", "pubblica"), ("version", "2")]).status == 303)
        let status: String? = try server.database.read { try $0.scalar("SELECT status FROM service WHERE id = ?", own) }
        #expect(status == "published")
        let list = try provider.get("/admin/schede")
        #expect(list.text.contains("Assistenza a casa") && !list.text.contains("Altro ente"))
    }

    @Test func missingOrForeignCSRFTokenChangesNothing() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        try server.createUser("red2@ente.it", role: .editor)
        let browser = try signedIn(server, "red@ente.it")
        let id = try createCard(browser, try validCard(server))
        let other = try signedIn(server, "red2@ente.it")
        try other.get("/admin/schede/\(id)")
        let foreignToken = other.csrfToken ?? ""
        #expect(try browser.post("/admin/schede/\(id)", try validCard(server, title: "Senza token") + [("version", "1")], csrf: false).status == 403)
        #expect(try browser.post("/admin/schede/\(id)", try validCard(server, title: "Token altrui") + [("version", "1"), ("csrf", foreignToken)],
                                 csrf: false).status == 403)
        #expect(try browser.post("/admin/schede/nuova", try validCard(server, title: "Nuova senza token"), csrf: false).status == 403)
        #expect(try title(server, id) == "Assistenza a casa")
        #expect(try server.count("SELECT count(*) FROM service") == 1)
    }

    @Test func historyShowsReadableDiffsAndRestoreMakesANewVersion() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = try signedIn(server, "red@ente.it")
        let id = try createCard(browser, try validCard(server))
        try browser.get("/admin/schede/\(id)")
        #expect(try browser.post("/admin/schede/\(id)", try validCard(server, title: "Titolo sbagliato") + [("version", "1")]).status == 303)
        let history = try browser.get("/admin/schede/\(id)/storia")
        #expect(history.text.contains("Versione 2") && history.text.contains("Titolo: «Assistenza a casa» → «Titolo sbagliato»"))
        let revision = try browser.get("/admin/schede/\(id)/storia/2")
        #expect(revision.text.contains("<th scope=\"row\">Titolo</th><td class=\"diff-before\">Assistenza a casa</td><td class=\"diff-after\">Titolo sbagliato</td>"))
        try browser.get("/admin/schede/\(id)/storia/1")
        #expect(try browser.post("/admin/schede/\(id)/storia/1/ripristina", [("version", "2")]).status == 303)
        #expect(try title(server, id) == "Assistenza a casa")
        #expect(try server.count("SELECT max(version) FROM revision") == 3)
        #expect(try browser.get("/admin/schede/\(id)/storia/99").status == 404)
        let actions: [String] = try server.database.read { try $0.query("SELECT action FROM audit_log WHERE entity_type = 'service' ORDER BY id").map { try $0.get(0) } }
        #expect(actions == ["service.create", "service.update", "service.restore"])
    }

    @Test func verifiedTodayAndDuplicate() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = try signedIn(server, "red@ente.it")
        let id = try createCard(browser, try validCard(server))
        try browser.get("/admin/schede/\(id)")
        #expect(try browser.post("/admin/schede/\(id)/verificata", [("version", "1")]).status == 303)
        let verified: Int64? = try server.database.read { try $0.scalar("SELECT last_verified_at FROM service WHERE id = ?", id) }
        #expect(verified == server.clock.nowSeconds())
        try browser.get("/admin/schede/\(id)")
        let copy = try browser.post("/admin/schede/\(id)/duplica", [("version", "2")])
        #expect(copy.status == 303)
        #expect(try server.count("SELECT count(*) FROM service WHERE title = 'Copia di Assistenza a casa' AND status = 'draft'") == 1)
    }
}
