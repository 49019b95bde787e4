import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal

@Suite struct ServiceCardViewTests {
    let layout = LayoutView(site: SiteContext(baseURL: "https://vetrina.example"))

    func render(_ card: ServiceCard, coverage: ComuneCoverage? = nil, similar: [ServiceSummary] = []) -> String {
        ServiceCardView(layout: layout, card: card, coverage: coverage, similar: similar).render().rendered
    }

    @Test func showsEverySectionOfTheScheda() {
        let html = render(CardFixtures.card())
        for heading in ["A chi è rivolto", "Di cosa si tratta", "Come fare", "Cosa serve", "Cosa si ottiene",
                        "Tempi e scadenze", "Condizioni", "Quanto costa", "Dove e come", "Territorio servito",
                        "Contatti", "Aggiornamento e fonte", "Ente erogatore"] {
            #expect(html.contains(">\(heading)</h2>"), "missing section \(heading)")
        }
        #expect(html.contains("<p>Primo paragrafo.</p>\n<p>Secondo paragrafo.</p>"))
        #expect(html.contains("A pagamento</strong>: 15,00 € al mese"))
        #expect(html.contains("Tutta la provincia di Torino"))
    }

    @Test func contactsAreTelAndMailtoLinks() {
        let html = render(CardFixtures.card())
        #expect(html.contains("<a href=\"tel:0121795191\">0121 795191</a>"))
        #expect(html.contains("<a href=\"mailto:ufficio@mutuapiemonte.it\">"))
        #expect(html.contains("<a href=\"https://www.mutuapiemonte.it\">"))
    }

    @Test func confidentialAddressIsNeverShown() {
        let html = render(CardFixtures.card(confidential: true))
        #expect(!html.contains("Via Cravero"))
        #expect(html.contains("Indirizzo riservato"))
        #expect(render(CardFixtures.card(confidential: false)).contains("Via Cravero 44, 10064"))
    }

    @Test func archivedCardHasNoticeReasonAndSimilarServices() {
        let similar = ServiceSummary(id: 2, slug: "altro", title: "Altro servizio", summary: "", organizationName: "Ente",
                                     organizationSlug: "ente", status: .published, costKind: .free, welfareEligible: false,
                                     updatedAt: .now, lastVerifiedAt: nil, isDemo: false)
        let html = render(CardFixtures.card(status: .archived), similar: [similar])
        #expect(html.contains("Servizio non più attivo"))
        #expect(html.contains("Motivo: Progetto concluso nel 2021"))
        #expect(html.contains("<a href=\"/servizi/altro\">Altro servizio</a>"))
        #expect(!render(CardFixtures.card()).contains("Servizio non più attivo"))
    }

    @Test func saysWhetherTheVisitorsComuneIsCovered() {
        let covered = render(CardFixtures.card(), coverage: ComuneCoverage(comune: CardFixtures.pinerolo, coveredBy: CardFixtures.torino))
        #expect(covered.contains("Sì, questo servizio copre il comune di Pinerolo"))
        #expect(covered.contains("in tutta la provincia di Torino"))
        let other = TerritoryRef(id: 99, kind: .comune, code: "004078", name: "Cuneo", slug: "cuneo")
        let notCovered = render(CardFixtures.card(), coverage: ComuneCoverage(comune: other, coveredBy: nil))
        #expect(notCovered.contains("Questo servizio non copre il comune di Cuneo"))
        #expect(notCovered.contains("href=\"/territori/cuneo\""))
    }

    @Test func unknownCostIsSaidHonestlyAndOnce() {
        let html = render(CardFixtures.card(cost: CostModel(kind: .unknown)))
        let body = html.components(separatedBy: "</head>").last ?? ""   // the JSON-LD in the head is for crawlers
        #expect(body.components(separatedBy: "Costo da verificare").count == 2)
        #expect(html.contains("Il costo non è indicato: chiedi all&#39;ente prima di iniziare."))
    }

    @Test func archivedCardOffersNoCallAndKeepsTheH1First() {
        let archived = render(CardFixtures.card(status: .archived))
        #expect(!archived.contains("Chiama"))
        let h1 = archived.range(of: "<h1>")!.lowerBound
        #expect(archived.range(of: "<h2")!.lowerBound > h1)
        #expect(render(CardFixtures.card()).contains("Chiama 0121 795191"))
    }

    @Test func structuredDataNamesServiceAndProvider() {
        let html = render(CardFixtures.card())
        #expect(html.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Service\""))
        #expect(html.contains("\"provider\":{\"@type\":\"Organization\",\"name\":\"Società Mutua Piemonte ETS\""))
        #expect(html.contains("<link rel=\"canonical\" href=\"https://vetrina.example/servizi/rimborso-spese\">"))
        #expect(html.contains("<meta property=\"og:type\" content=\"article\">"))
        let publicCard = render(CardFixtures.card(kindCode: "ente_pubblico"))
        #expect(publicCard.contains("\"@type\":\"GovernmentService\""))
    }

    @Test func hostileTitleIsEscapedEverywhere() {
        let html = render(CardFixtures.card(title: "</script><script>alert(1)</script>"))
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
    }
}

@Suite struct ItalianFormattingTests {
    @Test func datesUseItalianCivilTime() {
        // 2025-03-12 12:00 UTC
        #expect(ItalianDate.long(Date(timeIntervalSince1970: 1_741_780_800)) == "12 marzo 2025")
        // 2024-12-31 23:30 UTC is already 1 January in Italy (UTC+1).
        #expect(ItalianDate.iso(Date(timeIntervalSince1970: 1_735_687_800)) == "2025-01-01")
        // 2025-07-31 22:30 UTC is 1 August in Italy (UTC+2, summer time).
        #expect(ItalianDate.iso(Date(timeIntervalSince1970: 1_753_999_200 + 1_800)) == "2025-08-01")
    }

    @Test func euroAmountsAndLists() {
        #expect(ItalianText.euro(cents: 1500) == "15,00 €")
        #expect(ItalianText.euro(cents: 125_005) == "1.250,05 €")
        #expect(ItalianText.list(["a", "b", "c"]) == "a, b e c")
        #expect(ItalianText.list(["a"]) == "a")
    }
}
