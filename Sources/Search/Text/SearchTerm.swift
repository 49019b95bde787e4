/// One meaningful word of a text, in the forms the search index stores.
public struct SearchTerm: Sendable, Hashable {
    /// Lower-case, accent-free word ("mondovi").
    public let word: String
    /// Snowball Italian stem, accent-free ("anziano" → "anzi").
    public let stem: String
    /// Light inflectional stem, accent-free ("anziano", "anziani" → "anzian").
    public let lightStem: String

    init(word: String, stem: String, lightStem: String) {
        self.word = word
        self.stem = stem
        self.lightStem = lightStem
    }
}
