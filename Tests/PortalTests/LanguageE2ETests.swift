import Foundation
import Testing
import TestSupport
import Catalog
@testable import Portal
@testable import Accounts

/// Two languages (issue 11) over a real socket: `/en` pages, the switch, `hreflang`, and
/// `Accept-Language` on the home page.
@Suite(.blocking) struct LanguageE2ETests {
    let portal: DemoPortal

    init() throws { portal = try DemoPortal.get() }

    func get(_ target: String, acceptLanguage: String) throws -> HTTPReply {
        let client = try portal.live.client(timeout: .seconds(10))
        defer { client.close() }
        return try client.send("GET \(target) HTTP/1.1\r\nHost: vetrina.example\r\nAccept-Language: \(acceptLanguage)\r\nConnection: close\r\n\r\n",
                               expectBody: true)
    }

    @Test func theEnglishHomeIsInEnglishWithSwitchAndHreflang() throws {
        let page = try portal.get("/en")
        #expect(page.status == 200)
        #expect(page.text.contains("<html lang=\"en\">"))
        #expect(page.text.contains("<h1>Find help near you</h1>"))
        #expect(page.text.contains("<a href=\"/?lingua=it\" hreflang=\"it\" lang=\"it\">Italiano</a>"))
        #expect(page.text.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://vetrina.example/en\">"))
        #expect(page.text.contains("<link rel=\"alternate\" hreflang=\"it\" href=\"https://vetrina.example/\">"))
        #expect(page.text.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://vetrina.example/\">"))
        #expect(page.text.contains("action=\"/en/cerca\""))
    }

    @Test func theItalianHomeLinksTheEnglishOne() throws {
        let page = try portal.get("/")
        #expect(page.text.contains("<html lang=\"it\">"))
        #expect(page.text.contains("<a href=\"/en\" hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(page.headers["Vary"] == "Accept-Language")
    }

    @Test func acceptLanguageEnglishPicksTheEnglishHome() throws {
        let reply = try get("/", acceptLanguage: "en-GB,en;q=0.9,it;q=0.5")
        #expect(reply.status == 302)
        #expect(reply.headers["Location"] == "/en")
        #expect(reply.headers["Vary"] == "Accept-Language")
        #expect(try get("/", acceptLanguage: "it-IT,it;q=0.9,en;q=0.8").status == 200)
        #expect(try get("/?lingua=it", acceptLanguage: "en").status == 200)
    }

    @Test func everyKeyOfTheItalianCatalogIsInEnglish() throws {
        let languages = MessageCatalogs.bundled
        let italian = try #require(languages.catalogs["it"])
        let english = try #require(languages.catalogs["en"])
        let missing = italian.messages.keys.filter { english.messages[$0] == nil }.sorted()
        #expect(missing.isEmpty, "en.tsv lacks \(missing)")
    }

    @Test func everyNeedHasAnEnglishLabelAndTheEnglishHomeShowsIt() throws {
        let english = try #require(MessageCatalogs.bundled.catalogs["en"])
        let needs = TaxonomyCatalog.terms(of: .need)
        let missing = needs.filter { english.messages["need.\($0.code)"] == nil }.map(\.code)
        #expect(missing.isEmpty, "en.tsv lacks labels for needs \(missing)")
        let englishHome = try portal.get("/en").text
        let italianHome = try portal.get("/").text
        #expect(englishHome.contains("Elderly care and assistance"))
        #expect(!englishHome.contains("Cura e assistenza anziani"))
        #expect(italianHome.contains("Cura e assistenza anziani"))
    }

    @Test func everyKeyUsedInTheCodeIsInItalian() throws {
        let italian = try #require(MessageCatalogs.bundled.catalogs["it"])
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Portal")
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        var used: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"tr\("([a-z0-9_.]+)""#)
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                used.insert((text as NSString).substring(with: match.range(at: 1)))
            }
        }
        #expect(used.count > 20)
        let missing = used.filter { italian.messages[$0] == nil }.sorted()
        #expect(missing.isEmpty, "it.tsv lacks \(missing)")
    }

    @Test func acceptLanguageWeighsTags() {
        #expect(AcceptLanguage.best("fr;q=0.9, en;q=0.8, it;q=0.7", available: ["it", "en"]) == "en")
        #expect(AcceptLanguage.best("it, en", available: ["it", "en"]) == "it")
        #expect(AcceptLanguage.best("de", available: ["it", "en"]) == nil)
        #expect(AcceptLanguage.best("en;q=0", available: ["it", "en"]) == nil)
    }

    @Test func aTranslatedCardShowsEnglishAndAnUntranslatedOneTheNotice() throws {
        let rows = try portal.database.read { db in
            try db.query("SELECT id, slug FROM service WHERE status = 'published' ORDER BY id LIMIT 2")
        }
        try #require(rows.count == 2)
        let translatedID: Int64 = try rows[0].get(0)
        let translatedSlug: String = try rows[0].get(1)
        let italianSlug: String = try rows[1].get(1)
        // Only this test writes translations; Italian pages never read them.
        try portal.database.write { try Catalog.SystemCatalogWriter(author: Accounts.Author(userId: nil, name: "test")).saveTranslation(Catalog.ServiceTranslation(
            serviceId: translatedID, language: "en", title: "Help at home <test>", summary: "English summary",
            description: "English description", eligibility: "English conditions", howToApply: "English steps"), in: $0) }
        let english = try portal.get("/en/servizi/\(translatedSlug)")
        #expect(english.status == 200)
        #expect(english.text.contains("<html lang=\"en\">"))
        #expect(english.text.contains("<h1>Help at home &lt;test&gt;</h1>"))
        #expect(english.text.contains("English steps"))
        #expect(!english.text.contains("This information is available in Italian only."))
        #expect(english.text.contains("hreflang=\"it\" href=\"https://vetrina.example/servizi/\(translatedSlug)\""))
        let italian = try portal.get("/servizi/\(translatedSlug)")
        #expect(!italian.text.contains("Help at home"))
        #expect(italian.text.contains("<a href=\"/en/servizi/\(translatedSlug)\" hreflang=\"en\" lang=\"en\">English</a>"))
        let untranslated = try portal.get("/en/servizi/\(italianSlug)")
        #expect(untranslated.status == 200)
        #expect(untranslated.text.contains("This information is available in Italian only."))
    }

    // Pages whose body is translated: the English page shows the English heading, the Italian one the Italian.

    func publishedCardSlug() throws -> String {
        let rows = try portal.database.read { db in
            try db.query("SELECT slug FROM service WHERE status = 'published' ORDER BY id DESC LIMIT 1")
        }
        return try #require(rows.first).get(0)
    }

    @Test func theCardSectionsAreInEnglishOnTheEnglishPage() throws {
        let slug = try publishedCardSlug()
        let english = try portal.get("/en/servizi/\(slug)").text
        let italian = try portal.get("/servizi/\(slug)").text
        #expect(english.contains("<h2 id=\"come-fare\">How to apply</h2>"))
        #expect(english.contains("<h2 id=\"destinatari\">Who it is for</h2>"))
        #expect(!english.contains("<h2 id=\"costi\">Quanto costa</h2>"))
        #expect(italian.contains("<h2 id=\"come-fare\">Come fare</h2>"))
        #expect(italian.contains("<h2 id=\"costi\">Quanto costa</h2>"))
        #expect(!italian.contains("How to apply"))
        #expect(english.contains("Card last updated: <time"))
        #expect(italian.contains("Ultimo aggiornamento della scheda: <time"))
    }

    @Test func theSearchPageIsInEnglishOnTheEnglishPage() throws {
        let english = try portal.get("/en/cerca?q=anziani").text
        let italian = try portal.get("/cerca?q=anziani").text
        #expect(english.contains("<h1>Find a service</h1>"))
        #expect(english.contains("<h2 id=\"filtri-titolo\">Filters</h2>"))
        #expect(english.contains("action=\"/en/cerca\" method=\"get\" aria-labelledby=\"filtri-titolo\""))
        #expect(english.contains("<dt>Updated</dt>"))
        #expect(italian.contains("<h1>Cerca un servizio</h1>"))
        #expect(italian.contains("<h2 id=\"filtri-titolo\">Filtri</h2>"))
        #expect(!italian.contains("Filters"))
        let filtered = try portal.get("/en/cerca?bisogno=anziani").text
        #expect(filtered.contains("<span class=\"count\">(1 chosen)</span>"))
        #expect(filtered.contains("Elderly care and assistance"))
        #expect(try portal.get("/cerca?bisogno=anziani").text.contains("<span class=\"count\">(1 scelto)</span>"))
    }

    @Test func theZeroResultHelpIsInEnglishOnTheEnglishPage() throws {
        let english = try portal.get("/en/cerca?q=qqzzxxkk").text
        let italian = try portal.get("/cerca?q=qqzzxxkk").text
        #expect(english.contains("We found no services for this search"))
        #expect(italian.contains("Non abbiamo trovato servizi con questa ricerca"))
        #expect(!english.contains("Non abbiamo trovato servizi"))
    }

    @Test func theOrganizationPageIsInEnglishOnTheEnglishPage() throws {
        let rows = try portal.database.read { db in
            try db.query("SELECT o.slug FROM organization o JOIN service s ON s.organization_id = o.id WHERE s.status = 'published' ORDER BY o.id LIMIT 1")
        }
        let slug: String = try #require(rows.first).get(0)
        let english = try portal.get("/en/enti/\(slug)").text
        let italian = try portal.get("/enti/\(slug)").text
        #expect(english.contains("<h2 id=\"contatti\">Contacts</h2>"))
        #expect(english.contains("<h2 id=\"servizi\">Services offered ("))
        #expect(italian.contains("<h2 id=\"contatti\">Contatti</h2>"))
        #expect(italian.contains("<h2 id=\"servizi\">Servizi offerti ("))
    }

    @Test func theComunePageIsInEnglishOnTheEnglishPage() throws {
        let english = try portal.get("/en/territori/pinerolo").text
        let italian = try portal.get("/territori/pinerolo").text
        #expect(english.contains("<h1>Services for people living in Pinerolo</h1>"))
        #expect(english.contains("action=\"/en/cerca\""))
        #expect(italian.contains("<h1>Servizi per chi vive a Pinerolo</h1>"))
        #expect(!italian.contains("Services for people"))
        #expect(!english.contains("Il tuo sportello welfare più vicino"))
        #expect(english.contains("<h2 id=\"sportello-vicino\">Your nearest welfare desk</h2>") == italian.contains("<h2 id=\"sportello-vicino\">Il tuo sportello welfare più vicino</h2>"))
    }

    @Test func everyTargetDeliveryModeTypeAndKindHasAnEnglishLabel() throws {
        let english = try #require(MessageCatalogs.bundled.catalogs["en"])
        let taxonomies: [(Taxonomy, String)] = [(.target, "target"), (.deliveryMode, "delivery"),
                                                    (.serviceType, "type"), (.organizationKind, "kind")]
        for (taxonomy, prefix) in taxonomies {
            let missing = TaxonomyCatalog.terms(of: taxonomy).filter { english.messages["\(prefix).\($0.code)"] == nil }.map(\.code)
            #expect(missing.isEmpty, "en.tsv lacks \(prefix) labels for \(missing)")
        }
    }
}
