/// How a service is paid for.
public enum CostKind: String, Sendable, CaseIterable, Equatable, Hashable, Codable {
    /// No charge.
    case free
    /// The user pays a price.
    case paid
    /// The user pays a share (compartecipazione / contributo).
    case contribution
    /// Depends on income (ISEE), usage or agreement.
    case variable
    /// Not known yet: "costo da verificare con l'ente".
    case unknown

    /// Italian label.
    public var label: String {
        switch self {
        case .free: "Gratuito"
        case .paid: "A pagamento"
        case .contribution: "Con contributo / compartecipazione"
        case .variable: "Costo variabile"
        case .unknown: "Costo da verificare con l'ente"
        }
    }
}
