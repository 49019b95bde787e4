import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// The admin area form over a real socket: a comune `AreaEditor` refuses (issue 12) comes back
/// as the `comuni` field's error on the form, with what the admin typed, and nothing is written.
@Suite(.blocking) struct AdminAreaFormTests {
    @Test func aComuneTheEditorRefusesIsShownNextToTheFieldWithTheValuesKept() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("capo@rete.it", role: .admin)
        // Listed as a comune (the form finds it by name) but missing from the `comune` table, which
        // `area_comune` references: before issue 12 this reached the database as a foreign-key error.
        try server.database.write {
            try $0.run("INSERT INTO territory (kind, code, name, slug) VALUES ('comune', '999999', 'Atlantide', 'atlantide')")
        }
        let admin = FormBrowser(port: server.port)
        #expect(try admin.signIn("capo@rete.it").status == 303)
        try admin.get("/admin/aree/nuova")
        let before = try ["territory", "area", "area_comune", "audit_log"].map { try server.count("SELECT count(*) FROM \($0)") }
        let reply = try admin.post("/admin/aree/nuova", [("name", "Valle Perduta"), ("kind", "valle"),
                                                         ("description", "Descrizione tenuta"), ("comuni", "Torre Pellice, Atlantide")])
        #expect(reply.status == 422)
        #expect(reply.text.contains("<p class=\"field-error\" id=\"comuni-errore\">"))
        #expect(reply.text.contains("Comune sconosciuto: «Atlantide»"))
        #expect(reply.text.contains(">Torre Pellice, Atlantide</textarea>"))
        #expect(reply.text.contains("value=\"Valle Perduta\"") && reply.text.contains("Descrizione tenuta"))
        #expect(try ["territory", "area", "area_comune", "audit_log"].map { try server.count("SELECT count(*) FROM \($0)") } == before)
    }
}
