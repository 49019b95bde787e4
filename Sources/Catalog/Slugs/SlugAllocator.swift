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

    /// The first free slug from `base` (the record `excluding` may keep its own). With a `memo`,
    /// the search starts after the last suffix handed out for `base`. One query reads every slug
    /// that could collide (`base` and `base-<digits>`, through the slug's unique index), then the
    /// first free suffix is found in memory: the k-th duplicate costs one lookup, not k.
    static func unique(_ base: String, table: Table, excluding id: Int64?, memo: SlugSuffixMemo? = nil,
                       in db: Connection) throws -> String {
        let prefix = base + "-"
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
}
