import Storage

/// Remembers, within one transaction, the next free suffix per slug base, so a batch of rows
/// with the same title (a CSV import) costs one lookup per row instead of one per suffix.
public final class SlugSuffixMemo {
    var nextSuffix: [String: Int] = [:]

    public init() {}
}

/// Makes a slug unique in its table: `base`, then `base-2`, `base-3`…
enum SlugAllocator {
    enum Table: String {
        case service, organization
    }

    /// The first free slug from `base` (the record `excluding` may keep its own). With a `memo`,
    /// the search starts after the last suffix handed out for `base`.
    static func unique(_ base: String, table: Table, excluding id: Int64?, memo: SlugSuffixMemo? = nil,
                       in db: Connection) throws -> String {
        var suffix = memo?.nextSuffix[base] ?? 1
        var candidate = suffix == 1 ? base : "\(base)-\(suffix)"
        // `table` is a fixed identifier from this enum, never user input.
        while let other: Int64 = try db.scalar("SELECT id FROM \(table.rawValue) WHERE slug = ?", candidate), other != id {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        memo?.nextSuffix[base] = suffix + 1
        return candidate
    }
}
