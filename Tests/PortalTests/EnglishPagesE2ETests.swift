import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

/// The last English gaps of issue 11 over a real socket: dates, costs and corporate welfare
/// labels, place phrases, search problems, 404s, the legal pages and site map, and redirects
/// that keep the visitor in English.
@Suite(.blocking) struct EnglishPagesE2ETests {
    let portal: DemoPortal

    init() throws { portal = try DemoPortal.get() }

    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]
    static let italianMonths = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                                "settembre", "ottobre", "novembre", "dicembre"]

    func slug(_ sql: String) throws -> String {
        let rows = try portal.database.read { db in try db.query(sql) }
        return try #require(rows.first).get(0)
    }

    /// The `<time datetime="Y-M-D">text</time>` after `label` on `page`.
    func time(after label: String, in page: String) throws -> (iso: String, text: String) {
        let start = try #require(page.range(of: "\(label) <time datetime=\""))
        let rest = page[start.upperBound...]
        let iso = String(rest.prefix { $0 != "\"" })
        let textStart = try #require(rest.range(of: "\">"))
        return (iso, String(rest[textStart.upperBound...].prefix { $0 != "<" }))
    }

    @Test func theEnglishCardWritesItsDatesInEnglish() throws {
        let card = try slug("SELECT slug FROM service WHERE status = 'published' ORDER BY id LIMIT 1")
        let english = try portal.get("/en/servizi/\(card)").text
        let italian = try portal.get("/servizi/\(card)").text
        let (iso, englishDate) = try time(after: "Card last updated:", in: english)
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        try #require(parts.count == 3)
        #expect(englishDate == "\(parts[2]) \(Self.englishMonths[parts[1] - 1]) \(parts[0])")
        let (_, italianDate) = try time(after: "Ultimo aggiornamento della scheda:", in: italian)
        #expect(italianDate == "\(parts[2]) \(Self.italianMonths[parts[1] - 1]) \(parts[0])")
        let results = try portal.get("/en/cerca?q=anziani").text
        #expect(Self.englishMonths.contains { results.contains(" \($0) 20") })
        #expect(!Self.italianMonths.contains { results.contains(" \($0) 20") })
    }

    @Test func costsAndCorporateWelfareAreInEnglishOnTheEnglishCard() throws {
        let card = try slug("""
            SELECT slug FROM service WHERE status = 'published' AND tuir_category_code IS NOT NULL
            AND welfare_payment_mode IS NOT NULL ORDER BY id LIMIT 1
            """)
        let english = try portal.get("/en/servizi/\(card)").text
        let italian = try portal.get("/servizi/\(card)").text
        #expect(english.contains("It can be paid with a <strong>corporate welfare plan</strong>"))
        #expect(english.contains("<dt>How the welfare plan pays</dt>"))
        #expect(english.contains("<dt>What the employer has to do</dt>"))
        #expect(!english.contains("Si può pagare con il"))
        #expect(!english.contains("Come paga il piano welfare"))
        #expect(italian.contains("Si può pagare con il <strong>welfare aziendale</strong>"))
        #expect(italian.contains("<dt>Come paga il piano welfare</dt>"))
        let english51 = try #require(english.range(of: "category: Art. 51"))
        #expect(english51.lowerBound > english.startIndex)
    }

    @Test func everyCostPaymentTUIRAndWelfareModeLabelIsInEnglish() throws {
        let english = try #require(MessageCatalogs.bundled.catalogs["en"])
        let terms = TaxonomyCatalog.terms(of: .paymentMethod).map { "payment.\($0.code)" }
            + TaxonomyCatalog.terms(of: .tuirCategory).map { "tuir.\($0.code)" }
            + CostKind.allCases.map { "cost_kind.\($0.rawValue)" }
            + WelfarePaymentMode.allCases.flatMap { ["welfare_mode.\($0.rawValue)", "welfare_steps.\($0.rawValue)"] }
            + FeedbackRepository.reasons.map { "feedback_reason.\($0.code)" }
        #expect(terms.count > 25)
        let missing = terms.filter { english.messages[$0] == nil }
        #expect(missing.isEmpty, "en.tsv lacks \(missing)")
    }

    @Test func placePhrasesAndComuneMessagesAreInEnglish() throws {
        let english = try portal.get("/en/cerca?provincia=cn").text
        #expect(english.contains("in the province of Cuneo"))
        #expect(!english.contains("in provincia di"))
        #expect(try portal.get("/cerca?provincia=cn").text.contains("in provincia di Cuneo"))
        let ambiguous = try portal.get("/en/cerca?comune=10060").text
        #expect(ambiguous.contains("“10060” matches several municipalities"))
        let picker = try portal.get("/en/territori?comune=10060")
        #expect(picker.text.contains("<html lang=\"en\">"))
        #expect(picker.text.contains("matches several municipalities"))
        let moved = try portal.get("/en/territori/Pinerolo")
        #expect(moved.status == 301)
        #expect(moved.headers["Location"] == "/en/territori/pinerolo")
    }

    @Test func searchProblemsOnTheEnglishPageAreAnEnglish400() throws {
        let reply = try portal.get("/en/cerca?bisogno=inventato&pagina=0")
        #expect(reply.status == 400)
        #expect(reply.text.contains("<html lang=\"en\">"))
        #expect(reply.text.contains("<h1>Request not valid</h1>"))
        #expect(reply.text.contains("The need “inventato” does not exist"))
        #expect(reply.text.contains("The page number “0” is not valid: use a number from 1 to"))
        #expect(reply.text.contains("<a href=\"/en/cerca\">start again</a>"))
        #expect(!reply.text.contains("non esiste"))
    }

    @Test(arguments: ["/en/nessuna-pagina", "/en/servizi/non-esiste", "/en/enti/non-esiste", "/en/territori/atlantide"])
    func anEnglishAddressThatLeadsNowhereIsAnEnglish404(_ target: String) throws {
        let reply = try portal.get(target)
        #expect(reply.status == 404)
        #expect(reply.text.contains("<html lang=\"en\">"))
        #expect(reply.text.contains("<h1>Page not found</h1>"))
        #expect(reply.text.contains("action=\"/en/cerca\""))
        #expect(reply.text.contains("href=\"/en\">Back to the home page</a>"))
        #expect(!reply.text.contains("Non troviamo"))
        #expect(!reply.text.contains("Pagina non trovata"))
    }

    @Test func aPostToAnEnglishPageIsAnEnglish405() throws {
        let client = try portal.live.client(timeout: .seconds(10))
        defer { client.close() }
        let reply = try client.send("POST /en/cerca HTTP/1.1\r\nHost: vetrina.example\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", expectBody: true)
        #expect(reply.status == 405)
        #expect(reply.headers["Allow"]?.contains("GET") == true)
        #expect(reply.text.contains("<h1>Request type not accepted</h1>"))
        #expect(!reply.text.contains("search as it is"))
    }

    @Test(arguments: [
        ("/accessibilita", "Accessibility statement", ["partially compliant", "Non-accessible content", "axe-core 4.12",
                                                       "mailto:accessibilita@vetrina.example", "https://form.agid.gov.it/"]),
        ("/privacy", "Privacy notice", ["without the part after the question mark", "k = 5", "vw_piano", "vw_sessione"]),
        ("/note-legali", "Legal notes", ["CC BY 4.0", "Attribution text to use", "Demonstration data", "deed.en"]),
        ("/mappa-del-sito", "Site map", ["href=\"/en/cerca?bisogno=anziani\"", "Elderly care and assistance",
                                         "Province of Cuneo", "href=\"/en/territori/", "href=\"/en/enti/"]),
    ])
    func theLegalPagesAndSiteMapAreInEnglishWithHreflangPairs(_ path: String, _ title: String, _ phrases: [String]) throws {
        let english = try portal.get("/en\(path)")
        #expect(english.status == 200)
        #expect(english.text.contains("<html lang=\"en\">"))
        #expect(english.text.contains("<h1>\(title)</h1>"))
        for phrase in phrases { #expect(english.text.contains(phrase), "/en\(path) says \(phrase)") }
        #expect(english.text.contains("<link rel=\"alternate\" hreflang=\"it\" href=\"https://vetrina.example\(path)\">"))
        #expect(english.text.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://vetrina.example/en\(path)\">"))
        #expect(english.text.contains("<link rel=\"canonical\" href=\"https://vetrina.example/en\(path)\">"))
        let italian = try portal.get(path)
        #expect(!italian.text.contains("<h1>\(title)</h1>"))
        #expect(italian.text.contains("<a href=\"/en\(path)\" hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(italian.text.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://vetrina.example/en\(path)\">"))
    }

    @Test func theEnglishFooterLinksTheEnglishLegalPages() throws {
        let home = try portal.get("/en").text
        for (path, label) in [("/mappa-del-sito", "Site map"), ("/accessibilita", "Accessibility"), ("/privacy", "Privacy"),
                              ("/note-legali", "Legal notes")] {
            #expect(home.contains("<a href=\"/en\(path)\">\(label)</a>"), "English footer links /en\(path)")
        }
    }

    @Test func paginationPickerProblemsAndNextStepsAreInEnglish() throws {
        let all = try portal.get("/en/cerca").text
        #expect(all.contains("<li class=\"current\">Page 1 of "))
        #expect(all.contains("aria-label=\"Result pages\""))
        #expect(!all.contains("Pagina successiva"))
        #expect(try portal.get("/cerca").text.contains("<li class=\"current\">Pagina 1 di "))
        let elderly = try portal.get("/en/cerca?bisogno=anziani").text
        #expect(elderly.contains("<dt>Needs</dt><dd>Elderly care and assistance"))
        #expect(!elderly.contains("Cura e assistenza anziani;"))
        #expect(elderly.contains("<dt>Where</dt><dd>province of Cuneo</dd>"))
        #expect(!elderly.contains("<dd>provincia di Cuneo</dd>"))
        #expect(try portal.get("/cerca?bisogno=anziani").text.contains("<dt>Dove</dt><dd>provincia di Cuneo</dd>"))
        let picker = try portal.get("/en/territori?comune=villanova").text
        #expect(picker.contains("<h2 id=\"error-summary-title\">There is a problem</h2>"))
        // A card with no contacts of its own names what is unknown and the next step, in English.
        let noContacts = try slug("""
            SELECT slug FROM service WHERE status = 'published' AND coalesce(contact_phone, '') = ''
            AND coalesce(contact_email, '') = '' AND coalesce(contact_website, '') = '' ORDER BY id LIMIT 1
            """)
        let card = try portal.get("/en/servizi/\(noContacts)").text
        #expect(card.contains("This service gives no phone number, email or website."))
        #expect(!card.contains("Per questo servizio non sono indicati"))
        #expect(card.contains("Add to a business welfare plan<span class=\"visually-hidden\">"))
    }

    @Test func aRenamedSlugOnTheEnglishSiteRedirectsToTheEnglishAddress() throws {
        let rows = try portal.database.read { db in
            try db.query("""
                SELECT s.id, s.slug, o.id, o.slug FROM service s JOIN organization o ON o.id = s.organization_id
                WHERE s.status = 'published' ORDER BY s.id DESC LIMIT 1
                """)
        }
        let row = try #require(rows.first)
        let (serviceID, serviceSlug, organizationID, organizationSlug): (Int64, String, Int64, String) =
            (try row.get(0), try row.get(1), try row.get(2), try row.get(3))
        // Only this test writes these old slugs; nothing else reads them.
        try portal.database.write { db in
            try db.run("INSERT OR IGNORE INTO slug_redirect (kind, old_slug, target_id, created_at) VALUES ('service', 'vecchio-nome-en-test', ?, 0)", serviceID)
            try db.run("INSERT OR IGNORE INTO slug_redirect (kind, old_slug, target_id, created_at) VALUES ('organization', 'vecchio-ente-en-test', ?, 0)", organizationID)
        }
        let card = try portal.get("/en/servizi/vecchio-nome-en-test?comune=pinerolo")
        #expect(card.status == 301)
        #expect(card.headers["Location"] == "/en/servizi/\(serviceSlug)?comune=pinerolo")
        let organization = try portal.get("/en/enti/vecchio-ente-en-test")
        #expect(organization.status == 301)
        #expect(organization.headers["Location"] == "/en/enti/\(organizationSlug)")
        #expect(try portal.get("/servizi/vecchio-nome-en-test").headers["Location"] == "/servizi/\(serviceSlug)")
    }
}
