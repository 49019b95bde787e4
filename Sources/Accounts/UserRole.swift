/// What a user may do.
public enum UserRole: String, Sendable, CaseIterable, Equatable, Hashable {
    /// Everything, including users and territories.
    case admin
    /// Edits and publishes any card (the network's editors).
    case editor = "redattore"
    /// Edits the cards of the organisations assigned to them (`user_organization`).
    case organizationOperator = "operatore_ente"
    /// Works at a welfare desk: builds and prints citizens' plans (issue 10).
    case deskOperator = "sportello"

    /// Italian label.
    public var label: String {
        switch self {
        case .admin: "Amministratore"
        case .editor: "Redattore"
        case .organizationOperator: "Operatore ente"
        case .deskOperator: "Operatore sportello welfare"
        }
    }
}
