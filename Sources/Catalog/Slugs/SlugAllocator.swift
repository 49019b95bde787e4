import Storage

/// Remembers, within one transaction, the next free suffix per slug base, so a batch of rows
/// with the same title (a CSV import) costs one lookup per row instead of one per suffix.
final class SlugSuffixMemo {
    var nextSuffix: [String: Int] = [:]

    init() {}
}

/// Makes a slug unique in its table: `base`, then `base-2`, `base-3`…
enum SlugAllocator {
    enum Table: String {
        case service, organization
    }

    /// The first free slug from `base` (the record `excluding` may keep its own). The first time
    /// for a `base`, one query reads every slug that could collide (`base` and `base-<digits>`,
    /// through the slug's unique index) and the first free suffix is found in memory. With a
    /// `memo` that already handed out a suffix for `base`, the search starts after it and probes
    /// single slugs by the index (usually one): reading every collision again made the k-th
    /// duplicate of a CSV import read k rows, so 50,000 rows with one title took minutes.
    static func unique(_ base: String, table: Table, excluding id: Int64?, memo: SlugSuffixMemo? = nil,
                       in db: Connection) throws -> String {
        let prefix = base + "-"
        if let memo, var suffix = memo.nextSuffix[base] {
            while try isTaken("\(prefix)\(suffix)", table: table, excluding: id, in: db) { suffix += 1 }
            memo.nextSuffix[base] = suffix + 1
            return "\(prefix)\(suffix)"
        }
        // Under BINARY collation the strings starting with `base-` are exactly those in
        // [`base-`, `base.`): '.' is the byte after '-'. `table` is a fixed identifier from this
        // enum, never user input.
        let rows = try db.query("""
            SELECT id, slug FROM \(table.rawValue)
            WHERE slug = ?1 OR (slug >= ?2 AND slug < ?3 AND substr(slug, length(?2) + 1) NOT GLOB '*[^0-9]*')
            """, base, prefix, base + ".")
        var taken = Set<String>()
        for row in rows {
            let owner: Int64 = try row.get(0)
            if owner != id { taken.insert(try row.get(1)) }
        }
        var suffix = memo?.nextSuffix[base] ?? 1
        var candidate = suffix == 1 ? base : "\(prefix)\(suffix)"
        while taken.contains(candidate) {
            suffix += 1
            candidate = "\(prefix)\(suffix)"
        }
        memo?.nextSuffix[base] = suffix + 1
        return candidate
    }

    private static func isTaken(_ slug: String, table: Table, excluding id: Int64?, in db: Connection) throws -> Bool {
        guard let row = try db.queryOne("SELECT id FROM \(table.rawValue) WHERE slug = ?", slug) else { return false }
        return try row.get(0) as Int64 != id
    }
}
