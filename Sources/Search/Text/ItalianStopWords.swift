/// Italian function words that carry no meaning for search (accent-free, lower-case).
/// Dropped both when indexing and when querying, so "servizi per gli anziani" searches
/// for "servizi" and "anziani".
enum ItalianStopWords {
    /// Whether the folded word is a stop word.
    static func contains(_ foldedWord: String) -> Bool { words.contains(foldedWord) }

    static let words: Set<String> = [
        "a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all", "anche", "che", "chi", "ci",
        "col", "coi", "con", "cui", "da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall",
        "de", "dei", "del", "dell", "della", "delle", "dello", "degli", "di", "e", "ed", "gli", "ha",
        "ho", "i", "il", "in", "l", "la", "le", "lo", "ma", "mi", "ne", "negli", "nei", "nel",
        "nell", "nella", "nelle", "nello", "non", "o", "od", "per", "piu", "quale", "quali",
        "se", "si", "sia", "su", "sui", "sugli", "sul", "sull", "sulla", "sulle", "sullo", "tra",
        "fra", "un", "una", "uno", "vi",
    ]
}
