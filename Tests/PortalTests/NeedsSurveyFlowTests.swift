import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// Issue 10: the employee needs questionnaire over a real socket: a firm creates it, staff answer
/// anonymously, the firm sees k = 5 aggregates (page and CSV) and closes it.
@Suite(.blocking) struct NeedsSurveyFlowTests {
    /// Creates a survey near Pinerolo; returns the admin path and the public path.
    func createSurvey(_ server: EnterpriseTestServer) throws -> (admin: String, answer: String) {
        let firm = server.browser()
        #expect(try firm.get("/imprese/questionario").status == 200)
        let created = try firm.post("/imprese/questionario", [("firm_name", "Officine <Bianchi>"), ("comune", "Pinerolo"),
                                                              ("closes_on", "2026-06-30")])
        #expect(created.status == 303)
        let admin = try #require(created["Location"])
        #expect(admin.hasPrefix("/imprese/questionario/gestione/"))
        let page = try firm.get(admin)
        #expect(page.status == 200 && page.text.contains("Officine &lt;Bianchi&gt;"))
        let range = try #require(page.text.range(of: "href=\"/questionario/"))
        let token = String(page.text[range.upperBound...].prefix { $0 != "\"" })
        return (admin, "/questionario/" + token)
    }

    /// The need with the most published services in the demo catalog, and its label.
    func busiestNeed(_ server: EnterpriseTestServer) throws -> (code: String, label: String) {
        try server.database.read { db in
            let row = try db.queryOne("""
                SELECT n.code, n.label FROM need n JOIN service_need sn ON sn.need_code = n.code
                JOIN service s ON s.id = sn.service_id AND s.status = 'published' GROUP BY n.code ORDER BY count(*) DESC, n.code LIMIT 1
                """)!
            return (try row.get("code"), try row.get("label"))
        }
    }

    @discardableResult
    func answer(_ server: EnterpriseTestServer, _ path: String, need: String, comune: String = "Pinerolo") throws -> HTTPReply {
        let staff = server.browser()
        #expect(try staff.get(path).status == 200)
        return try staff.post(path, [("bisogni", need), ("comune", comune), ("figli", "uno"), ("anziani", "1")])
    }

    @Test func aFirmCreatesStaffAnswerAndResultsAppearFromFiveAnswers() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        #expect(try server.browser().get("/imprese").text.contains("href=\"/imprese/questionario\""))
        let (admin, path) = try createSurvey(server)
        #expect(try server.count("SELECT count(*) FROM audit_log WHERE action = 'needs_survey.create'") == 1)
        let need = try busiestNeed(server)
        for _ in 0..<4 {
            let reply = try answer(server, path, need: need.code)
            #expect(reply.status == 303 && reply["Location"] == path + "/grazie")
        }
        #expect(try server.count("SELECT count(*) FROM needs_survey_response") == 4)
        let few = try server.browser().get(admin)
        #expect(few.text.contains("meno di 5 risposte"))
        #expect(!few.text.contains("<table") && !few.text.contains(HTMLEscaping.escape(need.label)))
        let fewCSV = try server.browser().get(admin + "/risultati.csv")
        #expect(fewCSV.status == 200 && fewCSV.text.contains("Totale;Risposte;meno di 5") && !fewCSV.text.contains("Bisogno"))

        try answer(server, path, need: need.code)
        try answer(server, path, need: need.code, comune: "Bra")
        let shown = try server.browser().get(admin)
        #expect(shown.text.contains("Risposte ricevute: 6."))
        // Six of six ticked the need and five of six live in Pinerolo: exact figures would tell the
        // firm every answer, so the complement is suppressed too.
        #expect(shown.text.contains("<tr><th scope=\"row\">\(HTMLEscaping.escape(need.label))</th><td>tutte tranne meno di 5</td></tr>"))
        #expect(shown.text.contains("<tr><th scope=\"row\">Pinerolo</th><td>tutte tranne meno di 5</td></tr>"))
        #expect(!shown.text.contains("<td>6</td>") && !shown.text.contains("<td>5</td>"))
        #expect(shown.text.contains("<tr><th scope=\"row\">Altri comuni</th><td>meno di 5</td></tr>"))
        #expect(!shown.text.contains(">Bra<"), "a comune with one answer is merged, never named")
        #expect(shown.text.contains("<tr><th scope=\"row\">Figli sotto i 14 anni: nessuno</th><td>meno di 5</td></tr>"))
        #expect(shown.text.contains("Servizi vicini per i bisogni più indicati") && shown.text.contains("<li class=\"result\">"))
        let csv = try server.browser().get(admin + "/risultati.csv")
        #expect(csv["Content-Type"]?.hasPrefix("text/csv") == true)
        #expect(csv.text.contains("Comune di residenza;Pinerolo;tutte tranne meno di 5") && csv.text.contains("Comune di residenza;Altri comuni;meno di 5"))
        #expect(csv.text.contains("Famiglia;Persona con disabilità in famiglia;meno di 5") && !csv.text.contains("Bra"))
    }

    @Test func aMissingOrWrongFormTokenIsRefusedAndNothingIsStored() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let firm = server.browser()
        try firm.get("/imprese/questionario")
        let fields = [("firm_name", "Officine"), ("closes_on", "2026-06-30")]
        #expect(try firm.post("/imprese/questionario", fields, csrf: false).status == 403)
        #expect(try firm.post("/imprese/questionario", fields + [("csrf", "1780000000.forged")], csrf: false).status == 403)
        #expect(try server.count("SELECT count(*) FROM needs_survey") == 0)
        let (admin, path) = try createSurvey(server)
        let staff = server.browser()
        try staff.get(path)
        let need = try busiestNeed(server)
        #expect(try staff.post(path, [("bisogni", need.code), ("figli", "uno")], csrf: false).status == 403)
        // The creation form's token does not answer a survey.
        try staff.get("/imprese/questionario")
        #expect(try staff.post(path, [("bisogni", need.code), ("figli", "uno")]).status == 403)
        #expect(try server.send("POST", admin + "/chiudi", body: "csrf=x").status == 403)
        #expect(try server.count("SELECT count(*) FROM needs_survey_response") == 0)
        #expect(try server.count("SELECT count(*) FROM needs_survey WHERE closed_at IS NOT NULL") == 0)
    }

    @Test func invalidInputKeepsTheFormAndStoresNothing() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let firm = server.browser()
        try firm.get("/imprese/questionario")
        let bad = try firm.post("/imprese/questionario", [("firm_name", ""), ("comune", "Pinerolissimo"), ("closes_on", "2026-02-30")])
        #expect(bad.status == 422)
        #expect(bad.text.contains("href=\"#firm_name\"") && bad.text.contains("Non troviamo il comune «Pinerolissimo»"))
        #expect(bad.text.contains("href=\"#closes_on\""))
        #expect(try server.count("SELECT count(*) FROM needs_survey") == 0)
        let (_, path) = try createSurvey(server)
        let staff = server.browser()
        try staff.get(path)
        let reply = try staff.post(path, [("bisogni", "non-esiste"), ("comune", "Pinerolissimo")])
        #expect(reply.status == 422)
        #expect(reply.text.contains("href=\"#bisogni\"") && reply.text.contains("href=\"#figli\"") && reply.text.contains("value=\"Pinerolissimo\""))
        #expect(try server.count("SELECT count(*) FROM needs_survey_response") == 0)
    }

    @Test func aWrongTokenIsA404() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let (admin, path) = try createSurvey(server)
        let publicToken = String(path.dropFirst("/questionario/".count))
        let browser = server.browser()
        for target in ["/imprese/questionario/gestione/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                       "/imprese/questionario/gestione/\(publicToken)",
                       "/imprese/questionario/gestione/\(publicToken)/risultati.csv",
                       "/questionario/nessuno", "/questionario/nessuno/grazie",
                       "/questionario/" + String(admin.dropFirst("/imprese/questionario/gestione/".count))] {
            #expect(try browser.get(target).status == 404, "\(target)")
        }
        try browser.get(admin)
        #expect(try browser.post("/imprese/questionario/gestione/\(publicToken)/chiudi", []).status == 404)
        #expect(try server.count("SELECT count(*) FROM needs_survey WHERE closed_at IS NOT NULL") == 0)
    }

    @Test func aClosedSurveyRefusesAnswers() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let (admin, path) = try createSurvey(server)
        let need = try busiestNeed(server)
        let staff = server.browser()
        try staff.get(path)
        let firm = server.browser()
        try firm.get(admin)
        #expect(try firm.post(admin + "/chiudi", []).status == 303)
        #expect(try server.count("SELECT count(*) FROM audit_log WHERE action = 'needs_survey.close'") == 1)
        #expect(try firm.get(admin).text.contains("Il questionario è chiuso"))
        #expect(try staff.post(path, [("bisogni", need.code), ("figli", "uno")]).status == 410)
        #expect(try server.browser().get(path).status == 410)
        #expect(try server.count("SELECT count(*) FROM needs_survey_response") == 0)
        // A survey past its closing day is closed too.
        let (_, later) = try createSurvey(server)
        server.clock.advance(by: 40 * 86_400)
        #expect(try server.browser().get(later).status == 410)
    }

    @Test func theCreationFormSuggestsAClosingDayFourWeeksAhead() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        #expect(try server.browser().get("/imprese/questionario").text.contains("value=\"2026-06-25\""))
    }

    @Test func tooManySurveysFromOneClientGetA429() throws {
        let limit = SubmissionLimit(maxSubmissions: 1, windowSeconds: 3_600)
        let server = try EnterpriseTestServer(enterprise: EnterpriseConfiguration(formLimits: PublicFormLimits(surveyCreation: limit)))
        defer { server.stop() }
        _ = try createSurvey(server)
        let firm = server.browser()
        try firm.get("/imprese/questionario")
        let refused = try firm.post("/imprese/questionario", [("firm_name", "Altra"), ("closes_on", "2026-06-30")])
        #expect(refused.status == 429 && refused["Retry-After"] == "3600")
        #expect(try server.count("SELECT count(*) FROM needs_survey") == 1)
    }

    @Test func tooManyAnswersFromOneClientGetA429() throws {
        let limit = SubmissionLimit(maxSubmissions: 2, windowSeconds: 3_600)
        let server = try EnterpriseTestServer(enterprise: EnterpriseConfiguration(formLimits: PublicFormLimits(surveyAnswer: limit)))
        defer { server.stop() }
        let (_, path) = try createSurvey(server)
        let need = try busiestNeed(server)
        #expect(try answer(server, path, need: need.code).status == 303)
        #expect(try answer(server, path, need: need.code).status == 303)
        let refused = try answer(server, path, need: need.code)
        #expect(refused.status == 429 && refused["Retry-After"] == "3600")
        #expect(refused.text.contains("<a href=\"\(path)\">Torna al questionario</a>") && !refused.text.contains("piano welfare"))
        #expect(try server.count("SELECT count(*) FROM needs_survey_response") == 2)
    }
}
