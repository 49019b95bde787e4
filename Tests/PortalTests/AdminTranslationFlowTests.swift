import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// Card translations edited in the admin over a real socket: the form per public language, CSRF,
/// permissions per organisation, audit log, and refusals that store nothing.
@Suite(.blocking) struct AdminTranslationFlowTests {
    let cards = AdminCardFlowTests()

    func translationCount(_ server: AdminTestServer) throws -> Int {
        try server.count("SELECT COUNT(*) FROM service_translation")
    }

    @Test func anEditorSavesAnEnglishTranslationWithTheFormToken() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let editor = try cards.signedIn(server, "red@ente.it")
        let id = try cards.createCard(editor, try cards.validCard(server))
        let card = try editor.get("/admin/schede/\(id)")
        #expect(card.text.contains("href=\"/admin/schede/\(id)/traduzione/en\">Traduzione in English</a>"))
        let form = try editor.get("/admin/schede/\(id)/traduzione/en")
        #expect(form.status == 200 && form.text.contains("lang=\"en\"") && form.text.contains("In italiano: Assistenza a casa"))
        let fields = [("title", "Home care <b>"), ("summary", "Help at home for older people"), ("description", ""),
                      ("eligibility", "People over 65"), ("how_to_apply", "Call the office")]
        #expect(try editor.post("/admin/schede/\(id)/traduzione/en", fields, csrf: false).status == 403)
        #expect(try translationCount(server) == 0)
        try editor.get("/admin/schede/\(id)/traduzione/en")
        let saved = try editor.post("/admin/schede/\(id)/traduzione/en", fields)
        #expect(saved.status == 303 && saved["Location"] == "/admin/schede/\(id)/traduzione/en?salvata=1")
        let stored = try ServiceTranslationRepository(pool: server.database).translation(serviceId: id, language: "en")
        #expect(stored?.title == "Home care <b>" && stored?.howToApply == "Call the office" && stored?.description == "")
        let again = try editor.get("/admin/schede/\(id)/traduzione/en?salvata=1")
        #expect(again.text.contains("Traduzione salvata.") && again.text.contains("value=\"Home care &lt;b&gt;\""))
        #expect(try server.count("SELECT COUNT(*) FROM audit_log WHERE action = 'service.translation_saved' AND entity_id = '\(id)'") == 1)
        // Emptying every field deletes the translation, and that is audited too.
        try editor.post("/admin/schede/\(id)/traduzione/en", fields.map { ($0.0, "") })
        #expect(try translationCount(server) == 0)
        #expect(try server.count("SELECT COUNT(*) FROM audit_log WHERE action = 'service.translation_deleted'") == 1)
    }

    @Test func unknownLanguagesOverlongTextsAndOtherOrganisationsAreRefused() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        try server.createUser("op@ente.it", role: .organizationOperator, organizations: [10])
        let editor = try cards.signedIn(server, "red@ente.it"), provider = try cards.signedIn(server, "op@ente.it")
        let other = try cards.createCard(editor, try cards.validCard(server, title: "Altro ente", org: "11"))
        #expect(try editor.get("/admin/schede/\(other)/traduzione/xx").status == 404)
        #expect(try editor.get("/admin/schede/\(other)/traduzione/it").status == 404)
        #expect(try editor.get("/admin/schede/999999/traduzione/en").status == 404)
        try provider.get("/admin")
        #expect(try provider.get("/admin/schede/\(other)/traduzione/en").status == 403)
        #expect(try provider.post("/admin/schede/\(other)/traduzione/en", [("title", "Stolen")]).status == 403)
        try editor.get("/admin/schede/\(other)/traduzione/en")
        let long = String(repeating: "a", count: ServiceTranslation.maxFieldLength + 1)
        let refused = try editor.post("/admin/schede/\(other)/traduzione/en", [("title", "Fine"), ("description", long)])
        #expect(refused.status == 422 && refused.text.contains("al massimo"))
        #expect(try translationCount(server) == 0)
    }
}
