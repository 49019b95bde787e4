import Foundation
import Storage

/// Organisations (enti): their pages and lists. Read-only: organisations are written through
/// `OrganizationEditor` (operators) or `SystemCatalogWriter` (imports).
public struct OrganizationRepository: Sendable {
    private let pool: DatabasePool

    /// A repository over `pool`.
    public init(pool: DatabasePool) {
        self.pool = pool
    }

    /// The organisation with `slug`.
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    public func organization(slug: String) throws -> Organization {
        try find("o.slug = ?", slug)
    }

    /// The organisation with `id`.
    /// - Throws: `CatalogError.notFound`, `SQLiteError`.
    public func organization(id: Int64) throws -> Organization {
        try find("o.id = ?", id)
    }

    private func find(_ condition: String, _ key: any SQLBindable) throws -> Organization {
        try pool.read { db in
            guard let found = try OrganizationReader(db: db).organization(where: condition, key) else {
                throw CatalogError.notFound
            }
            return found
        }
    }

    /// Organisations by name. With `withPublishedServicesOnly`, only those with at least one
    /// published card (public lists).
    public func list(withPublishedServicesOnly: Bool = false, limit: Int = 500, offset: Int = 0) throws -> [OrganizationSummary] {
        let filter = withPublishedServicesOnly
            ? "WHERE EXISTS (SELECT 1 FROM service s WHERE s.organization_id = o.id AND s.status = 'published')" : ""
        return try pool.read { db in
            let reader = OrganizationReader(db: db)
            return try db.query("""
                SELECT o.id, o.slug, o.name, o.kind_code, o.verified, o.is_demo FROM organization o \(filter)
                ORDER BY o.name COLLATE NOCASE LIMIT ? OFFSET ?
                """, limit, offset).map(reader.summary(from:))
        }
    }

    /// Number of published cards of organisation `id`.
    func publishedServiceCount(organizationId: Int64) throws -> Int {
        try pool.read {
            try $0.scalar("SELECT count(*) FROM service WHERE organization_id = ? AND status = 'published'", organizationId) ?? 0
        }
    }
}
