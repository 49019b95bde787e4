import Catalog
import Foundation
import Search
import Testing
import TestSupport
@testable import Portal

/// The autocomplete and the place field offer the same comuni for what was typed, several words
/// included: "giorgio canavese" finds "San Giorgio Canavese" in both (only the order differs:
/// the autocomplete puts exact names and provincial capitals first).
@Suite struct ComuneAutocompleteLaterWordsTests {
    @Test func severalWordsMatchALaterWordOfTheNameAsInThePlaceField() throws {
        let database = try TestDatabase(.base(seededAt: Date(timeIntervalSince1970: 1_750_000_000)), prefix: "comune-later-words")
        defer { database.remove() }
        let territories = TerritoryRepository(pool: database.pool)
        let directory = ComuneDirectory(comuni: try territories.provinces().flatMap { try territories.comuni(inProvince: $0.id) })
        let autocomplete = ComuneAutocomplete(pool: database.pool)

        #expect(try autocomplete.suggest("giorgio canavese").map(\.name) == ["San Giorgio Canavese"])
        #expect(try autocomplete.suggest("Giorgio  Canav").map(\.name) == ["San Giorgio Canavese"])
        #expect(try autocomplete.suggest("antonino di s").map(\.name) == ["Sant'Antonino di Susa"])
        for text in ["giorgio canavese", "antonino di", "di susa", "d'asti", "san giorgio", "mondovi", "torre p", "zz top"] {
            let offered = Set(try autocomplete.suggest(text, limit: 50).map(\.slug))
            #expect(offered == Set(directory.suggestions(text, limit: 50).map(\.slug)), "\(text)")
        }
    }
}
