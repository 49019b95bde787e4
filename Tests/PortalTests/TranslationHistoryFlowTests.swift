import Accounts
import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// A translation saved through the admin form shows in the card's histories over a real socket:
/// the public change log (`/servizi/{slug}/cronologia`, no names) and the admin history
/// (`/admin/schede/{id}/storia`, with the author), between the versions it was saved between.
@Suite(.blocking) struct TranslationHistoryFlowTests {
    let cards = AdminCardFlowTests()

    @Test func aSavedTranslationIsListedInBothHistoriesInTimeOrder() throws {
        let server = try AdminTestServer(publicCatalog: true)
        defer { server.stop() }
        let userID = try server.createUser("red@ente.it", role: .editor)
        let browser = try cards.signedIn(server, "red@ente.it")
        let id = try cards.createCard(browser, try cards.validCard(server))
        let editor = CardEditor(database: server.database, clock: server.clock)
        let user = Operator(id: userID, email: "red@ente.it", role: .editor)
        let published = try editor.transition(id: id, expectedVersion: 1, action: .publish, by: user)

        server.clock.advance(by: 120)
        try browser.get("/admin/schede/\(id)/traduzione/en")
        let saved = try browser.post("/admin/schede/\(id)/traduzione/en", [("title", "Home care"), ("summary", "Help at home")])
        #expect(saved.status == 303 && saved["Location"] == "/admin/schede/\(id)/traduzione/en?salvata=1")
        #expect(try server.count("SELECT COUNT(*) FROM service_translation_revisions WHERE service_id = \(id)") == 1)
        #expect(try server.count("SELECT version FROM service WHERE id = \(id)") == published.version)

        server.clock.advance(by: 120)
        var edit = published.fields
        edit.summary = "Aiuto a casa per persone anziane e fragili"
        let edited = try editor.update(id: id, expectedVersion: published.version, with: edit, by: user)

        let history = try browser.get("/servizi/\(published.slug)/cronologia")
        #expect(history.status == 200)
        let text = history.text
        let newest = try #require(text.range(of: "(versione \(edited.version)): Modificato:"))
        let translation = try #require(text.range(of: "Traduzione in inglese aggiunta."))
        let created = try #require(text.range(of: "(versione 1): Scheda creata."))
        #expect(newest.lowerBound < translation.lowerBound && translation.lowerBound < created.lowerBound)
        #expect(!text.contains("red@ente.it") && !text.contains("Home care"), "no names and no values")

        let admin = try browser.get("/admin/schede/\(id)/storia")
        #expect(admin.status == 200)
        let row = try #require(admin.text.range(of: "href=\"/admin/schede/\(id)/traduzione/en\">Traduzione in inglese</a>"))
        let latest = try #require(admin.text.range(of: ">Versione \(edited.version)</a>"))
        let first = try #require(admin.text.range(of: ">Versione 1</a>"))
        #expect(latest.lowerBound < row.lowerBound && row.lowerBound < first.lowerBound)
        #expect(admin.text.contains("<td>red@ente.it</td><td>Traduzione in inglese aggiunta</td>"))
    }
}
