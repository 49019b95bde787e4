import Foundation
import Storage

/// Old slugs of renamed cards and organisations (`slug_redirect`), so every address ever
/// published keeps working: the public pages answer an old slug with a 301 to the current one.
public enum SlugRedirects {
    /// Which kind of public page a slug names.
    public enum Kind: String, Sendable {
        case service, organization
    }

    /// Remembers that `oldSlug` now means record `id` (replacing an older meaning of the same slug).
    /// - Throws: `SQLiteError`.
    static func record(_ kind: Kind, oldSlug: String, id: Int64, in db: Connection) throws {
        try db.run("""
            INSERT INTO slug_redirect (kind, old_slug, target_id, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (kind, old_slug) DO UPDATE SET target_id = excluded.target_id, created_at = excluded.created_at
            """, kind.rawValue, oldSlug, id, Int64(Date().timeIntervalSince1970))
    }

    /// The current slug of the record that used to be called `oldSlug`, if any. Chains of
    /// renames resolve in one step because the row points at the record, not at a slug.
    /// - Throws: `SQLiteError`.
    public static func currentSlug(_ kind: Kind, for oldSlug: String, in db: Connection) throws -> String? {
        // Fixed identifiers, never input. A card that is not public gives no redirect, so an old
        // address never reveals the new slug of a draft.
        let table = kind == .service ? "service" : "organization"
        let visible = kind == .service ? "AND t.status IN ('published', 'archived')" : ""
        return try db.scalar("""
            SELECT t.slug FROM slug_redirect r JOIN \(table) t ON t.id = r.target_id
            WHERE r.kind = ? AND r.old_slug = ? AND t.slug <> r.old_slug \(visible)
            """, kind.rawValue, oldSlug)
    }
}
