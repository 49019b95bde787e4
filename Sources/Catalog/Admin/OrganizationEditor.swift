import Foundation

/// Creates and edits organisations (enti) for the admin forms: permission check, validation,
/// write and audit line in one transaction.
public struct OrganizationEditor: Sendable {
    let database: DatabasePool
    let clock: any AuthClock
    let writer = OrganizationWriter()
    let audit: AuditLogWriter

    public init(database: DatabasePool, clock: any AuthClock) {
        self.database = database
        self.clock = clock
        self.audit = AuditLogWriter(clock: clock)
    }

    var now: Date { Date(timeIntervalSince1970: TimeInterval(clock.nowSeconds())) }

    /// - Throws: `AuthError.forbidden`, `CatalogError.invalid`, `SQLiteError`.
    public func create(_ draft: OrganizationDraft, by user: Operator) throws -> Organization {
        guard AccessPolicy.allows(user, .manageOrganizations) else { throw AuthError.forbidden }
        return try database.write { db in
            let org = try writer.insert(draft, now: now, in: db)
            try audit.record("organization.create", by: Author(userId: user.id, name: user.email), entityType: "organization",
                             entityID: String(org.id), summary: "Creato l'ente «\(org.fields.name)»", in: db)
            return org
        }
    }

    /// - Throws: `AuthError.forbidden`, `CatalogError.invalid/.notFound`, `SQLiteError`.
    public func update(id: Int64, with draft: OrganizationDraft, by user: Operator) throws -> Organization {
        guard AccessPolicy.allows(user, .editOrganization(organizationID: id)) else { throw AuthError.forbidden }
        return try database.write { db in
            guard let oldName: String = try db.scalar("SELECT name FROM organization WHERE id = ?", id) else {
                throw CatalogError.notFound
            }
            // The demo label is not on the form: it stays as stored.
            var fields = draft
            fields.isDemo = try db.scalar("SELECT is_demo FROM organization WHERE id = ?", id, as: Int64.self) == 1
            let org = try writer.update(id: id, with: fields, now: now, in: db)
            try audit.record("organization.update", by: Author(userId: user.id, name: user.email), entityType: "organization",
                             entityID: String(id), summary: "Modificato l'ente «\(oldName)»",
                             before: ["name": oldName], after: ["name": org.fields.name], in: db)
            return org
        }
    }
}
