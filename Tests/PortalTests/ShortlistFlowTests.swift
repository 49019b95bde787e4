import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal
import Crypto

/// Issue 10 (2): the shortlist without an account, over a real socket.
@Suite(.blocking) struct ShortlistFlowTests {
    @Test func addRemoveAndGroupByTUIRCategory() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let browser = server.browser()
        let services = try server.welfareServices(3)
        #expect(services.count == 3)
        for service in services {
            let reply = try browser.post("/imprese/piano/aggiungi", [("servizio", service.slug), ("ritorno", "/imprese?bisogno=anziani")])
            #expect(reply.status == 303)
            #expect(reply["Location"] == "/imprese?bisogno=anziani")
        }
        let plan = try browser.get("/imprese/piano")
        #expect(plan.status == 200)
        #expect(plan["Cache-Control"] == "no-store")
        #expect(plan.text.contains("Hai scelto 3 servizi"))
        for service in services { #expect(plan.text.contains("/servizi/\(service.slug)\"")) }
        #expect(plan.text.contains("<h2 id=\"categoria-"))
        #expect(plan.text.contains("Come paga il piano welfare</dt>"))
        #expect(plan.text.contains("Cosa deve fare l&#39;impresa</dt>"))
        // Adding twice keeps one copy.
        try browser.post("/imprese/piano/aggiungi", [("servizio", services[0].slug)])
        #expect(try browser.get("/imprese/piano").text.contains("Hai scelto 3 servizi"))
        // The /imprese results know what is in the plan.
        let imprese = try browser.get("/imprese")
        #expect(imprese.text.contains("Togli dal piano<span class=\"visually-hidden\">"))
        #expect(imprese.text.contains("Nel tuo piano welfare: 3 servizi."))
        try browser.post("/imprese/piano/togli", [("servizio", services[1].slug)])
        let after = try browser.get("/imprese/piano")
        #expect(after.text.contains("Hai scelto 2 servizi"))
        #expect(!after.text.contains("/servizi/\(services[1].slug)\""))
    }

    @Test func csvExportGuardsFormulasAndListsTheServices() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let slug = try #require(try server.welfareServices(1).first).slug
        try server.database.write { db in
            try db.run("UPDATE service SET welfare_notes = '=HYPERLINK(\"http://x\")' WHERE slug = ?", slug)
        }
        let browser = server.browser()
        try browser.post("/imprese/piano/aggiungi", [("servizio", slug)])
        let csv = try browser.get("/imprese/piano.csv")
        #expect(csv.status == 200)
        #expect(csv["Content-Type"] == "text/csv; charset=utf-8")
        #expect(csv.text.hasPrefix("\u{FEFF}Categoria art. 51 TUIR;Servizio;Ente;"))
        #expect(csv.text.contains("https://vetrina.example/servizi/\(slug)"))
        #expect(csv.text.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
    }

    @Test func aForgedOrTamperedCookieReadsAsAnEmptyPlan() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let browser = server.browser()
        let slug = try #require(try server.welfareServices(1).first).slug
        try browser.post("/imprese/piano/aggiungi", [("servizio", slug)])
        let cookie = try #require(browser.cookies["vw_piano"])
        let parts = cookie.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        try #require(parts.count == 3, "expiry.payload.mac")
        let id = String(decoding: try #require(AuthEncoding.decodeBase64URL(parts[1])), as: UTF8.self)
        let widened = AuthEncoding.base64URL(Array("\(id).1.2".utf8))
        browser.cookies["vw_piano"] = [parts[0], widened, parts[2]].joined(separator: ".")
        #expect(try browser.get("/imprese/piano").text.contains("Il piano è vuoto"))
        browser.cookies["vw_piano"] = "1.2.3"
        #expect(try browser.get("/imprese/piano").text.contains("Il piano è vuoto"))
    }

    @Test func theSharedLinkShowsThePlanReadOnlyAndCanBeCopied() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let owner = server.browser()
        let services = try server.welfareServices(2)
        for service in services { try owner.post("/imprese/piano/aggiungi", [("servizio", service.slug)]) }
        let page = try owner.get("/imprese/piano").text
        let marker = "value=\"https://vetrina.example"
        let start = try #require(page.range(of: marker))
        let link = String(page[start.upperBound...].prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
        #expect(link.hasPrefix("/imprese/piano/condiviso?lista="))
        let friend = server.browser()
        let shared = try friend.get(link)
        #expect(shared.status == 200)
        #expect(shared.text.contains("Piano welfare condiviso"))
        #expect(!shared.text.contains("Togli dal piano"))
        for service in services { #expect(shared.text.contains("/servizi/\(service.slug)\"")) }
        #expect(try friend.get(link.replacingOccurrences(of: "lista=", with: "lista=9")).status == 404)
        let token = String(link.split(separator: "=", maxSplits: 1)[1]).removingPercentEncoding ?? ""
        #expect(try friend.post("/imprese/piano/importa", [("lista", token)]).status == 303)
        #expect(try friend.get("/imprese/piano").text.contains("Hai scelto 2 servizi"))
    }

    @Test func crossSitePostsAndUnknownServicesChangeNothing() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let slug = try #require(try server.welfareServices(1).first).slug
        let body = "servizio=\(slug)"
        let evil = try server.send("POST", "/imprese/piano/aggiungi", headers: ["Origin: https://evil.example"], body: body)
        #expect(evil.status == 403)
        #expect(evil.headers.values(for: "Set-Cookie").isEmpty)
        let fetch = try server.send("POST", "/imprese/piano/aggiungi", headers: ["Sec-Fetch-Site: cross-site"], body: body)
        #expect(fetch.status == 403)
        let same = try server.send("POST", "/imprese/piano/aggiungi", headers: ["Origin: http://t"], body: body)
        #expect(same.status == 303)
        let unknown = try server.send("POST", "/imprese/piano/aggiungi", body: "servizio=non-esiste")
        #expect(unknown.status == 404)
        let offsite = try server.send("POST", "/imprese/piano/aggiungi", body: "\(body)&ritorno=//evil.example/x")
        #expect(offsite["Location"] == "/imprese/piano")
        let bad = try server.send("POST", "/imprese/piano/aggiungi", body: "servizio=%ZZ")
        #expect(bad.status == 400)
    }

    @Test func cardsAndSearchResultsOfferTheButton() throws {
        let server = try EnterpriseTestServer()
        defer { server.stop() }
        let slug = try #require(try server.welfareServices(1).first).slug
        let card = try server.browser().get("/servizi/\(slug)")
        #expect(card.text.contains("action=\"/imprese/piano/aggiungi\""))
        let search = try server.browser().get("/cerca?bisogno=anziani")
        #expect(search.text.contains("name=\"ritorno\" value=\"/cerca?bisogno=anziani\""))
    }
}
