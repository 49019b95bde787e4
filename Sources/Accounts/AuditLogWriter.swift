import Foundation
import Storage

/// Appends to `audit_log` inside the caller's write transaction, so a change and its audit line
/// commit or roll back together. Never given passwords, tokens or session ids.
public struct AuditLogWriter: Sendable {
    private let clock: any AuthClock

    public init(clock: any AuthClock) { self.clock = clock }

    /// Records that `actor` did `action` to `entityType`/`entityID`.
    /// - Parameters:
    ///   - before, after: small JSON objects (or nil) summarising the state.
    /// - Throws: `SQLiteError`.
    public func record(_ action: String, by actor: Author, entityType: String, entityID: String,
                       summary: String = "", before: [String: String]? = nil, after: [String: String]? = nil,
                       in db: Connection) throws {
        try db.run("""
            INSERT INTO audit_log (at, user_id, actor, action, entity_type, entity_id, summary, before_json, after_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, clock.nowSeconds(), actor.userId, actor.name, action, entityType, entityID,
            String(summary.prefix(2_000)), before.map(Self.json), after.map(Self.json))
    }

    /// A flat JSON object with sorted keys.
    static func json(_ object: [String: String]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Reads the audit log for the admin screen, newest first.
public struct AuditLogRepository: Sendable {
    private let database: DatabasePool

    public init(database: DatabasePool) { self.database = database }

    /// One page of entries, optionally only those about `entityType` (and `entityID`).
    public func page(limit: Int, offset: Int, entityType: String? = nil, entityID: String? = nil) throws -> [AuditEntry] {
        try database.read { db in
            try db.query("""
                SELECT id, at, user_id, actor, action, entity_type, entity_id, summary, before_json, after_json
                FROM audit_log
                WHERE (?1 IS NULL OR entity_type = ?1) AND (?2 IS NULL OR entity_id = ?2)
                ORDER BY id DESC LIMIT ?3 OFFSET ?4
                """, entityType, entityID, max(1, min(limit, 500)), max(0, offset)).map(Self.entry)
        }
    }

    /// How many entries match.
    public func count(entityType: String? = nil) throws -> Int {
        try database.read { db in
            try db.scalar("SELECT count(*) FROM audit_log WHERE (?1 IS NULL OR entity_type = ?1)", entityType, as: Int.self) ?? 0
        }
    }

    static func entry(_ row: Row) throws -> AuditEntry {
        AuditEntry(id: try row.get("id"), at: try row.get("at"), userId: try row.get("user_id"),
                   actor: try row.get("actor"), action: try row.get("action"), entityType: try row.get("entity_type"),
                   entityId: try row.get("entity_id"), summary: try row.get("summary"),
                   beforeJSON: try row.get("before_json"), afterJSON: try row.get("after_json"))
    }
}
