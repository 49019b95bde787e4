import Catalog
import Foundation
import HTTPServer
import Testing
import TestSupport
@testable import Portal

/// Bad input on admin routes gives a clear 4xx, never a 500 and never a change.
@Suite(.blocking) struct AdminHostileInputTests {
    @Test func malformedIdsAndTargetsAreClientErrors() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("capo@rete.it", role: .admin)
        let browser = FormBrowser(port: server.port)
        #expect(try browser.signIn("capo@rete.it").status == 303)
        for target in ["/admin/schede/abc", "/admin/schede/0", "/admin/schede/999999", "/admin/schede/-1/storia",
                       "/admin/schede/1/storia/abc", "/admin/utenti/abc", "/admin/enti/999999", "/admin/aree/999999",
                       "/admin/schede?pagina=0", "/admin/schede?pagina=abc", "/admin/schede?ordina=%ZZ", "/admin/registro?pagina=-3"] {
            let status = try browser.get(target).status
            #expect((400..<500).contains(status), "\(target) → \(status)")
        }
        try browser.get("/admin")
        for target in ["/admin/schede/abc", "/admin/schede/999999/stato", "/admin/schede/999999/verificata",
                       "/admin/schede/999999/duplica", "/admin/schede/999999/storia/1/ripristina", "/admin/utenti/999999"] {
            let status = try browser.post(target, [("version", "1"), ("action", "pubblica")]).status
            #expect((400..<500).contains(status), "POST \(target) → \(status)")
            try browser.get("/admin")
        }
        #expect(try server.count("SELECT count(*) FROM service") == 0)
    }

    @Test func wrongContentTypeOrGarbageBodyIsRefusedAsCSRF() throws {
        let server = try AdminTestServer()
        defer { server.stop() }
        try server.createUser("capo@rete.it", role: .admin)
        let browser = FormBrowser(port: server.port)
        #expect(try browser.signIn("capo@rete.it").status == 303)
        let cookie = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let body = "{\"title\":\"json\"}"
        let client = try RawHTTPClient(port: server.port)
        defer { client.close() }
        let reply = try client.send("POST /admin/schede/nuova HTTP/1.1\r\nHost: t\r\nCookie: \(cookie)\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n\(body)")
        #expect(reply.status == 403)
        let garbage = try RawHTTPClient(port: server.port)
        defer { garbage.close() }
        let second = try garbage.send("POST /admin/accedi HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: 9\r\nConnection: close\r\n\r\n%ZZ&&=%%%")
        #expect(second.status == 403)
        #expect(try server.count("SELECT count(*) FROM service") == 0)
    }
}
