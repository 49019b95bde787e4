/// An ISTAT comune of Piedmont.
public struct Comune: Sendable, Equatable, Hashable, Identifiable {
    /// Row id (also its `territory` id).
    public var id: Int64
    /// Six-digit ISTAT code, e.g. `"004078"` (Cuneo).
    public var istatCode: String
    /// Official Italian name, with accents, e.g. `"Mondovì"`.
    public var name: String
    /// URL slug, e.g. `"mondovi"`.
    public var slug: String
    /// Id of the province it belongs to.
    public var provinceId: Int64
    /// Two-letter province code, e.g. `"CN"`.
    public var provinceCode: String
    /// Cadastral (Belfiore) code, e.g. `"D205"`.
    public var cadastralCode: String
    /// NUTS 3 code of its province, e.g. `"ITC16"`.
    public var nuts3: String
    /// Postal codes (CAP), ascending; large cities have several.
    public var postalCodes: [String]
    /// Whether it is the capital of its province.
    public var isCapoluogo: Bool

    /// Memberwise initialiser.
    public init(
        id: Int64, istatCode: String, name: String, slug: String, provinceId: Int64,
        provinceCode: String, cadastralCode: String, nuts3: String, postalCodes: [String],
        isCapoluogo: Bool
    ) {
        self.id = id
        self.istatCode = istatCode
        self.name = name
        self.slug = slug
        self.provinceId = provinceId
        self.provinceCode = provinceCode
        self.cadastralCode = cadastralCode
        self.nuts3 = nuts3
        self.postalCodes = postalCodes
        self.isCapoluogo = isCapoluogo
    }

    /// This comune as a generic territory reference.
    public var territoryRef: TerritoryRef {
        TerritoryRef(id: id, kind: .comune, code: istatCode, name: name, slug: slug)
    }
}
