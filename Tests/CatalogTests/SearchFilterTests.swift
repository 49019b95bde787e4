@testable import Catalog
import Foundation
@testable import Search
import Testing

@Suite struct SearchFilterTests {
    @Test func publicScopeHidesArchivedDraftsAndExpired() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let pub = try f.search.search(SearchQuery(pageSize: 100))
        #expect(pub.total == 5)
        #expect(!pub.items.contains { ["Vecchio servizio anziani", "Bozza anziani", "Screening salute anziani"].contains($0.title) })
        #expect(pub.items.allSatisfy { $0.status == .published })
        let all = try f.search.search(SearchQuery(scope: .statuses(Set(ServiceStatus.allCases)), pageSize: 100))
        #expect(all.total == 8)
        let archived = try f.search.search(SearchQuery(text: "vecchio", scope: .statuses([.archived])))
        #expect(archived.items.map(\.title) == ["Vecchio servizio anziani"])
    }

    @Test func filtersCombineAcrossDimensionsAndAlternateWithin() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        #expect(try f.search.search(SearchQuery(needs: ["anziani"])).total == 3)
        #expect(try f.search.search(SearchQuery(needs: ["anziani", "famiglia"])).total == 4)
        #expect(try f.search.search(SearchQuery(needs: ["anziani"], costKinds: [.free])).total == 2)
        #expect(try f.search.search(SearchQuery(needs: ["anziani"], welfareEligibleOnly: true)).total == 1)
        #expect(try f.search.search(SearchQuery(organizationKinds: ["associazione"])).total == 2)
        #expect(try f.search.search(SearchQuery(deliveryModes: ["domicilio"], costKinds: CostKind.paidKinds)).total == 1)
        #expect(try f.search.search(SearchQuery(needs: ["non-esiste"])).total == 0)
        #expect(try f.search.search(SearchQuery(tuirCategories: ["assistenza_familiari"])).items.map(\.title)
                == ["Assistenza domiciliare per anziani"])
        #expect(try f.search.search(SearchQuery(tuirCategories: ["non-esiste"])).total == 0)
    }

    @Test func facetsAgreeWithFilteredTotals() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let base = SearchQuery(text: "anziani", needs: ["anziani"], territoryId: f.id("004130"), costKinds: [.free, .paid])
        let r = try f.search.search(base)
        // Every loop below must have something to check.
        #expect(!r.facets.costKinds.isEmpty && !r.facets.deliveryModes.isEmpty && !r.facets.organizationKinds.isEmpty)
        for facet in r.facets.needs {
            var q = base; q.needs = [facet.code]
            #expect(try f.search.search(q).total == facet.count, "need \(facet.code)")
        }
        for facet in r.facets.costKinds {
            var q = base; q.costKinds = [CostKind(rawValue: facet.code) ?? .unknown]
            #expect(try f.search.search(q).total == facet.count, "cost \(facet.code)")
        }
        for facet in r.facets.deliveryModes {
            var q = base; q.deliveryModes = [facet.code]
            #expect(try f.search.search(q).total == facet.count, "mode \(facet.code)")
        }
        for facet in r.facets.organizationKinds {
            var q = base; q.organizationKinds = [facet.code]
            #expect(try f.search.search(q).total == facet.count, "kind \(facet.code)")
        }
        for facet in r.facets.tuirCategories {
            var q = base; q.tuirCategories = [facet.code]
            #expect(try f.search.search(q).total == facet.count, "tuir \(facet.code)")
        }
        #expect(r.facets.tuirCategories.map(\.count) == [1])
        var welfare = base; welfare.welfareEligibleOnly = true
        #expect(try f.search.search(welfare).total == r.facets.welfareEligible)
        #expect(r.facets.needs.first { $0.code == "anziani" }?.selected == true)
        #expect(r.facets.needs.first { $0.code == "anziani" }?.count == r.total)
    }

    @Test func paginationCoversEveryResultOnce() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let full = try f.search.search(SearchQuery(pageSize: 100))
        var seen: [Int64] = []
        for page in 1...6 {
            let r = try f.search.search(SearchQuery(page: page, pageSize: 1))
            #expect(r.total == full.total)
            #expect(r.pageCount == full.total)
            seen += r.items.map(\.id)
        }
        #expect(seen == full.items.map(\.id))
        #expect(try f.search.search(SearchQuery(page: -3, pageSize: 0)).items.count == 1)
        #expect(try f.search.search(SearchQuery(page: 99, pageSize: 1000)).items.isEmpty)
    }

    @Test func freshnessSortPutsRecentFirst() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let r = try f.search.search(SearchQuery(needs: ["anziani", "famiglia"], sort: .freshness))
        #expect(r.items.map(\.title).prefix(2) == ["Telefono amico", "Sportello famiglie"])
    }

    @Test func zeroResultsSuggestWiderTerritoryDroppedFiltersAndSpellings() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let r = try f.search.search(SearchQuery(text: "disabili", territoryId: f.id("004003")))   // Alba
        #expect(r.total == 0)
        let s = try #require(r.suggestions)
        #expect(s.widerTerritories.map(\.territory.name) == ["Cuneo", "Piemonte"])
        #expect(s.widerTerritories.map(\.count) == [1, 1])
        #expect(s.withoutFilter[.territory] == 1)
        #expect(s.withoutFilter[.text] == 2)
        let typo = try f.search.search(SearchQuery(text: "asistenza", needs: ["anziani"]))
        #expect(typo.suggestions?.spellings.first == "assistenza")
        #expect(typo.suggestions?.withoutFilter[.needs] == 0)
        #expect(try f.search.search(SearchQuery(needs: ["anziani"])).suggestions == nil)
    }
}

@Suite struct ComuneAutocompleteTests {
    @Test func findsByAccentInsensitivePrefixAndPostalCode() throws {
        let f = try SearchFixture()
        let ac = ComuneAutocomplete(pool: f.pool)
        #expect(try ac.suggest("MONDOVI").first?.name == "Mondovì")
        #expect(try ac.suggest("mondovì").first?.istatCode == "004130")
        #expect(try ac.suggest("mond").map(\.name).contains("Mondovì"))
        #expect(try ac.suggest("12084").map(\.name) == ["Mondovì"])
        #expect(try ac.suggest("1012").allSatisfy { $0.name == "Torino" })
        #expect(try ac.suggest("cune").first.map { ($0.name, $0.provinceCode) } ?? ("", "") == ("Cuneo", "CN"))
        let byWord = try ac.suggest("giorgio", limit: 50).map(\.name)
        #expect(byWord.contains("San Giorgio Canavese"))
        #expect(try ac.suggest("albiano d'iv").map(\.name) == ["Albiano d'Ivrea"])
    }

    @Test func blankOrHostileInputGivesNothing() throws {
        let f = try SearchFixture()
        let ac = ComuneAutocomplete(pool: f.pool)
        #expect(try ac.suggest("").isEmpty)
        #expect(try ac.suggest("   ").isEmpty)
        #expect(try ac.suggest("%").isEmpty)
        #expect(try ac.suggest("zzzzzz").isEmpty)
        #expect(try ac.suggest("a", limit: 1000).count == 50)
    }
}
