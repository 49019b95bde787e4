import CSQLite

/// One SQLite connection with a prepared-statement cache.
///
/// Not thread-safe: use it from one thread at a time (the `DatabasePool` guarantees this for
/// its connections). Opened in multi-thread mode (`SQLITE_OPEN_NOMUTEX`) with extended result
/// codes, `foreign_keys=ON` and a busy timeout.
// @unchecked Sendable: no lock of its own; the handle and the statement cache are only touched by
// whoever holds `DatabasePool.writerLock` (the writer) or a `ReaderPool` checkout (`condition`).
public final class Connection: @unchecked Sendable {
    /// The database file path.
    public let path: String
    let handle: OpaquePointer
    private var cache: [String: Statement] = [:]
    private let cacheLimit: Int

    /// Opens (and creates if needed) the database at `path`.
    /// - Parameters:
    ///   - busyTimeoutMilliseconds: how long a statement waits for a lock before SQLITE_BUSY.
    ///   - statementCacheLimit: prepared statements kept; beyond it the cache is emptied.
    /// - Throws: `SQLiteError` if the file cannot be opened or configured.
    public init(path: String, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 5_000,
                statementCacheLimit: Int = 256) throws(SQLiteError) {
        var db: OpaquePointer?
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let error = SQLiteError(connection: db, code: rc, sql: "open \(path)")
            sqlite3_close_v2(db)
            throw error
        }
        self.path = path
        self.handle = db
        self.cacheLimit = statementCacheLimit
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more SQL statements without arguments (schema scripts, pragmas).
    /// - Throws: `SQLiteError` with `sql` set to the script (or its first 500 characters).
    func execute(_ sql: String) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        defer { sqlite3_free(errorMessage) }
        guard rc == SQLITE_OK else {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(rc))
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: message, sql: String(sql.prefix(500)))
        }
    }

    /// A cached prepared statement for `sql` (a fresh one while the cached one is iterating).
    /// - Throws: `SQLiteError` if the SQL does not compile.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        if let cached = cache[sql], !cached.isBusy { return cached }
        let statement = try Statement(connection: handle, sql: sql)
        if cache[sql] == nil {
            if cache.count >= cacheLimit { cache.removeAll() }
            cache[sql] = statement
        }
        return statement
    }

    /// Number of prepared statements currently cached.
    var cachedStatementCount: Int { cache.count }

    /// Rows changed by the most recent INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Rows inserted, updated or deleted since the connection opened (seeds use it to report
    /// whether a re-run changed anything).
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// Rowid of the most recent successful INSERT.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Whether a transaction is open (not in autocommit mode).
    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}
