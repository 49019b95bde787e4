@testable import Catalog
import Foundation
@testable import Search
import Testing

/// Issue 14 item 4: "Forse cercavi" never reveals words of cards that are not public.
@Suite struct SpellingPrivacyTests {
    @Test func spellingHintsComeOnlyFromPublishedTitles() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        try f.add([
            FixtureCard(key: "segreta", title: "Progetto riservatissimo", needs: ["anziani"], status: "draft", served: ["region"]),
            FixtureCard(key: "revisione", title: "Sperimentazione ippoterapia", needs: ["anziani"], status: "in_review", served: ["region"]),
            FixtureCard(key: "pubblica", title: "Laboratorio ceramica", needs: ["anziani"], served: ["region"]),
        ])
        for typo in ["riservatisimo", "ippoterapa"] {
            let r = try f.search.search(SearchQuery(text: typo))
            #expect(r.total == 0)
            #expect(r.suggestions?.spellings.isEmpty == true, "\(typo): \(r.suggestions?.spellings ?? [])")
        }
        let published = try f.search.search(SearchQuery(text: "ceramika"))
        #expect(published.suggestions?.spellings.first == "ceramica")
    }

    @Test func aCardTakenOfflineStopsLendingItsWordsAtOnce() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        try f.add([FixtureCard(key: "pubblica", title: "Laboratorio ceramica", needs: ["anziani"], served: ["region"])])
        #expect(try f.search.search(SearchQuery(text: "ceramika")).suggestions?.spellings.first == "ceramica")
        try f.pool.write { db in
            try db.run("UPDATE service SET status = 'draft' WHERE id = ?", f.service["pubblica"] ?? 0)
        }
        #expect(try f.search.search(SearchQuery(text: "ceramika")).suggestions?.spellings.contains("ceramica") == false)
    }
}
