import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// Users, organisations and the audit log through the admin screens, over a real socket.
@Suite(.blocking) struct AdminPeopleFlowTests {
    func signedIn(_ server: AdminTestServer, _ email: String) throws -> FormBrowser {
        let browser = FormBrowser(port: server.port)
        #expect(try browser.signIn(email).status == 303)
        return browser
    }

    @Test func adminCreatesAUserWhoseGeneratedPasswordWorks() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("capo@rete.it", role: .admin)
        let admin = try signedIn(server, "capo@rete.it")
        try admin.get("/admin/utenti/nuovo")
        let created = try admin.post("/admin/utenti/nuovo", [("email", "op@ente.it"), ("display_name", "Operatrice"),
                                                              ("role", "operatore_ente"), ("organizations", "10"), ("is_active", "1")])
        #expect(created.status == 200 && created.text.contains("Password iniziale"))
        let text = created.text
        let start = try #require(text.range(of: "<p><code>"))
        let password = String(text[start.upperBound...].prefix { $0 != "<" })
        #expect(password.count == 23)
        let op = try #require(try server.environment.users.find(email: "op@ente.it"))
        #expect(try server.environment.users.signedInOperator(id: op.id)?.organizationIDs == [10])
        #expect(try FormBrowser(port: server.port).signIn("op@ente.it", password).status == 303)
        let audit = try admin.get("/admin/registro")
        #expect(audit.status == 200 && audit.text.contains("user.create") && audit.text.contains("user.sign_in"))
        #expect(!audit.text.contains(password))
    }

    @Test func onlyAdminsManageUsersAndSeeTheAuditLog() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let editor = try signedIn(server, "red@ente.it")
        #expect(try editor.get("/admin/utenti").status == 403)
        #expect(try editor.get("/admin/registro").status == 403)
        try editor.get("/admin")
        #expect(try editor.post("/admin/utenti/nuovo", [("email", "x@y.it"), ("role", "admin"), ("is_active", "1")]).status == 403)
        let id = try #require(try server.environment.users.find(email: "red@ente.it")?.id)
        #expect(try editor.post("/admin/utenti/\(id)", [("role", "admin"), ("is_active", "1")]).status == 403)
        #expect(try server.environment.users.find(email: "red@ente.it")?.role == .editor)
        #expect(try server.count("SELECT count(*) FROM app_user") == 1)
    }

    @Test func organisationFormValidatesAndRespectsRoles() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        try server.createUser("op@ente.it", role: .organizationOperator, organizations: [10])
        let editor = try signedIn(server, "red@ente.it")
        try editor.get("/admin/enti/nuovo")
        let bad = try editor.post("/admin/enti/nuovo", [("name", "Coop Nuova"), ("kind", "cooperativa_sociale"), ("vat_number", "123"),
                                                        ("comune", "Atlantide")])
        #expect(bad.status == 422 && bad.text.contains("href=\"#vat_number\"") && bad.text.contains("href=\"#comune\""))
        #expect(bad.text.contains("value=\"Coop Nuova\""))
        let kind: String = try server.database.read { try $0.scalar("SELECT code FROM organization_kind ORDER BY sort_order LIMIT 1") } ?? ""
        let good = try editor.post("/admin/enti/nuovo", [("name", "Coop Nuova"), ("kind", kind), ("comune", "Pinerolo")])
        #expect(good.status == 303)
        #expect(try server.count("SELECT count(*) FROM organization WHERE name = 'Coop Nuova'") == 1)
        let provider = try signedIn(server, "op@ente.it")
        #expect(try provider.get("/admin/enti/nuovo").status == 403)
        #expect(try provider.get("/admin/enti/11").status == 403)
        try provider.get("/admin/enti/10")
        #expect(try provider.post("/admin/enti/11", [("name", "Presa"), ("kind", kind)]).status == 403)
        try provider.get("/admin/enti/10")
        #expect(try provider.post("/admin/enti/10", [("name", "Aurora rinnovata"), ("kind", kind)]).status == 303)
        #expect(try server.count("SELECT count(*) FROM organization WHERE name = 'Presa'") == 0)
    }
}

@Suite(.blocking) struct AdminAreaFlowTests {
    @Test func adminDefinesAnAreaThatCardsCanServe() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("capo@rete.it", role: .admin)
        try server.createUser("red@ente.it", role: .editor)
        let admin = FormBrowser(port: server.port)
        #expect(try admin.signIn("capo@rete.it").status == 303)
        try admin.get("/admin/aree/nuova")
        let bad = try admin.post("/admin/aree/nuova", [("name", "Valle Pellice"), ("kind", "valle"), ("comuni", "Torre Pellice, Atlantide")])
        #expect(bad.status == 422 && bad.text.contains("Comuni non trovati: Atlantide") && bad.text.contains("Torre Pellice, Atlantide"))
        let good = try admin.post("/admin/aree/nuova", [("name", "Valle Pellice"), ("kind", "valle"),
                                                        ("comuni", "Torre Pellice, Luserna San Giovanni, 001035")])
        #expect(good.status == 303)
        #expect(try server.count("SELECT count(*) FROM area_comune ac JOIN territory t ON t.id = ac.area_id WHERE t.name = 'Valle Pellice'") == 3)
        let editor = FormBrowser(port: server.port)
        #expect(try editor.signIn("red@ente.it").status == 303)
        #expect(try editor.get("/admin/aree").status == 403)
        try editor.get("/admin")
        #expect(try editor.post("/admin/aree/nuova", [("name", "Abusiva"), ("kind", "valle"), ("comuni", "Pinerolo")]).status == 403)
        #expect(try server.count("SELECT count(*) FROM territory WHERE name = 'Abusiva'") == 0)
    }
}
