import Foundation
import Storage

/// Service cards as the public pages and the admin forms read them. Read-only: cards are written
/// through `CardEditor` (operators) or `SystemCatalogWriter` (imports).
public struct ServiceRepository: Sendable {
    private let pool: DatabasePool

    /// A repository over `pool`.
    public init(pool: DatabasePool) {
        self.pool = pool
    }

    /// The card with `slug`. Unless `includeUnpublished`, only published cards are found.
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    public func card(slug: String, includeUnpublished: Bool = false) throws -> ServiceCard {
        try pool.read { db in
            let reader = ServiceReader(db: db)
            guard let service = try reader.service(slug: slug), includeUnpublished || service.status == .published
            else { throw CatalogError.notFound }
            return try reader.card(for: service)
        }
    }

    /// The card of service `id`, whatever its status (admin screens).
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    public func card(id: Int64) throws -> ServiceCard {
        try pool.read { db in
            let reader = ServiceReader(db: db)
            guard let service = try reader.service(id: id) else { throw CatalogError.notFound }
            return try reader.card(for: service)
        }
    }

    /// The contact summaries of the cards with `slugs` (whatever their status), in the order
    /// of `slugs`, in one query; slugs that name no card are left out.
    /// - Throws: `SQLiteError`.
    public func contactSummaries(slugs: [String]) throws -> [ServiceContactSummary] {
        try pool.read { db in try ServiceContactReader(db: db).summaries(slugs: slugs) }
    }

    /// The stored service `id` (codes and ids, for edit forms).
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    public func service(id: Int64) throws -> Service {
        try pool.read { db in
            guard let service = try ServiceReader(db: db).service(id: id) else { throw CatalogError.notFound }
            return service
        }
    }

    /// Published cards, most recently updated first.
    public func recentlyUpdated(limit: Int = 10, offset: Int = 0) throws -> [ServiceSummary] {
        try pool.read { try ServiceReader(db: $0).summaries(where: "s.status = 'published'", [], limit: limit, offset: offset) }
    }

    /// Cards of organisation `organizationId`, most recently updated first; published only unless
    /// `includeUnpublished`.
    public func services(ofOrganization organizationId: Int64, includeUnpublished: Bool = false,
                         limit: Int = 200) throws -> [ServiceSummary] {
        let condition = includeUnpublished ? "s.organization_id = ?" : "s.organization_id = ? AND s.status = 'published'"
        return try pool.read { try ServiceReader(db: $0).summaries(where: condition, [organizationId], limit: limit) }
    }

    /// Every revision of card `serviceId`, newest first.
    public func revisions(serviceId: Int64) throws -> [Revision] {
        try pool.read { db in
            try db.query("""
                SELECT id, service_id, version, author_user_id, author, created_at, snapshot_json, change_summary
                FROM revision WHERE service_id = ? ORDER BY version DESC
                """, serviceId).map { row in
                Revision(id: try row.get("id"), serviceId: try row.get("service_id"), version: try row.get("version"),
                         authorUserId: try row.get("author_user_id"), author: try row.get("author"),
                         createdAt: try row.get("created_at"), snapshotJSON: try row.get("snapshot_json"),
                         changeSummary: try row.get("change_summary"))
            }
        }
    }
}
