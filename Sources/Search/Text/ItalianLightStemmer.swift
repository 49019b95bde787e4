/// A light, inflection-only stemmer for accent-free Italian words, used beside Snowball.
///
/// Snowball sometimes separates forms people expect to match: "anziano" → "anzi" (verb
/// ending `-ano`) but "anziani" → "anzian"; "assistenza" → "assistent" but "assistenziale"
/// → "assistenzial". The index stores both stems, and a query term matches either, so
/// these meet on "anzian" and "assistenz". Rules (each keeps at least 4 letters):
/// 1. drop a final vowel, then an `i` before it (gender/number: anziano/anziani → anzian);
/// 2. drop the adjectival `ial`/`iar` (assistenzial → assistenz, domiciliar → domicil);
/// 3. final `ch`/`gh` → `c`/`g` (amiche → amic, like amica).
struct ItalianLightStemmer: Sendable {
    init() {}

    /// The light stem of a lower-case, accent-free word.
    func stem(_ word: String) -> String {
        var s = Array(word.unicodeScalars)
        let minimum = 4
        if let last = s.last, "aeiou".unicodeScalars.contains(last), s.count > minimum {
            s.removeLast()
            if s.last == "i", s.count > minimum { s.removeLast() }
        }
        if s.count >= minimum + 3, s[s.count - 3] == "i", s[s.count - 2] == "a",
           s[s.count - 1] == "l" || s[s.count - 1] == "r" {
            s.removeLast(3)
        }
        if s.count > minimum, s.last == "h", s[s.count - 2] == "c" || s[s.count - 2] == "g" {
            s.removeLast()
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s)
        return String(out)
    }
}
