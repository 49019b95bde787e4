import Catalog

extension TextNormalizer {
    /// The meaningful terms of `text`: stop words removed, each folded and stemmed (its
    /// Snowball stem and a light inflectional stem, see `ItalianLightStemmer`).
    public func searchTerms(in text: String) -> [SearchTerm] {
        let stemmer = ItalianStemmer(), lightStemmer = ItalianLightStemmer()
        return words(in: text).compactMap { word in
            let folded = fold(word)
            guard !folded.isEmpty, !ItalianStopWords.contains(folded) else { return nil }
            if folded.unicodeScalars.allSatisfy({ $0.properties.numericType != nil }) {
                return SearchTerm(word: folded, stem: folded, lightStem: folded)
            }
            return SearchTerm(word: folded, stem: fold(stemmer.stem(word)),
                              lightStem: lightStemmer.stem(folded))
        }
    }
}
