import Foundation
import Storage

/// An operatore_ente's edit of their organisation waiting for an editor (`organization_proposal`).
/// At most one open proposal per organisation; closed ones are deleted (their outcome stays in
/// the audit log).
public struct OrganizationProposal: Sendable, Equatable {
    public var organizationID: Int64
    /// Who proposed it (nil when the account was deleted).
    public var authorUserID: Int64?
    /// Name or e-mail of the author at the time.
    public var author: String
    public var createdAt: Date
    /// The full proposed fields (`verified` and `isDemo` are the organisation's own).
    public var draft: OrganizationDraft
    /// Readable list of what changes.
    public var changeSummary: String

    init(organizationID: Int64, authorUserID: Int64?, author: String, createdAt: Date, draft: OrganizationDraft,
                changeSummary: String) {
        self.organizationID = organizationID
        self.authorUserID = authorUserID
        self.author = author
        self.createdAt = createdAt
        self.draft = draft
        self.changeSummary = changeSummary
    }

    /// The open proposal for organisation `id`, if any.
    /// - Throws: `SQLiteError`, `DecodingError` for a corrupt row.
    static func open(for id: Int64, in db: Connection) throws -> OrganizationProposal? {
        guard let row = try db.queryOne("""
            SELECT author_user_id, author, created_at, draft_json, change_summary FROM organization_proposal
            WHERE organization_id = ?
            """, id) else { return nil }
        let json: String = try row.get("draft_json")
        return OrganizationProposal(organizationID: id, authorUserID: try row.get("author_user_id"), author: try row.get("author"),
                                    createdAt: try row.get("created_at"),
                                    draft: try JSONDecoder().decode(OrganizationDraft.self, from: Data(json.utf8)),
                                    changeSummary: try row.get("change_summary"))
    }

    func save(in db: Connection) throws {
        let json = String(decoding: try JSONEncoder().encode(draft), as: UTF8.self)
        try db.run("""
            INSERT INTO organization_proposal (organization_id, author_user_id, author, created_at, draft_json, change_summary)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (organization_id) DO UPDATE SET author_user_id = excluded.author_user_id, author = excluded.author,
                created_at = excluded.created_at, draft_json = excluded.draft_json, change_summary = excluded.change_summary
            """, organizationID, authorUserID, author, createdAt, json, changeSummary)
    }

    static func delete(for id: Int64, in db: Connection) throws {
        try db.run("DELETE FROM organization_proposal WHERE organization_id = ?", id)
    }

    /// "Nome: «A» → «B»; Telefono: …" for the fields that differ.
    static func summary(from old: OrganizationDraft, to new: OrganizationDraft) -> String {
        let fields: [(String, String?, String?)] = [
            ("Nome", old.name, new.name), ("Indirizzo web", old.slug, new.slug.isEmpty ? old.slug : new.slug),
            ("Tipo", old.kindCode, new.kindCode), ("Descrizione", old.description, new.description),
            ("Codice fiscale", old.taxCode, new.taxCode), ("Partita IVA", old.vatNumber, new.vatNumber),
            ("Telefono", old.contacts.phone, new.contacts.phone), ("E-mail", old.contacts.email, new.contacts.email),
            ("PEC", old.pec, new.pec), ("Sito web", old.contacts.website, new.contacts.website),
            ("Indirizzo", old.address, new.address), ("CAP", old.postalCode, new.postalCode),
            ("Comune", old.comuneId.map(String.init), new.comuneId.map(String.init)),
            ("Verificato", old.verified ? "sì" : "no", new.verified ? "sì" : "no"), ("Fonte", old.source, new.source),
        ]
        let changed = fields.filter { ($0.1 ?? "") != ($0.2 ?? "") }
            .map { "\($0.0): «\($0.1 ?? "")» → «\($0.2 ?? "")»" }
        return changed.isEmpty ? "nessuna differenza" : changed.joined(separator: "; ")
    }
}
