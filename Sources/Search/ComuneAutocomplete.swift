import Catalog
import Foundation
import Storage

/// One comune offered while typing a place name or postal code.
public struct ComuneSuggestion: Sendable, Equatable, Identifiable {
    /// Territory id (use it as `SearchQuery.territoryId`).
    public var id: Int64
    public var name: String
    public var slug: String
    public var istatCode: String
    /// Two-letter province code, e.g. "CN".
    public var provinceCode: String
    public var provinceName: String
    public var postalCodes: [String]

    public init(id: Int64, name: String, slug: String, istatCode: String, provinceCode: String,
                provinceName: String, postalCodes: [String]) {
        self.id = id
        self.name = name
        self.slug = slug
        self.istatCode = istatCode
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.postalCodes = postalCodes
    }
}

/// Comune autocomplete by name prefix (accent- and case-insensitive, any word of the name:
/// "mondovi", "Mondovì", "giorgio" for "San Giorgio Canavese") or by postal code prefix
/// ("1208" → Mondovì 12084 …). Exact names first, then names starting with the text, then
/// names with a word starting with it; provincial capitals before others, then A–Z.
/// The 1,180 comuni are read once and kept in memory (they change only with a migration).
public final class ComuneAutocomplete: @unchecked Sendable {
    struct Entry {
        let suggestion: ComuneSuggestion
        let folded: String
        let words: [String]
        let isCapoluogo: Bool
    }

    private let pool: DatabasePool
    private let lock = NSLock()
    private var entries: [Entry]?
    private let normalizer = TextNormalizer()

    public init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Up to `limit` (1…50) comuni matching `text`; empty for blank or over-long text.
    /// - Throws: `SQLiteError` on the first call if the comuni cannot be read.
    public func suggest(_ text: String, limit: Int = 10) throws -> [ComuneSuggestion] {
        let limit = max(1, min(limit, 50))
        let needle = normalizer.words(in: String(text.prefix(100))).map(normalizer.fold).joined(separator: " ")
        guard !needle.isEmpty else { return [] }
        let all = try loadedEntries()
        if needle.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return Array(all.filter { $0.suggestion.postalCodes.contains { $0.hasPrefix(needle) } }
                .prefix(limit).map(\.suggestion))
        }
        var ranked: [(rank: Int, entry: Entry)] = []
        for entry in all {
            if entry.folded == needle { ranked.append((0, entry)) }
            else if entry.folded.hasPrefix(needle) { ranked.append((1, entry)) }
            else if entry.words.contains(where: { $0.hasPrefix(needle) }) { ranked.append((2, entry)) }
        }
        ranked.sort { a, b in
            (a.rank, a.entry.isCapoluogo ? 0 : 1, a.entry.folded) < (b.rank, b.entry.isCapoluogo ? 0 : 1, b.entry.folded)
        }
        return ranked.prefix(limit).map(\.entry.suggestion)
    }

    private func loadedEntries() throws -> [Entry] {
        if let entries = lock.withLock({ entries }) { return entries }
        let loaded = try pool.read { db in try load(db) }
        lock.withLock { entries = loaded }
        return loaded
    }

    private func load(_ db: Connection) throws -> [Entry] {
        let sql = """
            SELECT c.id, t.name, t.slug, c.istat_code, p.code, pt.name, c.is_capoluogo,
                   (SELECT group_concat(postal_code, ' ') FROM comune_postal_code pc WHERE pc.comune_id = c.id)
            FROM comune c JOIN territory t ON t.id = c.id
            JOIN province p ON p.id = c.province_id JOIN territory pt ON pt.id = p.id
            ORDER BY t.name
            """
        return try db.query(sql).compactMap { row in
            guard let id = row[0].searchInt else { return nil }
            let name = row[1].searchText
            let words = normalizer.words(in: name).map(normalizer.fold)
            let suggestion = ComuneSuggestion(
                id: id, name: name, slug: row[2].searchText, istatCode: row[3].searchText,
                provinceCode: row[4].searchText, provinceName: row[5].searchText,
                postalCodes: row[7].searchText.split(separator: " ").map(String.init).sorted())
            return Entry(suggestion: suggestion, folded: words.joined(separator: " "), words: words,
                         isCapoluogo: row[6].searchInt == 1)
        }
    }
}
