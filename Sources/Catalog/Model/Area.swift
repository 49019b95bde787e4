/// A custom area: a named set of comuni (a social-care district, a valley…).
/// A comune may belong to several areas.
public struct Area: Sendable, Equatable, Hashable, Identifiable {
    /// Row id (also its `territory` id); 0 before it is stored.
    public var id: Int64
    /// Stable code, e.g. `"distretto-pinerolese"`.
    public var code: String
    /// Italian name, e.g. `"Distretto del Pinerolese"`.
    public var name: String
    /// URL slug.
    public var slug: String
    /// What the area represents.
    public var kind: AreaKind
    /// Optional Italian description; empty when none.
    public var description: String
    /// Ids of the member comuni, ascending.
    public var comuneIds: [Int64]

    /// Memberwise initialiser.
    public init(
        id: Int64, code: String, name: String, slug: String, kind: AreaKind,
        description: String = "", comuneIds: [Int64] = []
    ) {
        self.id = id
        self.code = code
        self.name = name
        self.slug = slug
        self.kind = kind
        self.description = description
        self.comuneIds = comuneIds
    }

    /// The area as a generic territory reference.
    public var territoryRef: TerritoryRef {
        TerritoryRef(id: id, kind: .area, code: code, name: name, slug: slug)
    }
}
