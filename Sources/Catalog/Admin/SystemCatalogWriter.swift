import Foundation
import Storage
import Accounts

/// The write path for the system itself (command-line imports such as `vetrina import-hsds`),
/// which has no operator to check permissions for: the caller is the trust boundary. Each write
/// is validated, makes a revision (cards and translations) and records an audit line by `author` inside the
/// caller's write transaction, like the editors do for operators. Operators never get one of
/// these: the admin area writes through `CardEditor`, `OrganizationEditor` and `AreaEditor`.
public struct SystemCatalogWriter: Sendable {
    /// Recorded in revisions and the audit log; never a signed-in user.
    public let author: Author
    private let services = ServiceWriter()
    private let organizations = OrganizationWriter()
    private let audit: AuditLogWriter
    private let translations: TranslationWriter

    /// A writer acting as `author` (its `userId` is ignored: system writes have no user).
    public init(author: Author = .system, clock: any AuthClock = SystemAuthClock()) {
        self.author = Author(userId: nil, name: author.name)
        self.audit = AuditLogWriter(clock: clock)
        self.translations = TranslationWriter(audit: audit, clock: clock)
    }

    /// A writer acting for the command-line tool `tool`, recorded as the system author with the
    /// tool's name ("sistema: seed --demo", "sistema: import-hsds"), so history and audit log say which
    /// tool wrote.
    init(tool: String, clock: any AuthClock = SystemAuthClock()) {
        self.init(author: Self.author(tool: tool), clock: clock)
    }

    /// The author `init(tool:)` records.
    public static func author(tool: String) -> Author {
        Author(userId: nil, name: "\(Author.system.name): \(tool)")
    }

    /// Records an audit line by `author` for a write the caller made itself in `db` (the demo
    /// seed's areas).
    /// - Throws: `SQLiteError`.
    func record(_ action: String, entityType: String, entityID: String, summary: String,
                after: [String: String]? = nil, in db: Connection) throws {
        try audit.record(action, by: author, entityType: entityType, entityID: entityID, summary: summary, after: after, in: db)
    }

    /// Stores a card's translation (all-empty deletes it) with its translation revision and audit
    /// line by `author`; the card's version does not move.
    /// - Throws: `CatalogError.invalid`, `.notFound`, `SQLiteError`.
    public func saveTranslation(_ translation: ServiceTranslation, in db: Connection) throws {
        try translations.write(translation, by: author, in: db)
    }

    /// Inserts a card as version 1 with its first revision.
    /// - Throws: `CatalogError.invalid`, `SQLiteError`.
    public func insertService(_ draft: ServiceDraft, changeSummary: String, now: Date, uuid: UUID = UUID(),
                              in db: Connection) throws -> Service {
        let service = try services.insert(draft, author: author, changeSummary: changeSummary, now: now, uuid: uuid, in: db)
        try audit.record("service.create", by: author, entityType: "service", entityID: String(service.id),
                         summary: changeSummary, after: ["title": service.fields.title], in: db)
        return service
    }

    /// Saves a new version of card `id`, which the caller read at `expectedVersion`.
    /// - Throws: `CatalogError.notFound`, `.conflict(expectedVersion:)`, `.invalid`, `SQLiteError`.
    public func updateService(id: Int64, expectedVersion: Int, with draft: ServiceDraft, changeSummary: String,
                              now: Date, in db: Connection) throws -> Service {
        let service = try services.update(id: id, expectedVersion: expectedVersion, with: draft, author: author,
                                          changeSummary: changeSummary, now: now, in: db)
        try audit.record("service.update", by: author, entityType: "service", entityID: String(id),
                         summary: changeSummary, after: ["version": String(service.version)], in: db)
        return service
    }

    /// Inserts an organisation (slug made unique).
    /// - Throws: `CatalogError.invalid`, `SQLiteError`.
    public func insertOrganization(_ draft: OrganizationDraft, now: Date, uuid: UUID = UUID(),
                                   in db: Connection) throws -> Organization {
        let organization = try organizations.insert(draft, now: now, uuid: uuid, in: db)
        try audit.record("organization.create", by: author, entityType: "organization", entityID: String(organization.id),
                         summary: "Creato \(organization.fields.name)", in: db)
        return organization
    }

    /// Replaces the fields of organisation `id`.
    /// - Throws: `CatalogError.notFound`, `.invalid`, `SQLiteError`.
    public func updateOrganization(id: Int64, with draft: OrganizationDraft, now: Date,
                                   in db: Connection) throws -> Organization {
        let organization = try organizations.update(id: id, with: draft, now: now, in: db)
        try audit.record("organization.update", by: author, entityType: "organization", entityID: String(id),
                         summary: "Modificato \(organization.fields.name)", in: db)
        return organization
    }

    /// Creates an empty custom area (kind `altro`, no comuni: an administrator assigns them in the
    /// areas page) that an imported card serves, so the card keeps saying whom it serves.
    /// - Throws: `SQLiteError` (e.g. the code or slug is taken).
    public func insertPlaceholderArea(code: String, name: String, description: String, in db: Connection) throws -> Int64 {
        try db.run("INSERT INTO territory (kind, code, name, slug) VALUES ('area', ?, ?, ?)", code, name,
                   Slug.make(code, fallback: "area"))
        let id = db.lastInsertRowID
        try db.run("INSERT INTO area (id, area_kind, description) VALUES (?, 'altro', ?)", id, description)
        try audit.record("area.create", by: author, entityType: "area", entityID: String(id),
                         summary: "Creata \(name) (\(code)) senza comuni", in: db)
        return id
    }
}
