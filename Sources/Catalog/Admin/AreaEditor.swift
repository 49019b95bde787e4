import Foundation
import Storage
import Accounts

/// A custom area (a named set of comuni: social-care district, valley, unione montana…) as the
/// admin form provides it.
public struct AreaDraft: Sendable, Equatable {
    public var name: String
    public var kind: AreaKind
    public var description: String
    public var comuneIDs: [Int64]

    public init(name: String, kind: AreaKind, description: String = "", comuneIDs: [Int64] = []) {
        self.name = name
        self.kind = kind
        self.description = description
        self.comuneIDs = comuneIDs
    }

    /// Problems with the draft, with the form's field ids.
    func problems() -> [FieldError] {
        var errors: [FieldError] = []
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { errors.append(FieldError(field: "name", message: "Inserisci il nome dell'area")) }
        if trimmed.count > 120 { errors.append(FieldError(field: "name", message: "Il nome può avere al massimo 120 caratteri")) }
        if comuneIDs.isEmpty { errors.append(FieldError(field: "comuni", message: "Indica almeno un comune dell'area")) }
        return errors
    }
}

/// Creates and edits custom areas (admins only), with the audit line in the same transaction.
public struct AreaEditor: Sendable {
    let database: DatabasePool
    let audit: AuditLogWriter
    /// Runs after each save commits (the wiring's search index catch-up).
    let afterCommit: AfterCommitHook

    public init(database: DatabasePool, clock: any AuthClock, afterCommit: @escaping AfterCommitHook = {}) {
        self.database = database
        self.audit = AuditLogWriter(clock: clock)
        self.afterCommit = afterCommit
    }

    /// Checks the draft and that every comune id is a comune (`comuni` field error otherwise,
    /// nothing written) before writing.
    /// - Throws: `AuthError.forbidden`, `CatalogError.invalid`, `.notFound`, `SQLiteError`.
    public func save(_ draft: AreaDraft, id: Int64?, by user: Operator) throws -> Int64 {
        guard AccessPolicy.allows(user, .manageAreas) else { throw AuthError.forbidden }
        let problems = draft.problems()
        guard problems.isEmpty else { throw CatalogError.invalid(problems) }
        let name = draft.name.trimmingCharacters(in: .whitespacesAndNewlines)
        return try database.write(then: afterCommit) { db in
            if let id, try db.queryOne("SELECT 1 FROM area WHERE id = ?", id) == nil { throw CatalogError.notFound }
            if let problem = try unknownComuni(draft.comuneIDs, in: db) { throw CatalogError.invalid([problem]) }
            let areaID: Int64
            if let id {
                try db.run("UPDATE territory SET name = ? WHERE id = ?", name, id)
                try db.run("UPDATE area SET area_kind = ?, description = ? WHERE id = ?", draft.kind.rawValue, draft.description, id)
                areaID = id
            } else {
                let slug = try uniqueSlug(Slug.make(name, fallback: "area"), in: db)
                try db.run("INSERT INTO territory (kind, code, name, slug) VALUES ('area', ?, ?, ?)", slug, name, slug)
                areaID = db.lastInsertRowID
                try db.run("INSERT INTO area (id, area_kind, description) VALUES (?, ?, ?)", areaID, draft.kind.rawValue, draft.description)
            }
            try db.run("DELETE FROM area_comune WHERE area_id = ?", areaID)
            for comune in Set(draft.comuneIDs).sorted() {
                try db.run("INSERT INTO area_comune (area_id, comune_id) VALUES (?, ?)", areaID, comune)
            }
            try audit.record(id == nil ? "area.create" : "area.update", by: Author(user),
                             entityType: "area", entityID: String(areaID),
                             summary: "Area «\(name)»: \(Set(draft.comuneIDs).count) comuni", in: db)
            return areaID
        }
    }

    /// The stored area for the edit form.
    public func load(id: Int64) throws -> AreaDraft {
        try database.read { db in
            guard let row = try db.queryOne("""
                SELECT t.name, a.area_kind, a.description FROM area a JOIN territory t ON t.id = a.id WHERE a.id = ?
                """, id) else { throw CatalogError.notFound }
            let comuni: [Int64] = try db.query("SELECT comune_id FROM area_comune WHERE area_id = ? ORDER BY comune_id", id).map { try $0.get(0) }
            return AreaDraft(name: try row.get("name"), kind: AreaKind(rawValue: try row.get("area_kind")) ?? .other,
                             description: try row.get("description"), comuneIDs: comuni)
        }
    }

    /// A `comuni` field error naming the ids that are not comuni (by their territory name when
    /// they are another kind of territory), or nil when all are.
    private func unknownComuni(_ ids: [Int64], in db: Connection) throws -> FieldError? {
        var names: [String] = []
        for id in Set(ids).sorted() where try db.queryOne("SELECT 1 FROM comune WHERE id = ?", id) == nil {
            let name: String? = try db.scalar("SELECT name FROM territory WHERE id = ?", id)
            names.append(name.map { "«\($0)»" } ?? "n. \(id)")
        }
        guard !names.isEmpty else { return nil }
        let label = names.count == 1 ? "Comune sconosciuto" : "Comuni sconosciuti"
        return FieldError(field: "comuni", message: "\(label): \(names.joined(separator: ", "))")
    }

    private func uniqueSlug(_ base: String, in db: Connection) throws -> String {
        var candidate = base, suffix = 1
        while try db.queryOne("SELECT 1 FROM territory WHERE kind = 'area' AND (slug = ? OR code = ?)", candidate, candidate) != nil {
            suffix += 1
            candidate = "\(base)-\(suffix)"
        }
        return candidate
    }
}
