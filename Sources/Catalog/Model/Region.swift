/// The region (Piemonte, ISTAT code `"01"`).
public struct Region: Sendable, Equatable, Hashable, Identifiable {
    /// Row id (also its `territory` id).
    public var id: Int64
    /// Two-digit ISTAT code.
    public var istatCode: String
    /// Italian name.
    public var name: String
    /// URL slug.
    public var slug: String

    /// Memberwise initialiser.
    public init(id: Int64, istatCode: String, name: String, slug: String) {
        self.id = id
        self.istatCode = istatCode
        self.name = name
        self.slug = slug
    }

    /// The region as a generic territory reference.
    public var territoryRef: TerritoryRef {
        TerritoryRef(id: id, kind: .region, code: istatCode, name: name, slug: slug)
    }
}
