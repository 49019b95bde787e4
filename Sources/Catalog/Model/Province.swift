/// One of the 8 provinces of Piedmont (Torino is a città metropolitana).
public struct Province: Sendable, Equatable, Hashable, Identifiable {
    /// Row id (also its `territory` id).
    public var id: Int64
    /// Two-letter code (sigla), e.g. `"CN"`.
    public var code: String
    /// Three-digit ISTAT code, e.g. `"004"`; `"201"` for the città metropolitana di Torino.
    public var istatCode: String
    /// Italian name, e.g. `"Cuneo"`.
    public var name: String
    /// URL slug, e.g. `"cuneo"`.
    public var slug: String
    /// Whether it is a città metropolitana.
    public var isMetropolitanCity: Bool

    /// Memberwise initialiser.
    public init(id: Int64, code: String, istatCode: String, name: String, slug: String, isMetropolitanCity: Bool) {
        self.id = id
        self.code = code
        self.istatCode = istatCode
        self.name = name
        self.slug = slug
        self.isMetropolitanCity = isMetropolitanCity
    }

    /// This province as a generic territory reference.
    public var territoryRef: TerritoryRef {
        TerritoryRef(id: id, kind: .province, code: code, name: name, slug: slug)
    }
}
