import Foundation
import Storage
import Accounts

/// Inserts and updates service cards inside a caller's write transaction, with their relations
/// and a revision per saved version. Internal: operators write through `CardEditor` (permission
/// + validation + revision + audit), the CSV import (`ServiceImporter`, which adds the audit
/// lines), the system through `SystemCatalogWriter` (the seeders and `import-hsds` batch many
/// cards per transaction through it).
struct ServiceWriter: Sendable {
    /// Checks drafts before they are written.
    var validator = ServiceValidator()

    /// A writer with the default validator.
    init() {}

    /// Inserts `draft` as version 1 and records its first revision (unless `recordRevision` is
    /// false, which only the CSV import's dry run uses: it is rolled back anyway).
    /// A batch passes one `slugMemo` so rows with the same title cost one slug lookup each.
    /// - Throws: `CatalogError.invalid` (validation or unknown codes/ids), `SQLiteError`.
    func insert(_ draft: ServiceDraft, author: Author, changeSummary: String, now: Date,
                       uuid: UUID = UUID(), recordRevision: Bool = true, slugMemo: SlugSuffixMemo? = nil,
                       in db: Connection) throws -> Service {
        try check(draft, in: db)
        let slug = try uniqueSlug(for: draft, excluding: nil, memo: slugMemo, in: db)
        let columns = ["uuid", "version", "created_at", "updated_at"] + ServiceColumns.editable
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        let values: [any SQLBindable] = [uuid, 1, now, now] + ServiceColumns.values(of: draft, slug: slug)
        try db.run("INSERT INTO service (\(columns.joined(separator: ", "))) VALUES (\(placeholders))", arguments: values)
        let id = db.lastInsertRowID
        var stored = draft
        stored.slug = slug
        stored.locations = try ServiceRelations.write(serviceId: id, draft: draft, in: db)
        let service = Service(id: id, uuid: uuid, version: 1, createdAt: now.wholeSeconds, updatedAt: now.wholeSeconds,
                              fields: stored.normalized)
        if recordRevision { try self.recordRevision(of: service, author: author, changeSummary: changeSummary, in: db) }
        return service
    }

    /// Replaces the content of service `id` if it still has `expectedVersion`, bumps the version
    /// and records a revision.
    /// - Throws: `CatalogError.notFound`, `.conflict(expectedVersion:)`, `.invalid`, `SQLiteError`.
    func update(id: Int64, expectedVersion: Int, with draft: ServiceDraft, author: Author,
                       changeSummary: String, now: Date, in db: Connection) throws -> Service {
        guard let current = try db.queryOne("SELECT uuid, version, created_at, slug FROM service WHERE id = ?", id) else {
            throw CatalogError.notFound
        }
        guard try current.get("version", as: Int.self) == expectedVersion else {
            throw CatalogError.conflict(expectedVersion: expectedVersion)
        }
        try check(draft, serviceID: id, in: db)
        let currentSlug: String = try current.get("slug")
        let requested = draft.slug.trimmingCharacters(in: .whitespaces)
        // A save never regenerates the slug: only an explicit new one changes it, and the old
        // one keeps answering with a 301 (`SlugRedirects`).
        let slug = requested.isEmpty || requested == currentSlug
            ? currentSlug : try uniqueSlug(for: draft, excluding: id, in: db)
        if slug != currentSlug { try SlugRedirects.record(.service, oldSlug: currentSlug, id: id, in: db) }
        let assignments = ServiceColumns.editable.map { "\($0) = ?" }.joined(separator: ", ")
        try db.run("UPDATE service SET \(assignments), version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                   arguments: ServiceColumns.values(of: draft, slug: slug) + [now, id, expectedVersion])
        guard db.changes == 1 else { throw CatalogError.conflict(expectedVersion: expectedVersion) }
        var stored = draft
        stored.slug = slug
        stored.locations = try ServiceRelations.write(serviceId: id, draft: draft, in: db)
        let service = Service(id: id, uuid: try current.get("uuid"), version: expectedVersion + 1,
                              createdAt: try current.get("created_at"), updatedAt: now.wholeSeconds,
                              fields: stored.normalized)
        try recordRevision(of: service, author: author, changeSummary: changeSummary, in: db)
        return service
    }

    private func check(_ draft: ServiceDraft, serviceID: Int64? = nil, in db: Connection) throws {
        var errors = validator.validate(draft)
        if errors.isEmpty { errors = try ReferenceChecker(db: db).errors(in: draft, serviceID: serviceID) }
        if !errors.isEmpty { throw CatalogError.invalid(errors) }
    }

    /// The draft's slug (or one made from the title), suffixed `-2`, `-3`… until unused (see `SlugAllocator`).
    private func uniqueSlug(for draft: ServiceDraft, excluding id: Int64?, memo: SlugSuffixMemo? = nil,
                            in db: Connection) throws -> String {
        let trimmed = draft.slug.trimmingCharacters(in: .whitespaces)
        let base = trimmed.isEmpty ? Slug.make(draft.title, fallback: "servizio") : trimmed
        return try SlugAllocator.unique(base, table: .service, excluding: id, memo: memo, in: db)
    }

    private func recordRevision(of service: Service, author: Author, changeSummary: String, in db: Connection) throws {
        try db.run("""
            INSERT INTO revision (service_id, version, author_user_id, author, created_at, snapshot_json, change_summary)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, service.id, service.version, author.userId, author.name, service.updatedAt,
            try RevisionSnapshot(service: service).json(), changeSummary)
    }
}

extension Date {
    /// This instant with the fraction of a second dropped (what the database stores).
    var wholeSeconds: Date { Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down)) }
}

extension ServiceDraft {
    /// The draft as the database gives it back: relation codes and territory ids de-duplicated
    /// and sorted ascending (cards show terms in taxonomy order), archive reason only when
    /// archived, last-verified time in whole seconds.
    var normalized: ServiceDraft {
        var d = self
        d.needCodes = Set(needCodes).sorted()
        d.targetCodes = Set(targetCodes).sorted()
        d.deliveryModeCodes = Set(deliveryModeCodes).sorted()
        d.languageCodes = Set(languageCodes).sorted()
        d.cost.paymentMethodCodes = Set(cost.paymentMethodCodes).sorted()
        d.servedTerritoryIds = Set(servedTerritoryIds).sorted()
        d.archiveReason = status == .archived ? archiveReason : nil
        d.lastVerifiedAt = lastVerifiedAt?.wholeSeconds
        return d
    }
}

extension Array where Element: Hashable {
    /// The elements in order, without repeats.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
