import Storage

// Calendar days are stored as TEXT 'YYYY-MM-DD' (Migrations/0001_initial.sql).

extension CalendarDay: SQLBindable {
    /// TEXT 'YYYY-MM-DD'.
    public var sqlValue: SQLValue { .text(iso) }
}

extension CalendarDay: SQLDecodable {
    /// TEXT 'YYYY-MM-DD'.
    public static func decode(_ value: SQLValue) -> CalendarDay? {
        if case .text(let v) = value { return CalendarDay(iso: v) }
        return nil
    }
}
