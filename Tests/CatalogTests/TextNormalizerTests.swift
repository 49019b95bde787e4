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
}
