import Catalog
/// Turns typed text into a safe FTS5 MATCH expression (sqlite.org/fts5.html §3).
///
/// The text is reduced to word tokens by `TextNormalizer`, so quotes, `*`, `-`, `:`, `^`,
/// parentheses and the words AND/OR/NOT/NEAR can never reach FTS5 as syntax: every term is
/// emitted as a double-quoted string of letters and digits. Each word must match (AND), in
/// either of its stems: `{title_stems body_stems} : ("stem" OR "light"*)`. The light stem is a
/// prefix only when it has at least `minimumPrefixLength` letters, so "assistenza" (light
/// stem "assistenz") also finds "assistenziale". With `prefixLastWord` the last word also
/// matches as typed-so-far ("assi" → "assistenza"), in the stems and the raw title. A word in
/// the synonym list (`SearchSynonyms`) also matches, as an alternative, the words of its need.
struct FTSQueryBuilder: Sendable {
    /// At most this many words are used; the rest are ignored.
    var maxTerms = 8
    /// Shortest light stem that is also matched as a prefix.
    var minimumPrefixLength = 6
    /// Words people use for each need: a word found there also matches its need's other words
    /// and label ("nido" → infanzia, bambini, "Figli e famiglia"…).
    var synonyms: SearchSynonyms
    private let normalizer = TextNormalizer()

    init(synonyms: SearchSynonyms = .bundled) { self.synonyms = synonyms }

    /// The meaningful terms of `text`, de-duplicated, at most `maxTerms`.
    func terms(of text: String) -> [SearchTerm] {
        var seen: Set<String> = []
        var result: [SearchTerm] = []
        for term in normalizer.searchTerms(in: text) where seen.insert(term.word).inserted {
            result.append(term)
            if result.count == maxTerms { break }
        }
        return result
    }

    /// MATCH expression over all indexed text; nil when the text has no meaningful word.
    func matchExpression(for text: String, prefixLastWord: Bool = false) -> String? {
        expression(terms(of: text), columns: "{title_stems body_stems}", rawColumn: "title", prefixLastWord: prefixLastWord)
    }

    /// MATCH expression over the title only (used to rank title matches first).
    func titleExpression(for text: String, prefixLastWord: Bool = false) -> String? {
        expression(terms(of: text), columns: "{title_stems}", rawColumn: "title", prefixLastWord: prefixLastWord)
    }

    func expression(_ terms: [SearchTerm], columns: String, rawColumn: String, prefixLastWord: Bool) -> String? {
        guard !terms.isEmpty else { return nil }
        let parts = terms.enumerated().map { index, term in
            clause(for: term, columns: columns, rawColumn: rawColumn,
                   asPrefix: prefixLastWord && index == terms.count - 1)
        }
        return parts.joined(separator: " AND ")
    }

    private func clause(for term: SearchTerm, columns: String, rawColumn: String, asPrefix: Bool) -> String {
        var alternatives: [String] = []
        func add(_ alternative: String) { if !alternatives.contains(alternative) { alternatives.append(alternative) } }
        for form in [term] + synonyms.expansion(of: term) {
            add(quoted(form.stem))
            if form.lightStem != form.stem || form.lightStem.count >= minimumPrefixLength {
                add(quoted(form.lightStem) + (form.lightStem.count >= minimumPrefixLength ? "*" : ""))
            }
        }
        if asPrefix { alternatives.append(quoted(term.word) + "*") }
        var clause = "(\(columns) : (\(alternatives.joined(separator: " OR "))))"
        if asPrefix { clause = "(\(clause) OR (\(rawColumn) : \(quoted(term.word))*))" }
        return clause
    }

    /// A FTS5 string: the token inside double quotes, inner quotes doubled (none survive
    /// tokenisation, but the rule is kept so the builder is safe on its own).
    func quoted(_ token: String) -> String {
        "\"" + token.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
