import Catalog
import Testing
import TestSupport
@testable import Portal

/// The audit log's pagination links carry the `tipo` filter percent-encoded, so a typed value
/// cannot add or replace query parameters.
@Suite(.blocking) struct AdminAuditPaginationTests {
    @Test func typeFilterIsPercentEncodedInPaginationLinks() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("capo@rete.it", role: .admin)
        let tipo = "a&pagina=7 b"
        try server.database.write { db in
            for index in 0..<120 {
                try db.run("INSERT INTO audit_log (at, actor, action, entity_type, entity_id) VALUES (?, 'sistema', 'prova', ?, ?)",
                           Int64(index), tipo, String(index))
            }
        }
        let browser = FormBrowser(port: server.port)
        #expect(try browser.signIn("capo@rete.it").status == 303)
        let reply = try browser.get("/admin/registro?tipo=" + URLQuery.encode(tipo))
        #expect(reply.status == 200)
        #expect(reply.text.contains("120 voci"))
        #expect(reply.text.contains("/admin/registro?pagina=2&amp;tipo=\(URLQuery.encode(tipo))"), "\(reply.text)")
        #expect(!reply.text.contains("tipo=a&amp;pagina=7"))
    }
}
