import Storage

/// `ThrottleStore` over the `sign_in_throttle` table, so sign-in delays survive restarts and are shared
/// by every worker.
public struct SQLiteThrottleStore: ThrottleStore {
    private let database: DatabasePool

    public init(database: DatabasePool) { self.database = database }

    public func record(for key: String) throws -> ThrottleRecord {
        try database.read { db in try Self.load(key, db) }
    }

    public func save(_ record: ThrottleRecord, for key: String) throws {
        try database.write { db in try Self.upsert(record, for: key, db) }
    }

    /// Reads, updates and upserts inside one write transaction, so writers queue on the row.
    @discardableResult
    public func recordFailure(for key: String,
                              update: (ThrottleRecord) -> ThrottleRecord) throws -> ThrottleRecord {
        try database.write { db in
            let next = update(try Self.load(key, db))
            try Self.upsert(next, for: key, db)
            return next
        }
    }

    public func clear(_ key: String) throws {
        try database.write { db in try db.run("DELETE FROM sign_in_throttle WHERE key = ?", key) }
    }

    /// Reads the family's rows and deletes the expired ones in one write transaction, so a
    /// concurrent failure on one of them is never lost.
    @discardableResult
    public func deleteRecords(keyPrefix: String, where isExpired: (ThrottleRecord) -> Bool) throws -> Int {
        try database.write { db in
            let rows = try db.query("""
                SELECT key, failures, first_failure_at, last_failure_at, locked_until FROM sign_in_throttle
                WHERE substr(key, 1, length(?)) = ?
                """, keyPrefix, keyPrefix)
            var deleted = 0
            for row in rows where isExpired(try Self.record(row)) {
                try db.run("DELETE FROM sign_in_throttle WHERE key = ?", try row.get("key") as String)
                deleted += 1
            }
            return deleted
        }
    }

    private static func load(_ key: String, _ db: Connection) throws -> ThrottleRecord {
        guard let row = try db.queryOne(
            "SELECT failures, first_failure_at, last_failure_at, locked_until FROM sign_in_throttle WHERE key = ?", key)
        else { return ThrottleRecord() }
        return try record(row)
    }

    private static func record(_ row: Row) throws -> ThrottleRecord {
        ThrottleRecord(failures: try row.get("failures"), windowStart: try row.get("first_failure_at"),
                       lastFailureAt: try row.get("last_failure_at"), lockedUntil: try row.get("locked_until"))
    }

    private static func upsert(_ record: ThrottleRecord, for key: String, _ db: Connection) throws {
        try db.run("""
            INSERT INTO sign_in_throttle (key, failures, first_failure_at, last_failure_at, locked_until)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, first_failure_at = excluded.first_failure_at,
                last_failure_at = excluded.last_failure_at, locked_until = excluded.locked_until
            """, key, record.failures, record.windowStart, record.lastFailureAt, record.lockedUntil)
    }
}
