import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// Issue 10 (3): "Richiedi informazioni" from the shortlist to the providers, and each
/// provider's queue, over a real socket.
@Suite(.blocking) struct ContactRequestFlowTests {
    func firm(_ server: EnterpriseTestServer, services: Int = 3) throws -> (FormBrowser, [(slug: String, organizationID: Int64)]) {
        let browser = server.browser()
        let chosen = try server.welfareServices(services)
        for service in chosen { try browser.post("/imprese/piano/aggiungi", [("servizio", service.slug)]) }
        return (browser, chosen)
    }

    func fields(consent: Bool = true) -> [(String, String)] {
        var fields = [("firm_name", "Falegnameria Rossi <srl>"), ("size_band", "micro"), ("comune", "Pinerolo"),
                      ("contact_name", "Anna Rossi"), ("contact_email", "anna@falegnameria.example"),
                      ("contact_phone", "0121 123456"), ("message", "Quanto costa per 8 dipendenti?")]
        if consent { fields.append(("consent", "1")) }
        return fields
    }

    @Test func aRequestReachesEachProviderAndOnlyThem() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let (browser, chosen) = try firm(server)
        let organizations = Set(chosen.map(\.organizationID))
        #expect(organizations.count >= 2, "the demo catalog has welfare services from several providers")
        let form = try browser.get("/imprese/piano/richiesta")
        #expect(form.status == 200 && form.text.contains("name=\"csrf\""))
        let sent = try browser.post("/imprese/piano/richiesta", fields())
        #expect(sent.status == 303)
        #expect(sent["Location"] == "/imprese/piano/richiesta/inviata?enti=\(organizations.count)")
        #expect(try server.count("SELECT count(*) FROM contact_request") == organizations.count)
        #expect(try server.count("SELECT count(*) FROM contact_request_service") == chosen.count)
        #expect(try server.count("SELECT count(*) FROM audit_log WHERE action = 'contact_request.create'") == organizations.count)
        #expect(try server.count("SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND related_type = 'contact_request'") >= 1)

        let mine = chosen[0].organizationID, other = chosen.first { $0.organizationID != mine }!.organizationID
        try server.createUser("op@a.example", role: .organizationOperator, organizations: [mine])
        let operatorA = server.browser()
        #expect(try operatorA.signIn("op@a.example").status == 303)
        let queue = try operatorA.get("/admin/richieste")
        #expect(queue.status == 200)
        #expect(queue.text.contains("Falegnameria Rossi &lt;srl&gt;"))
        #expect(queue.text.components(separatedBy: "<tr><td>").count - 1 == 1, "only the request for their organisation")
        let ownID = try server.count("SELECT id FROM contact_request WHERE organization_id = \(mine)")
        let otherID = try server.count("SELECT id FROM contact_request WHERE organization_id = \(other)")
        let detail = try operatorA.get("/admin/richieste/\(ownID)")
        #expect(detail.status == 200 && detail.text.contains("href=\"mailto:anna@falegnameria.example\""))
        #expect(try operatorA.get("/admin/richieste/\(otherID)").status == 404)
        // Moving someone else's request is refused and changes nothing.
        try operatorA.get("/admin/richieste/\(ownID)")
        #expect(try operatorA.post("/admin/richieste/\(otherID)/stato", [("stato", "chiusa")]).status == 404)
        #expect(try server.count("SELECT count(*) FROM contact_request WHERE status <> 'nuova'") == 0)
        // Their own goes through, audit-logged.
        try operatorA.get("/admin/richieste/\(ownID)")
        #expect(try operatorA.post("/admin/richieste/\(ownID)/stato", [("stato", "in_corso")]).status == 303)
        #expect(try server.count("SELECT count(*) FROM contact_request WHERE id = \(ownID) AND status = 'in_corso'") == 1)
        #expect(try server.count("SELECT count(*) FROM audit_log WHERE action = 'contact_request.status'") == 1)
        #expect(try operatorA.get("/admin/richieste?stato=in_corso").text.contains("Falegnameria"))
        #expect(try operatorA.get("/admin/richieste?stato=boh").status == 400)
        // A status change without the CSRF token changes nothing.
        #expect(try operatorA.post("/admin/richieste/\(ownID)/stato", [("stato", "chiusa")], csrf: false).status == 403)
        #expect(try server.count("SELECT count(*) FROM contact_request WHERE status = 'chiusa'") == 0)
    }

    @Test func editorsAndDeskOperatorsDoNotSeeTheQueue() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        try server.createUser("red@rete.example", role: .editor)
        try server.createUser("desk@rete.example", role: .deskOperator)
        for email in ["red@rete.example", "desk@rete.example"] {
            let browser = server.browser()
            #expect(try browser.signIn(email).status == 303)
            #expect(try browser.get("/admin/richieste").status == 403)
        }
    }

    @Test func aWrongOrMissingTokenIsRefusedAndNothingIsStored() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let (browser, _) = try firm(server)
        try browser.get("/imprese/piano/richiesta")
        let token = try #require(browser.csrfToken)
        #expect(try browser.post("/imprese/piano/richiesta", fields() + [("csrf", "1780000000.forged")], csrf: false).status == 403)
        #expect(try browser.post("/imprese/piano/richiesta", fields(), csrf: false).status == 403)
        // A token that belongs to another browser's cookie is refused too.
        let stranger = try firm(server).0
        try stranger.get("/imprese/piano/richiesta")
        #expect(try stranger.post("/imprese/piano/richiesta", fields() + [("csrf", token)], csrf: false).status == 403)
        // An expired form (older than two hours) is refused.
        server.clock.advance(by: 7_201)
        #expect(try browser.post("/imprese/piano/richiesta", fields() + [("csrf", token)], csrf: false).status == 403)
        #expect(try server.count("SELECT count(*) FROM contact_request") == 0)
    }

    @Test func invalidInputKeepsTheFormAndStoresNothing() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let (browser, _) = try firm(server)
        try browser.get("/imprese/piano/richiesta")
        var bad = fields(consent: false)
        bad[2] = ("comune", "Pinerolissimo")
        let reply = try browser.post("/imprese/piano/richiesta", bad)
        #expect(reply.status == 422)
        #expect(reply.text.contains("href=\"#consent\""))
        #expect(reply.text.contains("Non troviamo il comune «Pinerolissimo»"))
        #expect(reply.text.contains("value=\"Falegnameria Rossi &lt;srl&gt;\""))
        #expect(try server.count("SELECT count(*) FROM contact_request") == 0)
        // An empty plan cannot be sent, even with a valid form.
        #expect(try server.browser().get("/imprese/piano/richiesta").text.contains("Il tuo piano è vuoto"))
        let (emptied, chosen) = try firm(server, services: 1)
        try emptied.get("/imprese/piano/richiesta")
        try emptied.post("/imprese/piano/togli", [("servizio", chosen[0].slug)], csrf: false)
        #expect(try emptied.post("/imprese/piano/richiesta", fields()).status == 422)
        #expect(try server.count("SELECT count(*) FROM contact_request") == 0)
    }

    @Test func aClientSendingTooManyRequestsGetsA429() throws {
        let policy = SubmissionLimit(maxSubmissions: 2, windowSeconds: 3_600)
        let server = try EnterpriseTestServer(enterprise: EnterpriseConfiguration(formLimits: PublicFormLimits(contactRequest: policy)))
        defer { server.stop() }
        let (browser, _) = try firm(server, services: 1)
        for _ in 0..<2 {
            try browser.get("/imprese/piano/richiesta")
            #expect(try browser.post("/imprese/piano/richiesta", fields()).status == 303)
        }
        try browser.get("/imprese/piano/richiesta")
        let refused = try browser.post("/imprese/piano/richiesta", fields())
        #expect(refused.status == 429)
        #expect(refused["Retry-After"] == "3600")
        #expect(refused.text.contains("Troppe richieste"))
        #expect(try server.count("SELECT count(*) FROM contact_request") == 2)
        server.clock.advance(by: 3_601)
        try browser.get("/imprese/piano/richiesta")
        #expect(try browser.post("/imprese/piano/richiesta", fields()).status == 303)
    }
}
