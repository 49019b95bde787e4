import Foundation
import Testing
import TestSupport
@testable import Portal

/// The footer's information pages (issue 11) over a real socket: the HTML site map agrees with
/// `/sitemap.xml`, and the legal pages carry their key content.
@Suite(.blocking) struct InfoPagesE2ETests {
    let portal: DemoPortal

    init() throws { portal = try DemoPortal.get() }

    @Test func theFooterLinksTheSiteMapAndTheLegalPages() throws {
        let home = try portal.get("/")
        #expect(home.status == 200)
        for path in ["/mappa-del-sito", "/accessibilita", "/privacy", "/note-legali"] {
            #expect(home.text.contains("<a href=\"\(path)\">"), "footer links \(path)")
        }
        #expect(!home.text.contains("<a href=\"/sitemap.xml\">"))
    }

    @Test func theSiteMapListsEveryOrganisationAndComuneOfTheXMLSitemap() throws {
        let page = try portal.get("/mappa-del-sito")
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>Mappa del sito</h1>"))
        let xml = try portal.get("/sitemap.xml").text
        let paths = xml.components(separatedBy: "<loc>https://vetrina.example").dropFirst()
            .map { String($0.prefix { $0 != "<" }) }
            .filter { $0.hasPrefix("/enti/") || $0.hasPrefix("/territori/") }
        #expect(paths.count >= 2)
        // The page's link targets, read once: the page is large and the sitemap lists every comune.
        let links = Set(page.text.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        for path in paths { #expect(links.contains(path), "site map links \(path)") }
        #expect(page.text.contains("href=\"/cerca?bisogno=anziani\""))
        #expect(page.text.contains("Provincia di Cuneo"))
        #expect(!page.text.contains("sportello-welfare-cna-sperimentale"))
    }

    @Test(arguments: [
        ("/accessibilita", ["Dichiarazione di accessibilità", "parzialmente conforme", "Contenuti non accessibili",
                            "inglese", "axe-core 4.12", "Nu checker", "Meccanismo di feedback", "mailto:accessibilita@vetrina.example",
                            "Procedura di attuazione", "https://form.agid.gov.it/"]),
        ("/privacy", ["Informativa privacy", "senza la parte dopo il", "indirizzo IP", "k = 5", "vw_piano",
                      "vw_modulo", "vw_sessione", "Segnalazioni sulle schede"]),
        ("/note-legali", ["Note legali", "CC BY 4.0", "Testo di attribuzione", "Dati dimostrativi"]),
    ])
    func legalPagesCarryTheirKeyContent(_ path: String, _ phrases: [String]) throws {
        let page = try portal.get(path)
        #expect(page.status == 200)
        #expect(page.headers["Content-Type"]?.hasPrefix("text/html") == true)
        for phrase in phrases { #expect(page.text.contains(phrase), "\(path) says \(phrase)") }
    }
}
