import Catalog
import Testing
@testable import Search

/// `TextNormalizer.searchTerms` (Search's extension): stop words dropped, folded, stemmed.
struct SearchTermsTests {
    let normalizer = TextNormalizer()

    @Test func searchTermsDropStopWordsAndStem() {
        let terms = normalizer.searchTerms(in: "Servizi per gli anziani di Mondovì")
        #expect(terms.map(\.word) == ["servizi", "anziani", "mondovi"])
        #expect(terms.map(\.stem) == ["serviz", "anzian", "mondov"])
    }

    @Test func accentedAndPlainSpellingsMeet() {
        let a = normalizer.searchTerms(in: "Mondovì disabilità perché")
        let b = normalizer.searchTerms(in: "mondovi disabilita perche")
        #expect(a.map(\.stem) == b.map(\.stem))
    }

    @Test func numbersAreKeptAsTheyAre() {
        #expect(normalizer.searchTerms(in: "CAP 12084").map(\.stem) == ["cap", "12084"])
    }

    @Test func singularAndPluralShareAStemOrLightStem() {
        func meet(_ x: String, _ y: String) -> Bool {
            guard let a = normalizer.searchTerms(in: x).first, let b = normalizer.searchTerms(in: y).first
            else { return false }
            return a.stem == b.stem || a.lightStem == b.lightStem
        }
        #expect(meet("anziano", "anziani"))
        #expect(meet("disabile", "disabilità"))
        #expect(meet("assistenza", "assistenziale"))
        #expect(!meet("anziano", "bambino"))
    }
}
