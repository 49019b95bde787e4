import Foundation

// Storage conventions (see Migrations/0001_initial.sql): instants are INTEGER unix seconds
// (UTC, fractions dropped), UUIDs lowercase TEXT, calendar days TEXT 'YYYY-MM-DD'
// (`CalendarDay+SQL.swift` in Catalog).

extension Date: SQLBindable {
    /// INTEGER unix seconds, rounded down.
    public var sqlValue: SQLValue { .integer(Int64(timeIntervalSince1970.rounded(.down))) }
}

extension UUID: SQLBindable {
    /// Lowercase TEXT, e.g. "0f8fad5b-d9cb-469f-a165-70867728950e".
    public var sqlValue: SQLValue { .text(uuidString.lowercased()) }
}
