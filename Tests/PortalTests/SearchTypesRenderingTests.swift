import Catalog
import Foundation
import HTTPServer
@testable import Portal
import Search
import Testing
import TestSupport

/// The portal renders Search's own types, and the default order and the searched territory are
/// decided in one place each (`SearchSort.default`, `PlaceResolver` + `SearchParameters.searchQuery`).
@Suite struct SearchTypesRenderingTests {
    @Test func defaultSortIsRelevanceForWordsThenProximityForAPlaceThenFreshness() {
        #expect(SearchSort.default(text: "nido", territoryId: 10) == .relevance)
        #expect(SearchSort.default(text: "", territoryId: 10) == .proximity)
        #expect(SearchSort.default(text: "", territoryId: nil) == .freshness)
    }

    @Test func parametersBecomeOneSearchQuery() {
        var p = SearchParameters()
        p.needs = ["salute"]
        p.cost = .paid
        p.welfareOnly = true
        p.page = 3
        let query = p.searchQuery(territoryId: 2, pageSize: 7, tuirCategory: "sanita")
        #expect(query.needs == ["salute"] && query.territoryId == 2 && query.welfareEligibleOnly)
        #expect(query.costKinds == CostKind.paidKinds && query.tuirCategories == ["sanita"])
        #expect(query.page == 3 && query.pageSize == 7 && query.sort == .proximity && query.scope == .public)
        p.sort = .freshness
        p.cost = .free
        let chosen = p.searchQuery(territoryId: 2, pageSize: 7)
        #expect(chosen.sort == .freshness && chosen.costKinds == [.free] && chosen.tuirCategories.isEmpty)
    }

    @Test func facetsAnswerByCodeAndByCostGroup() {
        var facets = SearchFacets()
        facets.needs = [FacetCount(code: "anziani", label: "Anziani", count: 4, selected: false)]
        facets.costKinds = CostKind.allCases.enumerated().map { index, kind in
            FacetCount(code: kind.rawValue, label: kind.label, count: index + 1, selected: false)
        }
        #expect(facets.needs.count(of: "anziani") == 4)
        #expect(facets.needs.count(of: "casa") == 0)
        let counts = Dictionary(uniqueKeysWithValues: facets.costKinds.map { ($0.code, $0.count) })
        #expect(facets.count(costKinds: [.free]) == counts[CostKind.free.rawValue])
        #expect(facets.count(costKinds: CostKind.paidKinds) == CostKind.paidKinds.reduce(0) { $0 + counts[$1.rawValue]! })
    }

    @Test func aHitSaysWhereInThePageLanguage() {
        var hit = SearchHit(summary: FakeCatalog().summary(CardFixtures.card()))
        hit.placeNames = ["Pinerolo"]
        hit.servedTerritory = CardFixtures.torino
        hit.needs = [TaxonomyTerm(code: "salute", label: "Salute e prevenzione", sortOrder: 1)]
        let italian = ResultItemView(hit: hit).render().rendered
        #expect(italian.contains("<dt>Dove</dt><dd>Pinerolo; provincia di Torino</dd>"))
        #expect(italian.contains("<dd>Salute e prevenzione</dd>"))
        let english = ResultItemView(hit: hit, localizer: MessageCatalogs.bundled.localizer("en")).render().rendered
        #expect(english.contains("Pinerolo; province of Torino</dd>"))
        hit.servedTerritory = CardFixtures.pinerolo
        #expect(ResultItemView(hit: hit).render().rendered.contains("<dt>Dove</dt><dd>Pinerolo</dd>"))
        hit.placeNames = ["A", "B", "C", "D"]
        hit.servedTerritory = TerritoryRef(id: 1, kind: .region, code: "01", name: "Piemonte", slug: "piemonte")
        #expect(ResultItemView(hit: hit).render().rendered.contains("<dd>A; B; C; D</dd>"))
    }

    /// The sort selector shows the order the results are really in, a province or area included.
    @Test(arguments: [("/cerca?provincia=to", "vicinanza"), ("/cerca?comune=Pinerolo", "vicinanza"),
                      ("/cerca?q=rimborso&provincia=to", "rilevanza"), ("/cerca?bisogno=salute", "recenti"),
                      ("/cerca?provincia=to&ordina=recenti", "recenti")])
    func sortSelectorShowsTheOrderUsed(_ target: String, _ selected: String) throws {
        var catalog = FakeCatalog()
        var second = CardFixtures.card(title: "Rimborso visite")
        second.service.fields.slug = "rimborso-visite"
        second.service.id = 3
        catalog.cards.append(second)
        let router = try PortalApplication(catalog: catalog, configuration: PortalConfiguration(), log: { _ in }).makeRouter()
        let html = router.respond(to: request(target)).text
        #expect(html.contains("<option value=\"\(selected)\" selected>"))
        #expect(html.components(separatedBy: " selected>").count == 2)
    }
}
