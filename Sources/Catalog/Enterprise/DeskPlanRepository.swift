import Foundation
import Storage
import Crypto
import Accounts

/// Saved desk plans (`desk_plan`, `desk_plan_item`). The link's token is random (192 bits) and
/// only its SHA-256 is stored, so the database alone cannot rebuild a link. Expired plans are
/// deleted by `purgeExpired`, which every read and save runs first.
public struct DeskPlanRepository: Sendable {
    private let database: DatabasePool
    private let clock: any AuthClock
    private let random: any RandomSource
    private let audit: AuditLogWriter

    public init(database: DatabasePool, clock: any AuthClock, random: any RandomSource) {
        self.database = database
        self.clock = clock
        self.random = random
        audit = AuditLogWriter(clock: clock)
    }

    /// Saves a plan for `lifetimeDays` and returns its id and the token for its link, when `user`
    /// may build desk plans (asked inside the write transaction).
    /// - Throws: `AuthError.forbidden`, `CatalogError.invalid` for an empty plan, a name or note too long.
    public func save(citizenName: String, items: [DeskPlanItem], lifetimeDays: Int, by user: Operator) throws -> (id: Int64, token: String) {
        var errors: [FieldError] = []
        if items.isEmpty { errors.append(FieldError(field: "services", message: "Il piano è vuoto: aggiungi almeno un servizio")) }
        if citizenName.count > 120 { errors.append(FieldError(field: "citizen_name", message: "Il nome può avere al massimo 120 caratteri")) }
        for item in items where item.note.count > 1_000 {
            errors.append(FieldError(field: "nota_\(item.serviceID)", message: "Ogni nota può avere al massimo 1000 caratteri"))
        }
        guard errors.isEmpty else { throw CatalogError.invalid(errors) }
        let token = AuthEncoding.base64URL(try random.bytes(count: 24))
        let now = clock.nowSeconds(), expires = now + Int64(max(1, lifetimeDays)) * 86_400
        let id = try database.write { db in
            guard AccessPolicy.allows(user, .buildDeskPlans) else { throw AuthError.forbidden }
            try Self.purge(db, now: now)
            try db.run("INSERT INTO desk_plan (token_hash, created_by, citizen_name, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                       SHA256.hexDigest(token), user.id, citizenName, now, expires)
            let id = db.lastInsertRowID
            for (index, item) in items.enumerated() {
                try db.run("""
                    INSERT OR IGNORE INTO desk_plan_item (plan_id, service_id, sort_order, note)
                    SELECT ?, id, ?, ? FROM service WHERE id = ?
                    """, id, index, item.note, item.serviceID)
            }
            try audit.record("desk_plan.create", by: Author(user), entityType: "desk_plan",
                             entityID: String(id), summary: "Piano per il cittadino con \(items.count) servizi, scade tra \(lifetimeDays) giorni",
                             in: db)
            return id
        }
        return (id, token)
    }

    /// The live plan behind a link's token, or nil (unknown or expired). Expired plans are purged
    /// on the way, except on a read-only pool (a replica node), which only reads: the purge is
    /// bookkeeping, and the expiry test hides an expired plan either way.
    public func plan(token: String) throws -> DeskPlan? {
        guard token.utf8.count <= 64 else { return nil }
        let now = clock.nowSeconds()
        let live = { (db: Connection) throws -> DeskPlan? in
            guard let row = try db.queryOne("SELECT id FROM desk_plan WHERE token_hash = ? AND expires_at > ?",
                                            SHA256.hexDigest(token), now) else { return nil }
            return try Self.load(try row.get("id"), db)
        }
        if database.isReadOnly { return try database.read(live) }
        return try database.write { db in
            try Self.purge(db, now: now)
            return try live(db)
        }
    }

    /// The live plans `user` saved, newest first.
    public func plans(savedBy user: Operator) throws -> [DeskPlan] {
        let now = clock.nowSeconds()
        return try database.write { db in
            try Self.purge(db, now: now)
            return try db.query("SELECT id FROM desk_plan WHERE created_by = ? ORDER BY created_at DESC, id DESC LIMIT 100", user.id)
                .compactMap { try Self.load(try $0.get("id"), db) }
        }
    }

    /// Deletes a plan its author (or an admin) no longer needs. Throws `CatalogError.notFound`.
    public func delete(id: Int64, by user: Operator) throws {
        try database.write { db in
            guard let owner = try db.queryOne("SELECT created_by FROM desk_plan WHERE id = ?", id) else { throw CatalogError.notFound }
            let author: Int64? = try owner.get("created_by")
            guard AccessPolicy.allows(user, .deleteDeskPlan(createdByUserID: author)) else { throw CatalogError.notFound }
            try db.run("DELETE FROM desk_plan WHERE id = ?", id)
            try audit.record("desk_plan.delete", by: Author(user), entityType: "desk_plan",
                             entityID: String(id), summary: "Piano per il cittadino eliminato", in: db)
        }
    }

    /// Deletes every expired plan (their items go with them); returns how many.
    @discardableResult
    func purgeExpired() throws -> Int {
        let now = clock.nowSeconds()
        return try database.write { db in try Self.purge(db, now: now) }
    }

    @discardableResult
    static func purge(_ db: Connection, now: Int64) throws -> Int {
        try db.run("DELETE FROM desk_plan WHERE expires_at <= ?", now)
        return db.changes
    }

    static func load(_ id: Int64, _ db: Connection) throws -> DeskPlan? {
        guard let row = try db.queryOne("SELECT citizen_name, created_at, expires_at FROM desk_plan WHERE id = ?", id) else { return nil }
        let items = try db.query("SELECT service_id, note FROM desk_plan_item WHERE plan_id = ? ORDER BY sort_order", id)
            .map { DeskPlanItem(serviceID: try $0.get("service_id"), note: try $0.get("note")) }
        return DeskPlan(id: id, citizenName: try row.get("citizen_name"), createdAt: try row.get("created_at"),
                        expiresAt: try row.get("expires_at"), items: items)
    }
}
