@testable import Catalog
import Foundation
@testable import Search
import Testing

/// Search semantics over a real migrated database with the real comuni.
@Suite struct SearchTerritoryTests {
    func keys(_ results: SearchResults, _ f: SearchFixture) -> [String] {
        let byID = Dictionary(uniqueKeysWithValues: f.service.map { ($1, $0) })
        return results.items.compactMap { byID[$0.id] }
    }

    @Test func comuneInheritsAreaProvinceAndRegionServicesInProximityOrder() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let results = try f.search.search(SearchQuery(territoryId: f.id("004130")))   // Mondovì
        #expect(keys(results, f) == ["domiciliare-mondovi", "centro-diurno", "sportello-famiglie-cn", "telefono-anziani"])
        #expect(results.items.map(\.proximity) == [.comune, .area, .province, .region])
        #expect(results.items.first?.placeNames == ["Mondovì"])
        #expect(results.items.last?.servedTerritory?.name == "Piemonte")
        #expect(results.facets.proximity == [.comune: 1, .area: 1, .province: 1, .region: 1])
    }

    @Test func areaServiceAnswersMemberComuniOnly() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let vicoforte = try f.search.search(SearchQuery(territoryId: f.id("004242")))
        #expect(keys(vicoforte, f) == ["centro-diurno", "sportello-famiglie-cn", "telefono-anziani"])
        let alba = try f.search.search(SearchQuery(territoryId: f.id("004003")))
        #expect(keys(alba, f) == ["sportello-famiglie-cn", "telefono-anziani"])
    }

    @Test func provinceWideServiceAnswersEveryComuneOfTheProvinceOnly() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let snapshot = try f.search.currentSnapshot()
        let cuneoComuni = snapshot.members[f.id("CN")] ?? []
        #expect(cuneoComuni.count > 200)
        for comune in cuneoComuni.prefix(60) {
            let total = try f.search.search(SearchQuery(needs: ["famiglia"], territoryId: comune)).total
            #expect(total == 1)
        }
        let torino = try f.search.search(SearchQuery(territoryId: f.id("001272")))
        #expect(keys(torino, f) == ["aiuto-torino", "telefono-anziani"])
    }

    @Test func regionWideServiceAnswersAllComuni() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let snapshot = try f.search.currentSnapshot()
        let all = snapshot.members[f.id("region")] ?? []
        #expect(all.count == 1180)
        for comune in all {
            let results = try f.search.search(SearchQuery(text: "telefono", territoryId: comune))
            #expect(results.total == 1)
        }
    }

    @Test func widerTerritoriesAnswerWhenAnyComuneIsAnswered() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        #expect(keys(try f.search.search(SearchQuery(territoryId: f.id("CN"), sort: .proximity)), f).sorted()
                == ["centro-diurno", "domiciliare-mondovi", "sportello-famiglie-cn", "telefono-anziani"])
        #expect(keys(try f.search.search(SearchQuery(territoryId: f.id("dist-mondovi"))), f).first == "domiciliare-mondovi")
        #expect(try f.search.search(SearchQuery(territoryId: f.id("region"))).total == 5)
        #expect(try f.search.search(SearchQuery(territoryId: 999_999)).total == 0)
    }
}

@Suite struct SearchTextTests {
    func titles(_ r: SearchResults) -> [String] { r.items.map(\.title) }

    @Test func singularFindsPluralAndBack() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let singular = titles(try f.search.search(SearchQuery(text: "anziano")))
        #expect(singular.contains("Assistenza domiciliare per anziani"))
        #expect(singular.contains("Aiuto all'anziano solo"))
        let plural = titles(try f.search.search(SearchQuery(text: "ANZIANI")))
        #expect(plural.contains("Aiuto all'anziano solo"))
        #expect(Set(singular) == Set(plural))
    }

    @Test func accentsAreIgnored() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let plain = titles(try f.search.search(SearchQuery(text: "Mondovi")))
        #expect(Set(plain) == ["Assistenza domiciliare per anziani", "Sportello famiglie"])
        #expect(titles(try f.search.search(SearchQuery(text: "mondovì"))).sorted() == plain.sorted())
        #expect(titles(try f.search.search(SearchQuery(text: "disabilita"))) == ["Centro diurno disabili"])
        #expect(titles(try f.search.search(SearchQuery(text: "disabilità"))) == ["Centro diurno disabili"])
    }

    @Test func derivedFormsMeet() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        // Every "anziani" card carries the need label "Cura e assistenza anziani" in its body.
        let derived = titles(try f.search.search(SearchQuery(text: "assistenziale")))
        #expect(derived.first == "Assistenza domiciliare per anziani")
        #expect(Set(derived) == ["Assistenza domiciliare per anziani", "Telefono amico", "Aiuto all'anziano solo"])
        #expect(titles(try f.search.search(SearchQuery(text: "disabile"))) == ["Centro diurno disabili"])
    }

    @Test func lastWordAsPrefixWhileTyping() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        #expect(try f.search.search(SearchQuery(text: "assi")).total == 0)
        #expect(titles(try f.search.search(SearchQuery(text: "assi", prefixLastWord: true))).first == "Assistenza domiciliare per anziani")
        #expect(titles(try f.search.search(SearchQuery(text: "centro diu", prefixLastWord: true))) == ["Centro diurno disabili"])
    }

    @Test(arguments: ["\"", "\"anziani", "*", "anziani*", "NEAR(anziani telefono)", "anziani OR", "AND", "NOT anziani",
                      "-anziani", "title:anziani", "^anziani", "{title}: x", "(((", "'", "😀 anziani", "",
                      "   ", String(repeating: "anziani ", count: 2_000), String(repeating: "x", count: 10_000)])
    func hostileTextNeverThrows(_ text: String) throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        _ = try f.search.search(SearchQuery(text: text))
        _ = try f.search.search(SearchQuery(text: text, prefixLastWord: true))
    }

    @Test func ftsSyntaxIsTreatedAsWords() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        #expect(titles(try f.search.search(SearchQuery(text: "\"telefono\" amico*"))) == ["Telefono amico"])
        #expect(try f.search.search(SearchQuery(text: "telefono NEAR amico")).total == 0)    // NEAR is just a word
        #expect(try f.search.search(SearchQuery(text: "telefono OR famiglie")).total == 0)   // words are ANDed
    }

    @Test func titleMatchesRankFirst() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let r = try f.search.search(SearchQuery(text: "anziani"))
        #expect(r.items.first?.title == "Assistenza domiciliare per anziani" || r.items.first?.title == "Aiuto all'anziano solo")
        #expect(r.items.last?.title == "Telefono amico")   // "anziani" only in its summary and need label
    }

    @Test func indexFollowsEdits() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        #expect(try f.search.search(SearchQuery(text: "ludoteca")).total == 0)
        try f.pool.write { db in
            try db.run("UPDATE service SET title = 'Ludoteca per famiglie' WHERE id = ?", f.service["sportello-famiglie-cn"] ?? 0)
        }
        #expect(titles(try f.search.search(SearchQuery(text: "ludoteche"))) == ["Ludoteca per famiglie"])
        try f.pool.write { db in
            try db.run("DELETE FROM service_delivery_mode WHERE service_id = ?", f.service["sportello-famiglie-cn"] ?? 0)
            try db.run("DELETE FROM service_target WHERE service_id = ?", f.service["sportello-famiglie-cn"] ?? 0)
            try db.run("DELETE FROM service_need WHERE service_id = ?", f.service["sportello-famiglie-cn"] ?? 0)
            try db.run("DELETE FROM service_territory WHERE service_id = ?", f.service["sportello-famiglie-cn"] ?? 0)
            try db.run("DELETE FROM service WHERE id = ?", f.service["sportello-famiglie-cn"] ?? 0)
        }
        #expect(try f.search.search(SearchQuery(text: "ludoteca")).total == 0)
    }
}
