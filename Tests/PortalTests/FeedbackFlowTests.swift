import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal
@testable import Accounts

/// Citizens' feedback over a real socket: no account, a signed form token instead of a session
/// (minimum fill time, no forgery), honeypot, per-client rate limit with an Italian 429, and the
/// error reports reaching the card's organisation's operators and nobody else.
@Suite(.blocking) struct FeedbackFlowTests {
    let flow = AdminCardFlowTests()

    func token(in page: HTTPReply) -> String {
        guard let range = page.text.range(of: "name=\"token\" value=\"") else { return "" }
        return String(page.text[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test func feedbackIsStoredReachesTheRightOperatorsAndIsRateLimited() throws {
        let server = try AdminTestServer(publicCatalog: true, feedback: true)
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        try server.createUser("op@ente.it", role: .organizationOperator, organizations: [10])
        try server.createUser("op@altro.it", role: .organizationOperator, organizations: [11])
        let editor = try flow.signedIn(server, "red@ente.it")
        let id = try flow.createCard(editor, try flow.validCard(server))
        try editor.get("/admin/schede/\(id)")
        #expect(try editor.post("/admin/schede/\(id)/stato", [("action", "pubblica"), ("version", "1")]).status == 303)
        let slug = try server.database.read { try $0.scalar("SELECT slug FROM service WHERE id = ?", id, as: String.self) } ?? ""
        let citizen = FormBrowser(port: server.port)
        let card = try citizen.get("/servizi/\(slug)")
        #expect(card.text.contains("Queste informazioni ti sono state utili?"))
        #expect(card.text.contains("Segnala un errore"))
        let token = token(in: card)
        let rate = "/servizi/\(slug)/valutazione", report = "/servizi/\(slug)/segnalazione"

        let hasty = try citizen.post(rate, [("token", token), ("voto", "2")], csrf: false)
        #expect(hasty.status == 400, "posted faster than a person can")
        server.clock.advance(by: 5)
        #expect(try citizen.post(rate, [("token", token), ("voto", "2"), ("motivo", "poco_chiare"), ("motivo", "inventato")], csrf: false).status == 200)
        #expect(try citizen.post(report, [("token", token), ("testo", "L'orario è sbagliato"), ("contatto", "anna@example.it")],
                                 csrf: false).status == 200)
        #expect(try citizen.post(report, [("token", token), ("testo", "spam"), ("sito_web", "http://spam")], csrf: false).status == 200)
        let expiry = try #require(Int64(token.prefix { $0 != "." }))
        let postponed = String(expiry + 3_600) + token.drop { $0 != "." }
        #expect(try citizen.post(rate, [("token", postponed), ("voto", "5")], csrf: false).status == 400, "a tampered expiry")
        let limited = try citizen.post(rate, [("token", token), ("voto", "4")], csrf: false)
        #expect(limited.status == 429)
        #expect(limited.text.contains("Troppi invii in poco tempo"))
        #expect(limited.text.contains("attendi 10 minuti"))
        #expect(limited.headers["Retry-After"] == "595", "the window opened with the first post, 5 seconds earlier")
        #expect(try server.count("SELECT count(*) FROM card_feedback WHERE kind = 'rating' AND rating = 2 AND reasons = 'poco_chiare'") == 1)
        #expect(try server.count("SELECT count(*) FROM card_feedback WHERE kind = 'error'") == 1, "the honeypot post is dropped")
        #expect(try server.count("SELECT count(*) FROM card_feedback") == 2)

        let other = try flow.signedIn(server, "op@altro.it")
        #expect(!(try other.get("/admin/segnalazioni")).text.contains("orario è sbagliato"))
        let reportId = try server.count("SELECT id FROM card_feedback WHERE kind = 'error'")
        #expect(try other.post("/admin/segnalazioni/\(reportId)/risolvi", [("nota", "fatto")]).status == 403)
        let owner = try flow.signedIn(server, "op@ente.it")
        let queue = try owner.get("/admin/segnalazioni")
        #expect(queue.text.contains("orario è sbagliato"))
        #expect(queue.text.contains("<td>2.0</td><td>1</td>"), "average clarity per card")
        #expect(try owner.post("/admin/segnalazioni/\(reportId)/risolvi", [("nota", "  ")]).status == 422)
        try owner.get("/admin/segnalazioni")
        #expect(try owner.post("/admin/segnalazioni/\(reportId)/risolvi", [("nota", "Orario corretto")]).status == 303)
        #expect(try server.count("SELECT count(*) FROM card_feedback WHERE status = 'resolved' AND resolution_note = 'Orario corretto'") == 1)
        #expect(try server.count("SELECT count(*) FROM audit_log WHERE action = 'feedback.resolve'") == 1)
        #expect(!(try owner.get("/admin/segnalazioni")).text.contains("orario è sbagliato"))
    }

    @Test func tokensAreBoundToTheCardAndExpire() throws {
        let clock = ManualClock()
        let signer = TokenSigner(key: Array("a feedback key of 32 bytes......".utf8), clock: clock)
        let feedback = TokenPurpose.publicForm(.feedback)
        let token = signer.issue(feedback, boundTo: "a")
        #expect(throws: TokenRejection.tooFast) { try signer.verify(token, feedback, boundTo: "a") }
        clock.advance(by: 10)
        #expect(throws: Never.self) { try signer.verify(token, feedback, boundTo: "a") }
        #expect(throws: TokenRejection.invalid) { try signer.verify(token, feedback, boundTo: "b") }
        #expect(throws: TokenRejection.invalid) { try signer.verify("garbage", feedback, boundTo: "a") }
        clock.advance(by: 3 * 3_600)
        #expect(throws: TokenRejection.expired) { try signer.verify(token, feedback, boundTo: "a") }
    }
}

/// The operators' side of the observatory and of freshness, over a real socket.
@Suite(.blocking) struct OperatorsObservatoryFlowTests {
    let flow = AdminCardFlowTests()

    @Test func operatorsSeeWordsThatFoundNothingAndTheirOwnOverdueCards() throws {
        let server = try AdminTestServer(publicCatalog: true, feedback: true)
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        try server.createUser("op@ente.it", role: .organizationOperator, organizations: [10])
        try server.createUser("op@altro.it", role: .organizationOperator, organizations: [11])
        let editor = try flow.signedIn(server, "red@ente.it")
        let id = try flow.createCard(editor, try flow.validCard(server, title: "Assistenza domiciliare leggera"))
        try editor.get("/admin/schede/\(id)")
        #expect(try editor.post("/admin/schede/\(id)/stato", [("action", "pubblica"), ("version", "1")]).status == 303)
        let day = CalendarDay(unixSeconds: server.clock.nowSeconds()).iso
        try server.database.write { db in
            try db.run("INSERT INTO search_term_stat (day, term, searches, zero_results) VALUES (?, 'badantato', 7, 7)", day)
        }
        let citizen = FormBrowser(port: server.port)
        #expect(!(try citizen.get("/osservatorio")).text.contains("badantato"))
        #expect(try citizen.get("/admin/osservatorio").status != 200, "operators only")
        let words = try editor.get("/admin/osservatorio?periodo=365")
        #expect(words.status == 200)
        #expect(words.text.contains("<th scope=\"row\">badantato</th><td>7</td><td>7</td>"))

        // Created on the manual clock (2023), never verified: overdue under a 6-month policy today.
        let own = try flow.signedIn(server, "op@ente.it").get("/admin/da-verificare")
        #expect(own.text.contains("Assistenza domiciliare leggera"))
        #expect(own.text.contains("retrocessa nella ricerca"))
        #expect(!(try flow.signedIn(server, "op@altro.it").get("/admin/da-verificare")).text.contains("Assistenza domiciliare leggera"))
    }
}
