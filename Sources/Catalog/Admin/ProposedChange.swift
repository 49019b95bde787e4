import Foundation
import Storage

/// An edit to a published card by someone who may not publish it, waiting for review. The
/// published card stays live and unchanged until a redattore publishes or rejects the proposal
/// (`CardEditor.publishProposal` / `rejectProposal`). At most one open proposal per card.
public struct ProposedChange: Sendable, Equatable {
    /// The card it would change.
    public var serviceID: Int64
    /// The card version the proposal started from; publishing needs the card still at it.
    public var baseVersion: Int
    /// Who proposed it (nil when the account was deleted).
    public var authorUserID: Int64?
    /// Name or e-mail of the author at the time.
    public var author: String
    /// When it was saved.
    public var createdAt: Date
    /// The full proposed content (status, archive reason and verification are the card's own).
    public var draft: ServiceDraft
    /// Readable summary of the changes against the base version.
    public var changeSummary: String

    /// Memberwise initialiser.
    init(serviceID: Int64, baseVersion: Int, authorUserID: Int64?, author: String, createdAt: Date,
                draft: ServiceDraft, changeSummary: String) {
        self.serviceID = serviceID
        self.baseVersion = baseVersion
        self.authorUserID = authorUserID
        self.author = author
        self.createdAt = createdAt
        self.draft = draft
        self.changeSummary = changeSummary
    }

    /// The open proposal for card `serviceID`, if any.
    /// - Throws: `SQLiteError`, `DecodingError` for a corrupt snapshot.
    static func open(for serviceID: Int64, in db: Connection) throws -> ProposedChange? {
        guard let row = try db.queryOne("""
            SELECT base_version, author_user_id, author, created_at, snapshot_json, change_summary
            FROM proposed_change WHERE service_id = ?
            """, serviceID) else { return nil }
        let json: String = try row.get("snapshot_json")
        return ProposedChange(serviceID: serviceID, baseVersion: try row.get("base_version"),
                              authorUserID: try row.get("author_user_id"), author: try row.get("author"),
                              createdAt: try row.get("created_at"), draft: try RevisionSnapshot.decode(json).fields,
                              changeSummary: try row.get("change_summary"))
    }

    /// Stores this proposal, replacing the card's open one.
    /// - Throws: `SQLiteError`.
    func save(on card: Service, in db: Connection) throws {
        var snapshot = RevisionSnapshot(service: card)
        snapshot.version = baseVersion
        snapshot.fields = draft
        try db.run("""
            INSERT INTO proposed_change (service_id, base_version, author_user_id, author, created_at, snapshot_json, change_summary)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (service_id) DO UPDATE SET base_version = excluded.base_version,
                author_user_id = excluded.author_user_id, author = excluded.author, created_at = excluded.created_at,
                snapshot_json = excluded.snapshot_json, change_summary = excluded.change_summary
            """, serviceID, Int64(baseVersion), authorUserID, author, createdAt, try snapshot.json(), changeSummary)
    }

    /// Closes the card's open proposal.
    /// - Throws: `SQLiteError`.
    static func delete(for serviceID: Int64, in db: Connection) throws {
        try db.run("DELETE FROM proposed_change WHERE service_id = ?", serviceID)
    }
}
