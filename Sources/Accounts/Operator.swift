/// A signed-in operator as the permission checks see them.
public struct Operator: Sendable, Equatable {
    public var id: Int64
    public var email: String
    public var displayName: String
    public var role: UserRole
    /// Organisations an `operatoreEnte` may edit (ignored for the other roles).
    public var organizationIDs: Set<Int64>
    /// Whether an `operatoreEnte` may publish and archive their organisations' cards.
    public var canPublish: Bool

    public init(id: Int64, email: String, displayName: String = "", role: UserRole,
                organizationIDs: Set<Int64> = [], canPublish: Bool = false) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.organizationIDs = organizationIDs
        self.canPublish = canPublish
    }
}
