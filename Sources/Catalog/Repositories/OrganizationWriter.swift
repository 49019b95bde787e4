import Foundation
import Storage

/// Inserts and updates organisations inside a caller's write transaction. Internal: operators
/// write through `OrganizationEditor`, the system (seeders, `import-hsds`) through `SystemCatalogWriter`.
struct OrganizationWriter: Sendable {
    /// Checks drafts before they are written.
    var validator = OrganizationValidator()

    /// A writer with the default validator.
    init() {}

    /// Inserts `draft`; the slug is made unique (`-2`, `-3`…) when taken.
    /// - Throws: `CatalogError.invalid`, `SQLiteError`.
    func insert(_ draft: OrganizationDraft, now: Date, uuid: UUID = UUID(), in db: Connection) throws -> Organization {
        try check(draft, in: db)
        var stored = draft
        stored.slug = try uniqueSlug(for: draft, excluding: nil, in: db)
        try db.run("""
            INSERT INTO organization (uuid, slug, name, kind_code, description, tax_code, vat_number, phone, email, pec,
                website, address, postal_code, comune_id, verified, is_demo, source, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [uuid] + values(stored) + [now, now])
        return Organization(id: db.lastInsertRowID, uuid: uuid, createdAt: now.wholeSeconds,
                            updatedAt: now.wholeSeconds, fields: stored)
    }

    /// Replaces the fields of organisation `id`.
    /// - Throws: `CatalogError.notFound`, `.invalid`, `SQLiteError`.
    /// The slug is kept unless `draft.slug` names a new one; an old slug keeps answering with a 301.
    func update(id: Int64, with draft: OrganizationDraft, now: Date, in db: Connection) throws -> Organization {
        try check(draft, in: db)
        guard let currentSlug: String = try db.scalar("SELECT slug FROM organization WHERE id = ?", id) else {
            throw CatalogError.notFound
        }
        var stored = draft
        let requested = draft.slug.trimmingCharacters(in: .whitespaces)
        stored.slug = requested.isEmpty || requested == currentSlug
            ? currentSlug : try uniqueSlug(for: draft, excluding: id, in: db)
        if stored.slug != currentSlug { try SlugRedirects.record(.organization, oldSlug: currentSlug, id: id, in: db) }
        try db.run("""
            UPDATE organization SET slug = ?, name = ?, kind_code = ?, description = ?, tax_code = ?, vat_number = ?,
                phone = ?, email = ?, pec = ?, website = ?, address = ?, postal_code = ?, comune_id = ?, verified = ?,
                is_demo = ?, source = ?, updated_at = ?
            WHERE id = ?
            """, arguments: values(stored) + [now, id])
        guard db.changes == 1,
              let organization = try OrganizationReader(db: db).organization(where: "o.id = ?", id)
        else { throw CatalogError.notFound }
        return organization
    }

    private func values(_ d: OrganizationDraft) -> [any SQLBindable] {
        [d.slug, d.name, d.kindCode, d.description, d.taxCode, d.vatNumber, d.contacts.phone, d.contacts.email,
         d.pec, d.contacts.website, d.address, d.postalCode, d.comuneId, d.verified, d.isDemo, d.source]
    }

    /// Throws `CatalogError.invalid` unless `draft` is valid and its codes exist.
    func check(_ draft: OrganizationDraft, in db: Connection) throws {
        var errors = validator.validate(draft)
        if errors.isEmpty, try db.queryOne("SELECT 1 FROM organization_kind WHERE code = ?", draft.kindCode) == nil {
            errors.append(FieldError(field: "kind", message: "Il tipo di ente scelto non esiste"))
        }
        if errors.isEmpty, let comuneId = draft.comuneId, try db.queryOne("SELECT 1 FROM comune WHERE id = ?", comuneId) == nil {
            errors.append(FieldError(field: "comune", message: "Il comune scelto non esiste"))
        }
        if !errors.isEmpty { throw CatalogError.invalid(errors) }
    }

    private func uniqueSlug(for draft: OrganizationDraft, excluding id: Int64?, in db: Connection) throws -> String {
        let trimmed = draft.slug.trimmingCharacters(in: .whitespaces)
        let base = trimmed.isEmpty ? Slug.make(draft.name, fallback: "ente") : trimmed
        return try SlugAllocator.unique(base, table: .organization, excluding: id, in: db)
    }
}
