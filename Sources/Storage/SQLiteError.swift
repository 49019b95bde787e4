import CSQLite

/// An error reported by SQLite.
///
/// Carries the extended result code, its symbolic name, SQLite's message and the SQL text
/// that failed. Bound arguments are never included: they may be personal data.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Extended result code (sqlite.org/rescode.html), e.g. 2067 for SQLITE_CONSTRAINT_UNIQUE.
    public var code: Int32
    /// SQLite's message, e.g. "UNIQUE constraint failed: service.slug".
    public var message: String
    /// The statement that failed, or a description of the operation (e.g. "open /path").
    public var sql: String?

    /// Memberwise initialiser.
    init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// Builds an error from the connection's current error state.
    init(connection: OpaquePointer?, code: Int32, sql: String?) {
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(code: code, message: message, sql: sql)
    }

    /// The primary result code (the low 8 bits), e.g. 19 for any SQLITE_CONSTRAINT_*.
    public var primaryCode: Int32 { code & 0xFF }

    /// Symbolic name of the code, e.g. "SQLITE_CONSTRAINT_UNIQUE".
    var codeName: String { SQLiteError.name(of: code) }

    /// Whether the database was busy or locked (worth retrying).
    var isBusy: Bool { primaryCode == SQLITE_BUSY || primaryCode == SQLITE_LOCKED }

    /// Whether the write was refused because the connection or file is read-only
    /// (SQLITE_READONLY and its extended codes; `DatabasePool.write` on a read-only pool).
    public var isReadOnlyRefusal: Bool { primaryCode == SQLITE_READONLY }

    /// Whether a constraint (UNIQUE, CHECK, FOREIGN KEY, NOT NULL…) failed.
    var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }

    /// "SQLITE_CONSTRAINT_UNIQUE (2067): UNIQUE constraint failed: t.x — SQL: INSERT …"
    public var description: String {
        var text = "\(codeName) (\(code)): \(message)"
        if let sql { text += " — SQL: \(sql)" }
        return text
    }
}
