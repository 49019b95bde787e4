import CSQLite

/// One result row, copied out of the statement: safe to keep after the statement moves on.
public struct Row: Sendable, Equatable {
    /// Column names, in result order.
    let columnNames: [String]
    /// Column values, in result order.
    public let values: [SQLValue]

    /// Memberwise initialiser.
    public init(columnNames: [String], values: [SQLValue]) {
        self.columnNames = columnNames
        self.values = values
    }

    /// Number of columns.
    public var count: Int { values.count }

    /// The raw value at `index`, or NULL when out of range.
    public subscript(index: Int) -> SQLValue {
        values.indices.contains(index) ? values[index] : .null
    }

    /// The raw value of the first column named `name`, or NULL when there is none.
    public subscript(name: String) -> SQLValue {
        columnNames.firstIndex(of: name).map { values[$0] } ?? .null
    }

    /// Reads column `index` as `T`.
    /// - Throws: `SQLiteError` SQLITE_RANGE for a bad index, SQLITE_MISMATCH for a wrong type
    ///   (use an Optional `T` for nullable columns).
    public func get<T: SQLDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
        guard values.indices.contains(index) else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no column at index \(index)")
        }
        return try decode(values[index], column: columnNames[index])
    }

    /// Reads the column named `name` as `T`.
    /// - Throws: `SQLiteError` SQLITE_RANGE for an unknown name, SQLITE_MISMATCH for a wrong type.
    public func get<T: SQLDecodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let index = columnNames.firstIndex(of: name) else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no column named '\(name)'")
        }
        return try decode(values[index], column: name)
    }

    private func decode<T: SQLDecodable>(_ value: SQLValue, column: String) throws -> T {
        guard let decoded = T.decode(value) else {
            throw SQLiteError(code: SQLITE_MISMATCH,
                              message: "column '\(column)' holds \(value.typeName), not \(T.self)")
        }
        return decoded
    }
}

extension SQLValue {
    /// Size in bytes of a TEXT or BLOB value (0 for the others).
    var byteCount: Int {
        switch self {
        case .text(let v): v.utf8.count
        case .blob(let v): v.count
        default: 0
        }
    }

    /// SQLite's storage class name, for messages.
    var typeName: String {
        switch self {
        case .null: "NULL"
        case .integer: "INTEGER"
        case .real: "REAL"
        case .text: "TEXT"
        case .blob: "BLOB"
        }
    }
}
