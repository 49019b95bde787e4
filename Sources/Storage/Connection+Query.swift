import CSQLite

extension Connection {
    /// Runs a statement that returns no rows (INSERT, UPDATE, DELETE, DDL).
    /// - Throws: `SQLiteError` (constraint failures, busy, bad SQL, wrong argument count).
    public func run(_ sql: String, _ arguments: any SQLBindable...) throws(SQLiteError) {
        try run(sql, arguments: arguments)
    }

    /// Runs a statement that returns no rows, with an argument array.
    public func run(_ sql: String, arguments: [any SQLBindable]) throws(SQLiteError) {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        while try statement.step() {}
    }

    /// All rows of a query, copied out.
    /// - Throws: `SQLiteError`.
    public func query(_ sql: String, _ arguments: any SQLBindable...) throws(SQLiteError) -> [Row] {
        try query(sql, arguments: arguments)
    }

    /// All rows of a query, with an argument array.
    public func query(_ sql: String, arguments: [any SQLBindable]) throws(SQLiteError) -> [Row] {
        try collectRows(sql, arguments: arguments, limit: Int.max)
    }

    /// The first row of a query, or `nil` when there is none.
    public func queryOne(_ sql: String, _ arguments: any SQLBindable...) throws(SQLiteError) -> Row? {
        try collectRows(sql, arguments: arguments, limit: 1).first
    }

    /// The first column of the first row as `T`, or `nil` when there is no row.
    /// - Throws: `SQLiteError` (SQLITE_MISMATCH when the value is not a `T`).
    public func scalar<T: SQLDecodable>(_ sql: String, _ arguments: any SQLBindable..., as type: T.Type = T.self)
        throws -> T? {
        guard let row = try collectRows(sql, arguments: arguments, limit: 1).first else { return nil }
        return try row.get(0, as: T.self)
    }

    private func collectRows(_ sql: String, arguments: [any SQLBindable], limit: Int) throws(SQLiteError) -> [Row] {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        let names = statement.columnNames
        var rows: [Row] = []
        while rows.count < limit, try statement.step() {
            rows.append(statement.currentRow(columnNames: names))
        }
        return rows
    }

    /// Calls `body` for each row as it is produced, without keeping them all.
    /// - Throws: `SQLiteError`, or whatever `body` throws (the statement is reset either way).
    public func forEachRow<E: Error>(_ sql: String, arguments: [any SQLBindable],
                                     _ body: (Row) throws(E) -> Void) throws -> Void {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        statement.isBusy = true
        defer {
            statement.isBusy = false
            statement.reset()
        }
        let names = statement.columnNames
        while try statement.step() {
            try body(statement.currentRow(columnNames: names))
        }
    }
}
