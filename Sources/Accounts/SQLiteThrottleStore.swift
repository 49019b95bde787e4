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

    private static func load(_ key: String, _ db: Connection) throws -> ThrottleRecord {
        guard let row = try db.queryOne(
            "SELECT failures, first_failure_at, last_failure_at, locked_until FROM sign_in_throttle WHERE key = ?", key)
        else { return ThrottleRecord() }
        return ThrottleRecord(failures: try row.get("failures"), windowStart: try row.get("first_failure_at"),
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
