/// The four kinds of territory: the region, its provinces, custom areas and comuni.
public enum TerritoryKind: String, Sendable, CaseIterable, Equatable, Hashable {
    /// The whole region (Piemonte).
    case region
    /// A province or the città metropolitana.
    case province
    /// A custom area defined by admins as a set of comuni.
    case area
    /// An ISTAT comune.
    case comune

    /// Italian label, for headings and badges.
    public var label: String {
        switch self {
        case .region: "Regione"
        case .province: "Provincia"
        case .area: "Area"
        case .comune: "Comune"
        }
    }

    /// Proximity rank used to order results: 0 comune, 1 area, 2 province, 3 region.
    public var proximity: Int {
        switch self {
        case .comune: 0
        case .area: 1
        case .province: 2
        case .region: 3
        }
    }
}
