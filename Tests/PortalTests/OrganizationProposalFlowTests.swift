import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// Issue 14 item 1 over a real socket: an operatore_ente proposes organisation changes, an
/// editor approves or rejects them; the `verified` badge and "Verificata oggi" are the
/// editors' only; a rename keeps the old address answering with a 301.
@Suite(.blocking) struct OrganizationProposalFlowTests {
    let flow = AdminCardFlowTests()

    func fields(name: String, phone: String, verified: Bool = false, rename: Bool = false) -> [(String, String)] {
        var f = [("name", name), ("kind", "cooperativa"), ("phone", phone), ("source", "Area operatori")]
        if verified { f.append(("verified", "1")) }
        if rename { f.append(("rinnova_indirizzo", "1")) }
        return f
    }

    func organization(_ server: AdminTestServer) throws -> (name: String, phone: String?, verified: Bool, slug: String) {
        try server.database.read { db in
            let row = try db.queryOne("SELECT name, phone, verified, slug FROM organization WHERE id = 10")
            return (try row?.get("name") ?? "", try row?.get("phone"), try row?.get("verified") ?? false, try row?.get("slug") ?? "")
        }
    }

    @Test func operatorChangesWaitForAnEditorAndNeverSetTheBadge() throws {
        let server = try AdminTestServer(publicCatalog: true)
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        try server.createUser("op@ente.it", role: .organizationOperator, organizations: [10], canPublish: true)
        let provider = try flow.signedIn(server, "op@ente.it")
        let form = try provider.get("/admin/enti/10")
        #expect(form.status == 200 && !form.text.contains("name=\"verified\""))
        let sent = try provider.post("/admin/enti/10", fields(name: "Aurora Nuova", phone: "011 1234567", verified: true))
        #expect(sent.status == 303 && (sent["Location"] ?? "").contains("proposta=1"))
        #expect(try organization(server) == ("Cooperativa coop-aurora", nil, false, "coop-aurora"))
        let visitor = FormBrowser(port: server.port)
        let publicPage = try visitor.get("/enti/coop-aurora")
        #expect(publicPage.status == 200 && !publicPage.text.contains("Aurora Nuova"))
        // The operator may not approve their own proposal.
        try provider.get("/admin/enti/10")
        #expect(try provider.post("/admin/enti/10/proposta/approva", []).status == 403)
        let editor = try flow.signedIn(server, "red@ente.it")
        let review = try editor.get("/admin/enti/10")
        #expect(review.text.contains("Modifica in attesa di revisione") && review.text.contains("Aurora Nuova"))
        #expect(try editor.post("/admin/enti/10/proposta/approva", []).status == 303)
        #expect(try organization(server) == ("Aurora Nuova", "011 1234567", false, "coop-aurora"))
        #expect(try server.count("SELECT count(*) FROM organization_proposal") == 0)
        #expect(try server.count("SELECT count(*) FROM audit_log WHERE action = 'organization.proposal.approve'") == 1)
    }

    @Test func rejectingNeedsAReasonAndChangesNothing() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        try server.createUser("op@ente.it", role: .organizationOperator, organizations: [10])
        let provider = try flow.signedIn(server, "op@ente.it")
        try provider.get("/admin/enti/10")
        #expect(try provider.post("/admin/enti/10", fields(name: "Nome sbagliato", phone: "011 7654321")).status == 303)
        let editor = try flow.signedIn(server, "red@ente.it")
        try editor.get("/admin/enti/10")
        #expect(try editor.post("/admin/enti/10/proposta/rifiuta", [("reason", " ")]).status == 400)
        try editor.get("/admin/enti/10")
        #expect(try editor.post("/admin/enti/10/proposta/rifiuta", [("reason", "Nome non corretto")]).status == 303)
        #expect(try organization(server).name == "Cooperativa coop-aurora")
        #expect(try server.count("SELECT count(*) FROM organization_proposal") == 0)
        // Another organisation's operator sees nothing and changes nothing.
        try server.createUser("op@altro.it", role: .organizationOperator, organizations: [11])
        let stranger = try flow.signedIn(server, "op@altro.it")
        #expect(try stranger.get("/admin/enti/10").status == 403)
        try stranger.get("/admin/enti")
        #expect(try stranger.post("/admin/enti/10", fields(name: "Rubato", phone: "1")).status == 403)
        #expect(try server.count("SELECT count(*) FROM organization_proposal") == 0)
    }

    @Test func editorRenameKeepsTheOldAddressAs301AndAPlainSaveKeepsTheSlug() throws {
        let server = try AdminTestServer(publicCatalog: true)
        defer { server.stop() }
        try server.createUser("red@ente.it", role: .editor)
        let editor = try flow.signedIn(server, "red@ente.it")
        try editor.get("/admin/enti/10")
        #expect(try editor.post("/admin/enti/10", fields(name: "Cooperativa Aurora Due", phone: "011 2345678", verified: true)).status == 303)
        #expect(try organization(server) == ("Cooperativa Aurora Due", "011 2345678", true, "coop-aurora"))
        try editor.get("/admin/enti/10")
        #expect(try editor.post("/admin/enti/10", fields(name: "Cooperativa Aurora Tre", phone: "011 2345678", verified: true, rename: true)).status == 303)
        #expect(try organization(server).slug == "cooperativa-aurora-tre")
        let old = try FormBrowser(port: server.port).get("/enti/coop-aurora")
        #expect(old.status == 301 && old["Location"] == "/enti/cooperativa-aurora-tre")
        #expect(try FormBrowser(port: server.port).get("/enti/cooperativa-aurora-tre").status == 200)
    }

    @Test func onlyEditorsMarkACardVerified() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("op@ente.it", role: .organizationOperator, organizations: [10], canPublish: true)
        let provider = try flow.signedIn(server, "op@ente.it")
        let id = try flow.createCard(provider, try flow.validCard(server))
        let page = try provider.get("/admin/schede/\(id)")
        #expect(!page.text.contains("Verificata oggi"))
        #expect(try provider.post("/admin/schede/\(id)/verificata", [("version", "1")]).status == 403)
        #expect(try server.count("SELECT count(*) FROM service WHERE id = \(id) AND last_verified_at IS NULL") == 1)
    }
}
