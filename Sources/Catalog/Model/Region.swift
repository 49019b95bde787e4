/// The region (Piemonte, ISTAT code `"01"`).
struct Region: Sendable, Equatable, Hashable, Identifiable {
    /// Row id (also its `territory` id).
    var id: Int64
    /// Two-digit ISTAT code.
    var istatCode: String
    /// Italian name.
    var name: String
    /// URL slug.
    var slug: String

    /// Memberwise initialiser.
    init(id: Int64, istatCode: String, name: String, slug: String) {
        self.id = id
        self.istatCode = istatCode
        self.name = name
        self.slug = slug
    }

    /// The region as a generic territory reference.
    var territoryRef: TerritoryRef {
        TerritoryRef(id: id, kind: .region, code: istatCode, name: name, slug: slug)
    }
}
