import Testing
import TestSupport
@testable import Portal

/// Pages, errors and headers over a real socket against the demo catalog.
@Suite(.blocking) struct PortalPagesE2ETests {
    let portal: DemoPortal
    static let card = "/servizi/progetto-a-casa-assistenza-leggera-agli-anziani-delle-aree-montane-e-periferiche"
    static let mainPages = ["/", "/cerca", "/cerca?bisogno=salute&comune=Pinerolo", card, "/enti/mutua-piemonte",
                            "/territori/pinerolo", "/territori/cuneo", "/imprese"]

    init() throws { portal = try DemoPortal.get() }

    @Test(arguments: mainPages + ["/nessuna-pagina", "/cerca?pagina=0", "/static/vetrina.css", "/robots.txt", "/healthz"])
    func everyResponseCarriesTheSecurityHeaders(_ target: String) throws {
        let reply = try portal.get(target)
        #expect(reply.headers["Content-Security-Policy"] == SecurityHeaders.contentSecurityPolicy)
        #expect(reply.headers["X-Content-Type-Options"] == "nosniff")
        #expect(reply.headers["Referrer-Policy"] == "strict-origin-when-cross-origin")
    }

    @Test(arguments: mainPages)
    func mainPagesAreSmallItalianHTML(_ target: String) throws {
        let reply = try portal.get(target)
        #expect(reply.status == 200)
        #expect(reply.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(reply.body.count < 50 * 1024, "\(target) is \(reply.body.count) bytes")
        #expect(reply.text.contains("<html lang=\"it\">"))
        #expect(reply.headers["Cache-Control"] == "public, max-age=60")
        #expect(!reply.text.contains("style="))
    }

    @Test func cardShowsItsSectionsCoverageAndStructuredData() throws {
        let reply = try portal.get(Self.card + "?comune=mondovi")
        #expect(reply.text.contains("Sì, questo servizio copre il comune di Mondovì"))
        #expect(reply.text.contains("in tutta la provincia di Cuneo"))
        for heading in ["Come fare", "Quanto costa", "Territorio servito", "Contatti", "Aggiornamento e fonte"] {
            #expect(reply.text.contains(">\(heading)</h2>"))
        }
        #expect(reply.text.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\""))
        #expect(reply.text.contains("<link rel=\"canonical\" href=\"https://vetrina.example\(Self.card)\">"))
        let elsewhere = try portal.get(Self.card + "?comune=Pinerolo")
        #expect(elsewhere.text.contains("Questo servizio non copre il comune di Pinerolo"))
    }

    @Test func organisationPageListsItsServices() throws {
        let reply = try portal.get("/enti/mutua-piemonte")
        #expect(reply.text.contains("<h1>Società Mutua Piemonte ETS</h1>"))
        #expect(reply.text.contains("href=\"/servizi/rimborso-delle-spese-sanitarie-per-i-soci\""))
        #expect(reply.text.contains("href=\"tel:0121795191\""))
    }

    @Test func comunePageGroupsServicesByNeedIncludingProvinceWideOnes() throws {
        let reply = try portal.get("/territori/mondovi")
        #expect(reply.text.contains("<h1>Servizi per chi vive a Mondovì</h1>"))
        #expect(reply.text.contains("Cura e assistenza anziani ("))
        #expect(reply.text.contains("progetto-a-casa-assistenza-leggera-agli-anziani-delle-aree-montane-e-periferiche?comune=mondovi"))
        let picked = try portal.get("/territori?comune=mondovi")
        #expect(picked.status == 303)
        #expect(picked.headers["Location"] == "/territori/mondovi")
        let byCap = try portal.get("/territori/12084")
        #expect(byCap.status == 301)
        #expect(byCap.headers["Location"] == "/territori/mondovi")
    }

    @Test func enterprisesPageFiltersByWelfareCategory() throws {
        let all = try portal.get("/imprese")
        #expect(all.text.contains("Chi offre servizi di welfare"))
        let health = try portal.get("/imprese?categoria=a_previdenza_sanita")
        #expect(health.status == 200)
        #expect(health.text.contains("href=\"/servizi/rimborso-delle-spese-sanitarie-per-i-soci\""))
        #expect(try portal.get("/imprese?categoria=inventata").status == 400)
    }

    @Test(arguments: ["/cerca?bisogno=inventato", "/cerca?pagina=-1", "/cerca?pagina=99999", "/cerca?ordina=caso",
                      "/cerca?costo=poco", "/cerca?q=%FF", "/cerca?provincia=xx", "/cerca?area=nessuna",
                      "/cerca?q=" + String(repeating: "a", count: 201)])
    func badParametersGive400WithAnExplanation(_ target: String) throws {
        let reply = try portal.get(target)
        #expect(reply.status == 400)
        #expect(reply.text.contains("<h1>Richiesta non valida</h1>"))
        #expect(reply.text.contains("action=\"/cerca\""))
    }

    @Test(arguments: ["/servizi/non-esiste", "/enti/non-esiste", "/territori/atlantide", "/nessuna/pagina"])
    func unknownAddressesGiveTheItalian404(_ target: String) throws {
        let reply = try portal.get(target)
        #expect(reply.status == 404)
        #expect(reply.text.contains("<h1>Pagina non trovata</h1>"))
        #expect(reply.text.contains("Cerca un servizio"))
    }

    @Test func hostileQueryTextIsEscapedEverywhere() throws {
        let hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>"
        let reply = try portal.get(DemoPortal.search([("q", hostile), ("comune", hostile)]))
        #expect(reply.status == 200)
        #expect(!reply.text.contains("<script>alert"))
        #expect(!reply.text.contains("<img src=x"))
        #expect(reply.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func crawlersGetRobotsAndASitemapWithoutArchivedCards() throws {
        let robots = try portal.get("/robots.txt")
        #expect(robots.text.contains("Sitemap: https://vetrina.example/sitemap.xml"))
        let sitemap = try portal.get("/sitemap.xml")
        #expect(sitemap.text.contains("<loc>https://vetrina.example\(Self.card)</loc>"))
        #expect(sitemap.text.contains("<loc>https://vetrina.example/territori/mondovi</loc>"))
        #expect(sitemap.text.contains("<loc>https://vetrina.example/enti/mutua-piemonte</loc>"))
        #expect(!sitemap.text.contains("sportello-welfare-cna-sperimentale"))
    }

    @Test func staticFilesHealthAndHead() throws {
        let css = try portal.get("/static/vetrina.css")
        #expect(css.status == 200)
        #expect(css.headers["Content-Type"]?.hasPrefix("text/css") == true)
        #expect(try portal.get("/static/comune.js").status == 200)
        #expect(try portal.get("/healthz").status == 200)
        let head = try portal.get("/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
    }
}
