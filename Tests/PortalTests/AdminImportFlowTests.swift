import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal
@testable import Crypto

/// CSV import and export through the admin screens, over a real socket.
@Suite(.blocking) struct AdminImportFlowTests {
    static let header = "id_esterno;titolo;ente;tipo_servizio;descrizione_breve;bisogni;territorio;stato\n"
    static let good = header + "A-1;Assistenza a casa;coop-aurora;assistenza_domiciliare;Aiuto a casa;anziani;TO;published\n"
        + "A-2;Nido;coop-borea;servizi_infanzia;Nido per i figli;famiglia;piemonte;draft\n"

    func signedIn(_ server: AdminTestServer, _ email: String) throws -> FormBrowser {
        let browser = FormBrowser(port: server.port)
        #expect(try browser.signIn(email).status == 303)
        return browser
    }

    @Test func goodFileIsCheckedThenCommittedAndReimportUpdates() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = try signedIn(server, "red@ente.it")
        let template = try browser.get("/admin/importa/modello.csv")
        #expect(template.status == 200 && template["Content-Type"] == "text/csv; charset=utf-8")
        #expect(template.text.contains("id_esterno;titolo;ente"))
        try browser.get("/admin/importa")
        let dry = try browser.postFile("/admin/importa", field: "file", filename: "schede.csv", content: Array(Self.good.utf8), fields: [])
        #expect(dry.status == 200 && dry.text.contains("Prova riuscita") && dry.text.contains("2 schede da creare"))
        #expect(try server.count("SELECT count(*) FROM service") == 0)
        let done = try browser.post("/admin/importa/conferma", [("csv", AuthEncoding.base64URL(Array(Self.good.utf8)))])
        #expect(done.status == 200 && done.text.contains("2 schede create, 0 aggiornate"))
        #expect(try server.count("SELECT count(*) FROM service") == 2)
        try browser.get("/admin/importa")
        let again = try browser.post("/admin/importa/conferma", [("csv", AuthEncoding.base64URL(Array(Self.good.utf8)))])
        #expect(again.text.contains("0 schede create, 2 aggiornate"))
        #expect(try server.count("SELECT count(*) FROM service") == 2)
        let export = try browser.get("/admin/esporta.csv")
        #expect(export.status == 200 && export.text.contains("A-1;Assistenza a casa;coop-aurora"))
        #expect(export["Content-Disposition"] == "attachment; filename=\"schede.csv\"")
    }

    @Test func badFileListsEveryProblemAndWritesNothing() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let browser = try signedIn(server, "red@ente.it")
        try browser.get("/admin/importa")
        let bad = Self.good + "A-3;Senza ente;;assistenza_domiciliare;Breve;volare;TO;draft\n"
        let dry = try browser.postFile("/admin/importa", field: "file", filename: "schede.csv", content: Array(bad.utf8), fields: [])
        #expect(dry.status == 422)
        #expect(dry.text.contains("<title>Errore: Esito"))
        #expect(dry.text.contains("<tr><td>4</td><td><code>ente</code></td><td>Campo obbligatorio vuoto.</td></tr>"))
        #expect(dry.text.contains("<tr><td>4</td><td><code>bisogni</code></td>"))
        #expect(!dry.text.contains("Conferma l&#39;importazione") && !dry.text.contains("name=\"csv\""))
        let forced = try browser.post("/admin/importa/conferma", [("csv", AuthEncoding.base64URL(Array(bad.utf8)))])
        #expect(forced.status == 422)
        #expect(try server.count("SELECT count(*) FROM service") == 0)
    }

    @Test func importNeedsPermissionAndToken() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("op@ente.it", role: .organizationOperator, organizations: [10], canPublish: true)
        try server.createUser("red@ente.it", role: .editor)
        let provider = try signedIn(server, "op@ente.it")
        #expect(try provider.get("/admin/importa").status == 403)
        try provider.get("/admin")
        #expect(try provider.post("/admin/importa/conferma", [("csv", AuthEncoding.base64URL(Array(Self.good.utf8)))]).status == 403)
        let editor = try signedIn(server, "red@ente.it")
        editor.lastReply = nil
        #expect(try editor.postFile("/admin/importa", field: "file", filename: "x.csv", content: Array(Self.good.utf8), fields: []).status == 403)
        #expect(try server.count("SELECT count(*) FROM service") == 0)
    }
}
