import Testing
@testable import Catalog
@testable import Search

/// Pins what the autocomplete and the admin vocabulary answer over the real 1,180 comuni, so
/// moving their lookup into `ComuneLookup` keeps the same results in the same order.
@Suite struct ComuneLookupCallerTests {
    @Test func autocompleteRanksExactThenBeginningThenWordWithCapitalsFirst() throws {
        let f = try SearchFixture()
        let ac = ComuneAutocomplete(pool: f.pool)
        func names(_ text: String, limit: Int = 10) throws -> [String] { try ac.suggest(text, limit: limit).map(\.name) }
        #expect(try names("cuneo") == ["Cuneo", "Montemale di Cuneo"])
        #expect(try names("asti", limit: 4) == ["Asti", "Azzano d'Asti", "Baldichieri d'Asti", "Buttigliera d'Asti"])
        #expect(try names("villanova") == ["Villanova Biellese", "Villanova Canavese", "Villanova d'Asti", "Villanova Mondovì",
                                           "Villanova Monferrato", "Villanova Solaro"])
        #expect(try names("1006", limit: 5) == ["Airasca", "Angrogna", "Bibiana", "Bobbio Pellice", "Bricherasio"])
        #expect(try names("san giorgio") == ["San Giorgio Canavese", "San Giorgio Monferrato", "San Giorgio Scarampi", "Torre San Giorgio"])
        #expect(try names("giorgio canavese") == ["San Giorgio Canavese"], "a later word, also for several words")
    }

    @Test func adminVocabularyFindsTheFirstComuneByISTATCodeOrFoldedName() throws {
        let f = try SearchFixture()
        let vocabulary = try AdminVocabulary.load(from: f.pool)
        #expect(vocabulary.comune(matching: "004078")?.name == "Cuneo")
        #expect(vocabulary.comune(matching: " 004078 ")?.name == "Cuneo")
        #expect(vocabulary.comune(matching: "MONDOVI")?.code == "004130")
        #expect(vocabulary.comune(matching: "Villanova d'Asti")?.name == "Villanova d'Asti")
        #expect(vocabulary.comune(matching: "mondo") == nil)
        #expect(vocabulary.comune(matching: "Piemonte") == nil)
        #expect(vocabulary.comune(matching: "  ") == nil)
    }
}
