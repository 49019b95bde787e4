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

    init(id: Int64, name: String, slug: String, istatCode: String, provinceCode: String,
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

/// Comune autocomplete by name prefix (accent- and case-insensitive, from any word of the name:
/// "mondovi", "Mondovì", "giorgio" or "giorgio canav" for "San Giorgio Canavese") or by postal code prefix
/// ("1208" → Mondovì 12084 …). Exact names first, then names starting with the text, then
/// names with a word starting with it; provincial capitals before others, then A–Z.
/// The 1,180 comuni are read once and kept in memory (they change only with a migration).
/// The matching itself is `ComuneLookup`; this class loads the comuni lazily.
public final class ComuneAutocomplete: @unchecked Sendable {   // `lookup` is guarded by `lock`
    private let pool: DatabasePool
    private let lock = NSLock()
    private var lookup: ComuneLookup<ComuneSuggestion>?

    public init(pool: DatabasePool) {
        self.pool = pool
    }

    /// Up to `limit` (1…50) comuni matching `text`; empty for blank or over-long text.
    /// - Throws: `SQLiteError` on the first call if the comuni cannot be read.
    public func suggest(_ text: String, limit: Int = 10) throws -> [ComuneSuggestion] {
        let limit = max(1, min(limit, 50))
        return try loadedLookup().candidates(String(text.prefix(100)), limit: limit, ranking: .exactThenCapitals)
    }

    private func loadedLookup() throws -> ComuneLookup<ComuneSuggestion> {
        if let lookup = lock.withLock({ lookup }) { return lookup }
        let loaded = try pool.read { db in try load(db) }
        lock.withLock { lookup = loaded }
        return loaded
    }

    private func load(_ db: Connection) throws -> ComuneLookup<ComuneSuggestion> {
        let sql = """
            SELECT c.id, t.name, t.slug, c.istat_code, p.code, pt.name, c.is_capoluogo,
                   (SELECT group_concat(postal_code, ' ') FROM comune_postal_code pc WHERE pc.comune_id = c.id)
            FROM comune c JOIN territory t ON t.id = c.id
            JOIN province p ON p.id = c.province_id JOIN territory pt ON pt.id = p.id
            ORDER BY t.name
            """
        var capitals: Set<Int64> = []
        let suggestions: [ComuneSuggestion] = try db.query(sql).compactMap { row in
            guard let id = row[0].searchInt else { return nil }
            if row[6].searchInt == 1 { capitals.insert(id) }
            return ComuneSuggestion(
                id: id, name: row[1].searchText, slug: row[2].searchText, istatCode: row[3].searchText,
                provinceCode: row[4].searchText, provinceName: row[5].searchText,
                postalCodes: row[7].searchText.split(separator: " ").map(String.init).sorted())
        }
        return ComuneLookup(suggestions) { s in
            .init(name: s.name, istatCode: s.istatCode, slug: s.slug, provinceCode: s.provinceCode,
                  postalCodes: s.postalCodes, isCapoluogo: capitals.contains(s.id))
        }
    }
}
