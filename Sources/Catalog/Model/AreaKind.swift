/// What a custom area represents.
public enum AreaKind: String, Sendable, CaseIterable, Equatable, Hashable {
    /// A social-care district (consorzio / ente gestore dei servizi socio-assistenziali).
    case socialCareDistrict = "distretto_socio_assistenziale"
    /// A health district of an ASL.
    case healthDistrict = "distretto_sanitario"
    /// A valley.
    case valley = "valle"
    /// An unione montana.
    case mountainUnion = "unione_montana"
    /// Anything else.
    case other = "altro"

    /// Italian label.
    public var label: String {
        switch self {
        case .socialCareDistrict: "Distretto socio-assistenziale"
        case .healthDistrict: "Distretto sanitario"
        case .valley: "Valle"
        case .mountainUnion: "Unione montana"
        case .other: "Altra area"
        }
    }
}
