import CSQLite

/// A prepared statement (sqlite.org/c3ref/stmt.html). Owned by one `Connection` and used on
/// one thread at a time; finalized when released.
public final class Statement {
    /// The SQL text as prepared.
    public let sql: String
    let handle: OpaquePointer
    private let connection: OpaquePointer
    /// True while a caller iterates rows; the cache hands out a fresh statement meanwhile.
    var isBusy = false

    init(connection: OpaquePointer, sql: String) throws(SQLiteError) {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            sqlite3_finalize(stmt)
            throw SQLiteError(connection: connection, code: rc, sql: sql)
        }
        self.sql = sql
        self.handle = stmt
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// Number of `?` parameters.
    var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Column names of the result, in order.
    var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// Resets the statement and binds `arguments` to parameters 1…n.
    /// - Throws: `SQLiteError` SQLITE_RANGE when the count differs from `parameterCount`.
    public func bind(_ arguments: [any SQLBindable]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        guard arguments.count == parameterCount else {
            throw SQLiteError(code: SQLITE_RANGE,
                              message: "\(arguments.count) arguments for \(parameterCount) parameters", sql: sql)
        }
        for (offset, argument) in arguments.enumerated() {
            try bind(argument.sqlValue, at: Int32(offset + 1))
        }
    }

    private func bind(_ value: SQLValue, at index: Int32) throws(SQLiteError) {
        if value.byteCount > Int(Int32.max) {
            throw SQLiteError(code: SQLITE_TOOBIG, message: "value for parameter \(index) is too big", sql: sql)
        }
        let rc: Int32
        switch value {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .integer(let v): rc = sqlite3_bind_int64(handle, index, v)
        case .real(let v): rc = sqlite3_bind_double(handle, index, v)
        case .text(let v):
            var text = v
            rc = text.withUTF8 { buf in
                buf.withMemoryRebound(to: CChar.self) { chars in
                    guard let base = chars.baseAddress else {
                        return csqlite_bind_text_transient(handle, index, "", 0)
                    }
                    return csqlite_bind_text_transient(handle, index, base, Int32(chars.count))
                }
            }
        case .blob(let v):
            rc = v.withUnsafeBytes { buf in
                // A zero-length blob needs a non-NULL pointer, or SQLite binds NULL.
                buf.baseAddress.map { csqlite_bind_blob_transient(handle, index, $0, Int32(buf.count)) }
                    ?? sqlite3_bind_zeroblob(handle, index, 0)
            }
        }
        guard rc == SQLITE_OK else { throw SQLiteError(connection: connection, code: rc, sql: sql) }
    }

    /// Advances to the next row: `true` if a row is available, `false` when done.
    /// - Throws: `SQLiteError` for any failure (constraint, busy, …).
    public func step() throws(SQLiteError) -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = SQLiteError(connection: connection, code: sqlite3_extended_errcode(connection), sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Copies the current row out of the statement.
    func currentRow(columnNames names: [String]) -> Row {
        Row(columnNames: names, values: (0..<Int32(names.count)).map(columnValue))
    }

    /// The value of column `index` in the current row.
    public func columnValue(_ index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            guard let ptr = sqlite3_column_text(handle, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: ptr, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let ptr = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: ptr, count: count)))
        default: return .null
        }
    }

    /// Resets the statement so it can run again and releases bound values.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }
}
