import Catalog
import HTTPServer
import Testing
import TestSupport
@testable import Portal

@Suite struct PortalRouterTests {
    let router: Router

    init() throws {
        let app = PortalApplication(catalog: FakeCatalog(), configuration: PortalConfiguration(), log: { _ in })
        router = try app.makeRouter()
    }

    @Test(arguments: ["/", "/cerca", "/cerca?bisogno=salute&comune=Pinerolo", "/servizi/rimborso-spese", "/nessuna-pagina",
                      "/cerca?bisogno=xyz", "/imprese", "/robots.txt", "/sitemap.xml"])
    func everyResponseCarriesSecurityHeaders(_ target: String) {
        let response = router.respond(to: request(target))
        #expect(response.headers["Content-Security-Policy"] == "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
        #expect(response.headers["X-Content-Type-Options"] == "nosniff")
        #expect(response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin")
    }

    @Test func unknownPageIsItalian404WithSearchBox() {
        let response = router.respond(to: request("/nessuna-pagina"))
        #expect(response.status == .notFound)
        #expect(response.text.contains("Pagina non trovata"))
        #expect(response.text.contains("action=\"/cerca\""))
    }

    @Test func unknownCardIs404() {
        let response = router.respond(to: request("/servizi/non-esiste"))
        #expect(response.status == .notFound)
        #expect(response.text.contains("Non troviamo questo servizio"))
    }

    @Test(arguments: ["/cerca?bisogno=xyz", "/cerca?pagina=0", "/cerca?pagina=abc", "/cerca?ordina=caso", "/cerca?costo=forse",
                      "/cerca?welfare=2", "/cerca?provincia=zz", "/imprese?categoria=nulla"])
    func invalidFilterValuesGive400WithExplanation(_ target: String) {
        let response = router.respond(to: request(target))
        #expect(response.status == .badRequest)
        #expect(response.text.contains("Richiesta non valida"))
        #expect(response.text.contains("<ul class=\"problems\"><li>"))
    }

    @Test func anUndecodableQueryIs400SayingTheAddressHasBadCharacters() {
        let response = router.respond(to: request("/cerca?q=%ZZ"))
        #expect(response.status == .badRequest)
        #expect(response.text.contains("<h1>Richiesta non valida</h1>"))
        #expect(response.text.contains("L&#39;indirizzo della pagina contiene caratteri non validi."))
    }

    @Test func hostileQueryTextIsEscaped() {
        let response = router.respond(to: request("/cerca?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"))
        #expect(response.status == .ok)
        #expect(!response.text.contains("<script>alert"))
        #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func searchSummarySaysCountTextAndPlace() {
        let response = router.respond(to: request("/cerca?bisogno=salute&comune=pinerolo"))
        #expect(response.status == .ok)
        #expect(response.text.contains("1 servizio per «salute e prevenzione» a Pinerolo."))
        #expect(response.text.contains("href=\"/servizi/rimborso-spese?comune=pinerolo\""))
        #expect(!response.text.contains("Sportello chiuso"))
    }

    @Test func unknownComuneIsAFormErrorNotAFailure() {
        let response = router.respond(to: request("/cerca?comune=Pinzzz"))
        #expect(response.status == .ok)
        #expect(response.text.contains("<title>Errore: "))
        #expect(response.text.contains("Non troviamo il comune «Pinzzz»"))
        #expect(response.text.contains("href=\"#filtri-comune\""))
    }

    @Test func zeroResultsOfferWiderPlaceAndSpelling() {
        let response = router.respond(to: request("/cerca?q=dentista&comune=Pinerolo"))
        #expect(response.text.contains("Non abbiamo trovato servizi"))
        #expect(response.text.contains("in tutta la provincia di Torino"))
        #expect(response.text.contains("Forse cercavi"))
    }

    @Test func cardSaysWhetherComuneIsCovered() {
        let response = router.respond(to: request("/servizi/rimborso-spese?comune=pinasca"))
        #expect(response.text.contains("Sì, questo servizio copre il comune di Pinasca"))
    }

    @Test func archivedCardIsReachableWithNotice() {
        let response = router.respond(to: request("/servizi/sportello-chiuso"))
        #expect(response.status == .ok)
        #expect(response.text.contains("Servizio non più attivo"))
        #expect(response.text.contains("Servizi simili ancora attivi"))
    }

    @Test func comuneNameRedirectsToItsPage() {
        let response = router.respond(to: request("/territori/10064"))
        #expect(response.status == .movedPermanently)
        #expect(response.headers["Location"] == "/territori/pinerolo")
        #expect(router.respond(to: request("/territori/pinerolo")).status == .ok)
        #expect(router.respond(to: request("/territori/atlantide")).status == .notFound)
    }

    @Test func comunePickerRedirectsOrExplains() {
        let found = router.respond(to: request("/territori?comune=10064"))
        #expect(found.status == .seeOther)
        #expect(found.headers["Location"] == "/territori/pinerolo")
        let unknown = router.respond(to: request("/territori?comune=Pinzzz"))
        #expect(unknown.status == .ok)
        #expect(unknown.text.contains("Non troviamo il comune «Pinzzz»"))
        #expect(unknown.text.contains("href=\"#scelta-comune\""))
        let first = router.respond(to: request("/territori")).text
        #expect(first.contains("<h1>In quale comune vivi?</h1>"))
        #expect(!first.contains("Errore:"))
        #expect(router.respond(to: request("/territori?comune=")).text.contains("<title>Errore: "))
    }

    @Test func autocompleteAnswersJSON() {
        let response = router.respond(to: request("/api/comuni?q=pin"))
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.text.contains("{\"nome\":\"Pinerolo\",\"provincia\":\"TO\",\"cap\":\"10064\",\"slug\":\"pinerolo\"}"))
        #expect(router.respond(to: request("/api/comuni?q=p")).text == "{\"comuni\":[]}")
    }

    @Test func sitemapListsCardsOrganisationsAndComuni() {
        let xml = router.respond(to: request("/sitemap.xml")).text
        #expect(xml.contains("<loc>http://127.0.0.1:8080/servizi/rimborso-spese</loc><lastmod>2025-03-12</lastmod>"))
        #expect(xml.contains("/enti/societa-mutua-piemonte</loc>"))
        #expect(xml.contains("/territori/pinasca</loc>"))
        #expect(router.respond(to: request("/robots.txt")).text.contains("Sitemap: http://127.0.0.1:8080/sitemap.xml"))
    }
}
