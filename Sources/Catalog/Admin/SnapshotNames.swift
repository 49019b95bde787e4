/// Human names for ids and codes in a card snapshot (organisation and territory names,
/// taxonomy labels). Anything missing is shown as its raw id or code.
public struct SnapshotNames: Sendable {
    public var organizations: [Int64: String]
    public var territories: [Int64: String]
    /// Taxonomy labels by code (all taxonomies share one map; codes are distinct enough to read).
    public var codes: [String: String]

    public init(organizations: [Int64: String] = [:], territories: [Int64: String] = [:], codes: [String: String] = [:]) {
        self.organizations = organizations
        self.territories = territories
        self.codes = codes
    }

    func organization(_ id: Int64) -> String { organizations[id] ?? "#\(id)" }
    func territory(_ id: Int64) -> String { territories[id] ?? "#\(id)" }
    func code(_ code: String) -> String { codes[code] ?? code }
    func codes(_ list: [String]) -> String { list.map { self.code($0) }.joined(separator: ", ") }
}
