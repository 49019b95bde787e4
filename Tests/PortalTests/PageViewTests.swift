import Catalog
import Foundation
@testable import Portal
import Search
import Testing

@Suite struct PageViewTests {
    let layout = LayoutView(site: SiteContext(showsDemoNotice: true))
    let needs = [TaxonomyTerm(code: "anziani", label: "Cura e assistenza anziani", sortOrder: 1),
                 TaxonomyTerm(code: "salute", label: "Salute e prevenzione", sortOrder: 2)]

    func summary(_ slug: String, status: ServiceStatus = .published) -> ServiceSummary {
        ServiceSummary(id: 1, slug: slug, title: "Titolo \(slug)", summary: "Breve", organizationName: "Ente <X>",
                       organizationSlug: "ente-x", status: status, costKind: .free, welfareEligible: true,
                       updatedAt: Date(timeIntervalSince1970: 1_741_780_800), lastVerifiedAt: nil, isDemo: true)
    }

    @Test func homeHasNeedTilesSearchRecentAndEnterpriseEntry() {
        let html = HomeView(layout: layout, needs: needs, recent: [summary("a-casa")], serviceCount: 12).render().rendered
        #expect(html.contains("<a class=\"tile\" href=\"/cerca?bisogno=anziani\">"))
        #expect(html.contains("<span class=\"tile-title\">Cura e assistenza anziani</span>"))
        #expect(html.contains("name=\"comune\""))
        #expect(html.contains("Schede aggiornate di recente"))
        #expect(html.contains("<a href=\"/servizi/a-casa\">Titolo a-casa</a>"))
        #expect(html.contains("href=\"/imprese\""))
        #expect(html.contains("Ci sono 12 servizi"))
        #expect(html.contains("Ente &lt;X&gt;"))
        #expect(html.contains("dati dimostrativi"))
    }

    @Test func resultItemShowsCostWelfareAndArchivedAsText() {
        let html = ResultItemView(summary: summary("x", status: .archived)).render().rendered
        #expect(html.contains(">Gratuito</span>"))
        #expect(html.contains(">Welfare aziendale</span>"))
        #expect(html.contains(">Non più attivo</span>"))
        #expect(html.contains("<time datetime=\"2025-03-12\">12 marzo 2025</time>"))
    }

    @Test func organizationPageListsActiveAndArchivedServicesApart() {
        var draft = OrganizationDraft(name: "Società Mutua Piemonte ETS", kindCode: "smsi")
        draft.contacts = Contacts(phone: "0121 795191", email: "ufficio@mutuapiemonte.it", website: "javascript:alert(1)")
        let org = Organization(id: 1, uuid: UUID(), createdAt: .now, updatedAt: .now, fields: draft)
        let html = OrganizationView(layout: layout, organization: org, kind: nil, comune: nil,
                                    services: [summary("attivo"), summary("chiuso", status: .archived)]).render().rendered
        #expect(html.contains("Servizi offerti (1)"))
        #expect(html.contains("Servizi non più attivi"))
        #expect(html.contains("<a href=\"tel:0121795191\">"))
        #expect(!html.contains("javascript:"))
    }

    @Test func comunePageGroupsByNeedWithCountsAndLinksToMore() {
        let comune = Comune(id: 5, istatCode: "001191", name: "Pinerolo", slug: "pinerolo", provinceId: 2,
                            provinceCode: "TO", cadastralCode: "G674", nuts3: "ITC11", postalCodes: ["10064"], isCapoluogo: false)
        let group = NeedGroup(need: needs[1], items: [SearchHit(summary: summary("mutua"))], total: 7)
        let html = ComuneView(layout: layout, comune: comune, provinceName: "Torino", areaNames: ["Distretto del Pinerolese"],
                              groups: [group], serviceCount: 9).render().rendered
        #expect(html.contains("<h1>Servizi per chi vive a Pinerolo</h1>"))
        #expect(html.contains("Salute e prevenzione (7)</h2>"))
        #expect(html.contains("href=\"/servizi/mutua?comune=pinerolo\""))
        #expect(html.contains("href=\"/cerca?bisogno=salute&amp;comune=pinerolo\""))
        #expect(html.contains("Fa parte di: Distretto del Pinerolese"))
    }

    @Test func enterprisesPageKeepsSelectionAndShowsDirectory() {
        let categories = [TaxonomyTerm(code: "educazione", label: "Educazione e istruzione", sortOrder: 1)]
        let html = EnterprisesView(
            layout: layout, categories: categories, needs: needs, organizationKinds: [],
            filters: EnterpriseFilters(category: "educazione", comune: "Cuneo"), comuneError: nil,
            result: SearchResults(items: [], total: 0),
            providers: [ProviderEntry(slug: "coesa", name: "Consorzio COESA", kindLabel: "Consorzio", welfareServiceCount: 3)]
        ).render().rendered
        #expect(html.contains("<option value=\"educazione\" selected>"))
        #expect(html.contains("name=\"comune\" value=\"Cuneo\""))
        #expect(html.contains("Nessun servizio con questi filtri"))
        #expect(html.contains("<a href=\"/enti/coesa\">Consorzio COESA</a>"))
    }

    @Test func enterprisesPageShowsFacetCountsAndPaginatesKeepingTheFilters() {
        let categories = [TaxonomyTerm(code: "educazione", label: "Educazione e istruzione", sortOrder: 1),
                          TaxonomyTerm(code: "sanita", label: "Sanità", sortOrder: 2)]
        var facets = SearchFacets()
        facets.needs = [FacetCount(code: "anziani", label: "Cura e assistenza anziani", count: 4, selected: true)]
        facets.tuirCategories = [FacetCount(code: "educazione", label: "Educazione e istruzione", count: 45, selected: true),
                                 FacetCount(code: "sanita", label: "Sanità", count: 7, selected: false)]
        let html = EnterprisesView(
            layout: layout, categories: categories, needs: needs, organizationKinds: [],
            filters: EnterpriseFilters(category: "educazione", need: "anziani", page: 2),
            result: SearchResults(items: [], total: 45, facets: facets), providers: []
        ).render().rendered
        #expect(html.contains("<option value=\"educazione\" selected>Educazione e istruzione (45)</option>"))
        #expect(html.contains("<option value=\"sanita\">Sanità (7)</option>"))
        #expect(html.contains("Pagina 2 di 3"))
        #expect(html.contains("href=\"/imprese?categoria=educazione&amp;bisogno=anziani\" rel=\"prev\""))
        #expect(html.contains("href=\"/imprese?categoria=educazione&amp;bisogno=anziani&amp;pagina=3\" rel=\"next\""))
        #expect(html.contains("noindex"))
    }

    @Test func urlQueryEncodesEverythingReserved() {
        var query = URLQuery()
        query.add("q", "anziani & figli/«casa»")
        query.add("vuoto", "")
        #expect(query.encoded == "q=anziani%20%26%20figli%2F%C2%ABcasa%C2%BB")
        #expect(query.setting("pagina", "2").url("/cerca").hasSuffix("&pagina=2"))
        #expect(URLQuery().url("/cerca") == "/cerca")
    }
}
