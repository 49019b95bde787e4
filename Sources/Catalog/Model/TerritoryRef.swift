/// A reference to any territory (region, province, area or comune): enough to show and link it.
public struct TerritoryRef: Sendable, Equatable, Hashable, Identifiable {
    /// Row id in the `territory` table (shared with the kind-specific table).
    public var id: Int64
    /// What kind of territory this is.
    public var kind: TerritoryKind
    /// ISTAT code for region and comuni, the two-letter sigla for provinces, a code for areas.
    public var code: String
    /// Italian name, e.g. `"Mondovì"`.
    public var name: String
    /// URL slug, unique within its kind, e.g. `"mondovi"`.
    public var slug: String

    /// Memberwise initialiser.
    public init(id: Int64, kind: TerritoryKind, code: String, name: String, slug: String) {
        self.id = id
        self.kind = kind
        self.code = code
        self.name = name
        self.slug = slug
    }
}
