import Foundation

/// A Swift type that can be read from a result column.
public protocol SQLDecodable {
    /// Converts a column value; `nil` when the value has the wrong type or range.
    static func decode(_ value: SQLValue) -> Self?
}

extension SQLValue: SQLDecodable {
    /// Any value.
    public static func decode(_ value: SQLValue) -> SQLValue? { value }
}

extension Int64: SQLDecodable {
    /// INTEGER only.
    public static func decode(_ value: SQLValue) -> Int64? {
        if case .integer(let v) = value { return v }
        return nil
    }
}

extension Int: SQLDecodable {
    /// INTEGER only.
    public static func decode(_ value: SQLValue) -> Int? {
        if case .integer(let v) = value { return Int(exactly: v) }
        return nil
    }
}

extension Double: SQLDecodable {
    /// REAL, or INTEGER converted.
    public static func decode(_ value: SQLValue) -> Double? {
        switch value {
        case .real(let v): v
        case .integer(let v): Double(v)
        default: nil
        }
    }
}

extension String: SQLDecodable {
    /// TEXT only.
    public static func decode(_ value: SQLValue) -> String? {
        if case .text(let v) = value { return v }
        return nil
    }
}

extension Bool: SQLDecodable {
    /// INTEGER: 0 is false, anything else true.
    public static func decode(_ value: SQLValue) -> Bool? {
        if case .integer(let v) = value { return v != 0 }
        return nil
    }
}

extension Array: SQLDecodable where Element == UInt8 {
    /// BLOB, or TEXT as its UTF-8 bytes.
    public static func decode(_ value: SQLValue) -> [UInt8]? {
        switch value {
        case .blob(let v): v
        case .text(let v): Array(v.utf8)
        default: nil
        }
    }
}

extension Date: SQLDecodable {
    /// INTEGER unix seconds.
    public static func decode(_ value: SQLValue) -> Date? {
        if case .integer(let v) = value { return Date(timeIntervalSince1970: TimeInterval(v)) }
        return nil
    }
}

extension UUID: SQLDecodable {
    /// TEXT in the canonical 8-4-4-4-12 form.
    public static func decode(_ value: SQLValue) -> UUID? {
        if case .text(let v) = value { return UUID(uuidString: v) }
        return nil
    }
}

extension Optional: SQLDecodable where Wrapped: SQLDecodable {
    /// NULL becomes `nil`; anything else must decode as `Wrapped`.
    public static func decode(_ value: SQLValue) -> Wrapped?? {
        if value == .null { return .some(nil) }
        return Wrapped.decode(value).map { .some($0) }
    }
}
