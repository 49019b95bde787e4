/// What an operator account may do, as stored in `users.role`.
public enum Role: String, Sendable, CaseIterable, Codable {
    /// Everything: users, areas, taxonomies, every card.
    case admin
    /// Edits and publishes any card.
    case redattore
    /// Edits cards of the organisations assigned to them; publishes only when allowed.
    case operatoreEnte = "operatore_ente"

    /// The Italian label shown in the interface.
    public var label: String {
        switch self {
        case .admin: return "Amministratore"
        case .redattore: return "Redattore"
        case .operatoreEnte: return "Operatore ente"
        }
    }
}

/// A signed-in operator as the permission checks see them.
public struct Operator: Sendable, Equatable {
    public var id: Int64
    public var email: String
    public var displayName: String
    public var role: Role
    /// Organisations an `operatoreEnte` may edit (ignored for the other roles).
    public var organizationIDs: Set<Int64>
    /// Whether an `operatoreEnte` may publish and archive their organisations' cards.
    public var canPublish: Bool

    public init(id: Int64, email: String, displayName: String = "", role: Role,
                organizationIDs: Set<Int64> = [], canPublish: Bool = false) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.organizationIDs = organizationIDs
        self.canPublish = canPublish
    }
}
