/// What a seeding step did.
public struct SeedReport: Sendable, Equatable {
    /// Rows inserted, updated or deleted (0 when the data was already there).
    public var changedRows: Int
    /// Human-readable counts of what was added, e.g. `["comuni": 1180]`, in insertion order.
    public var added: [(String, Int)]

    /// Memberwise initialiser.
    init(changedRows: Int = 0, added: [(String, Int)] = []) {
        self.changedRows = changedRows
        self.added = added
    }

    /// Equal when both counts and additions match.
    public static func == (lhs: SeedReport, rhs: SeedReport) -> Bool {
        lhs.changedRows == rhs.changedRows && lhs.added.map(\.0) == rhs.added.map(\.0) && lhs.added.map(\.1) == rhs.added.map(\.1)
    }

    /// The number recorded for `name`, or 0.
    func count(of name: String) -> Int {
        added.first { $0.0 == name }?.1 ?? 0
    }
}
