import Testing
@testable import Catalog

struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test func foldsCaseAndAccents() {
        #expect(normalizer.fold("Mondovì") == "mondovi")
        #expect(normalizer.fold("PERCHÉ") == "perche")
        #expect(normalizer.fold("Città di Nichelino") == "citta di nichelino")
        // Decomposed input (e + combining grave) folds like the precomposed one.
        #expect(normalizer.fold("Mondovi\u{300}") == "mondovi")
    }

    @Test func splitsWordsOnPunctuationAndApostrophes() {
        #expect(normalizer.words(in: "L'anziano, a casa! (Mondovì)") == ["l", "anziano", "a", "casa", "mondovì"])
        #expect(normalizer.words(in: "  ") == [])
        #expect(normalizer.words(in: "\"NEAR\" * OR -x") == ["near", "or", "x"])
    }

    @Test func capsVeryLongWords() {
        let words = normalizer.words(in: String(repeating: "a", count: 1000) + " b")
        #expect(words.count == 2)
        #expect(words[0].count == normalizer.maxWordLength)
    }

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
