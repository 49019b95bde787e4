/// A value as SQLite stores it (sqlite.org/datatype3.html): NULL, INTEGER, REAL, TEXT or BLOB.
public enum SQLValue: Sendable, Equatable, Hashable {
    /// SQL NULL.
    case null
    /// 64-bit signed integer.
    case integer(Int64)
    /// 64-bit IEEE float.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes.
    case blob([UInt8])

    /// Whether this is NULL.
    var isNull: Bool { self == .null }
}

/// A Swift value that can be bound to a statement parameter.
public protocol SQLBindable: Sendable {
    /// The value to bind.
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLBindable {
    /// Itself.
    public var sqlValue: SQLValue { self }
}

extension Int: SQLBindable {
    /// INTEGER.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Int64: SQLBindable {
    /// INTEGER.
    public var sqlValue: SQLValue { .integer(self) }
}

extension Int32: SQLBindable {
    /// INTEGER.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Double: SQLBindable {
    /// REAL.
    public var sqlValue: SQLValue { .real(self) }
}

extension String: SQLBindable {
    /// TEXT (UTF-8).
    public var sqlValue: SQLValue { .text(self) }
}

extension Substring: SQLBindable {
    /// TEXT (UTF-8).
    public var sqlValue: SQLValue { .text(String(self)) }
}

extension Bool: SQLBindable {
    /// INTEGER 1 or 0.
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
}

extension Array: SQLBindable where Element == UInt8 {
    /// BLOB.
    public var sqlValue: SQLValue { .blob(self) }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    /// The wrapped value, or NULL.
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}
