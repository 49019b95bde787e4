import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// The card's feedback forms on the English site over a real socket: English labels, English
/// answers and refusals, the same storage as the Italian forms; and the statuses the error
/// boundary gives a form (415, 422, 409) explained for what they are.
@Suite(.blocking) struct EnglishFeedbackFlowTests {
    let flow = AdminCardFlowTests()

    func token(in page: HTTPReply) -> String {
        guard let range = page.text.range(of: "name=\"token\" value=\"") else { return "" }
        return String(page.text[range.upperBound...].prefix { $0 != "\"" })
    }

    /// A published card on a server with the feedback forms; its slug and the editor.
    func publishedCard(_ server: AdminTestServer) throws -> (slug: String, editor: FormBrowser) {
        try server.createUser("red@ente.it", role: .editor)
        let editor = try flow.signedIn(server, "red@ente.it")
        let id = try flow.createCard(editor, try flow.validCard(server))
        try editor.get("/admin/schede/\(id)")
        #expect(try editor.post("/admin/schede/\(id)/stato", [("action", "pubblica"), ("version", "1")]).status == 303)
        let slug = try server.database.read { try $0.scalar("SELECT slug FROM service WHERE id = ?", id, as: String.self) } ?? ""
        return (slug, editor)
    }

    @Test func theEnglishCardsFormsAnswerInEnglishAndStoreLikeTheItalianOnes() throws {
        let server = try AdminTestServer(publicCatalog: true, feedback: true)
        defer { server.stop() }
        let (slug, _) = try publishedCard(server)
        let citizen = FormBrowser(port: server.port)
        let card = try citizen.get("/en/servizi/\(slug)")
        #expect(card.text.contains("<h2 id=\"feedback-titolo\">Was this information useful?</h2>"))
        #expect(card.text.contains("<form action=\"/en/servizi/\(slug)/valutazione\" method=\"post\">"))
        #expect(card.text.contains("<form action=\"/en/servizi/\(slug)/segnalazione\" method=\"post\""))
        #expect(card.text.contains("The instructions were not clear"))
        #expect(card.text.contains("<h2 id=\"errore-titolo\">Report a mistake</h2>"))
        #expect(!card.text.contains("Segnala un errore"))
        let token = token(in: card)
        let rate = "/en/servizi/\(slug)/valutazione", report = "/en/servizi/\(slug)/segnalazione"

        let hasty = try citizen.post(rate, [("token", token), ("voto", "2")], csrf: false)
        #expect(hasty.status == 400)
        #expect(hasty.text.contains("<html lang=\"en\">"))
        #expect(hasty.text.contains("The form was sent too quickly"))
        #expect(hasty.text.contains("Go back to the previous page, correct what is listed"))
        server.clock.advance(by: 5)
        let noVote = try citizen.post(rate, [("token", token)], csrf: false)
        #expect(noVote.status == 400 && noVote.text.contains("Choose a rating from 1 to 5"))
        let rated = try citizen.post(rate, [("token", token), ("voto", "4"), ("motivo", "chiare")], csrf: false)
        #expect(rated.status == 200)
        #expect(rated.text.contains("<h1>Thank you</h1>"))
        #expect(rated.text.contains("your rating helps us write clearer cards"))
        #expect(rated.text.contains("<a href=\"/en/servizi/\(slug)\">Back to the card"))
        let reported = try citizen.post(report, [("token", token), ("testo", "The phone number is wrong")], csrf: false)
        #expect(reported.status == 200 && reported.text.contains("your report has reached the people who maintain the card"))
        #expect(try server.count("SELECT count(*) FROM card_feedback WHERE kind = 'rating' AND rating = 4 AND reasons = 'chiare'") == 1)
        #expect(try server.count("SELECT count(*) FROM card_feedback WHERE kind = 'error'") == 1)
        let missing = try citizen.post("/en/servizi/non-esiste/valutazione", [("token", token), ("voto", "3")], csrf: false)
        #expect(missing.status == 400 || missing.status == 404)
        #expect(missing.text.contains("<html lang=\"en\">"))
        let limited = try citizen.post(rate, [("token", token), ("voto", "5")], csrf: false)
        #expect(limited.status == 429)
        #expect(limited.text.contains("<h1>Too many messages in a short time</h1>"))
        #expect(limited.headers["Retry-After"] == "595", "the window opened with the first post, 5 seconds earlier")
    }

    @Test func aFormInAnotherFormatIs415AndAnEmptyResolutionIs422() throws {
        let server = try AdminTestServer(publicCatalog: true, feedback: true)
        defer { server.stop() }
        let (slug, editor) = try publishedCard(server)
        let client = try RawHTTPClient(port: server.port)
        defer { client.close() }
        let body = "{\"voto\": 3}"
        try client.write(Array(("POST /en/servizi/\(slug)/valutazione HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)").utf8))
        let json = try client.readUntilCloseReply()
        #expect(json.status == 415)
        #expect(json.text.contains("<h1>Format not accepted</h1>"))
        #expect(json.text.contains("The form arrived in a format this address does not accept"))
        #expect(try server.count("SELECT count(*) FROM card_feedback") == 0)

        let citizen = FormBrowser(port: server.port)
        let token = token(in: try citizen.get("/servizi/\(slug)"))
        server.clock.advance(by: 5)
        #expect(try citizen.post("/servizi/\(slug)/segnalazione", [("token", token), ("testo", "Orario sbagliato")], csrf: false).status == 200)
        let reportID = try server.count("SELECT id FROM card_feedback WHERE kind = 'error'")
        try editor.get("/admin/segnalazioni")
        let empty = try editor.post("/admin/segnalazioni/\(reportID)/risolvi", [("nota", "  ")])
        #expect(empty.status == 422)
        // The queue page again, with the refused field named (a form's own 422, not a search error).
        #expect(empty.text.contains("<title>Errore: Segnalazioni"))
        #expect(!empty.text.contains("Non riusciamo a capire la ricerca"))
        #expect(!empty.text.contains("<h1>Richiesta non valida</h1>"))
    }
}
