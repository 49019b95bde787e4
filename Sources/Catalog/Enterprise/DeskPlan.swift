/// A citizen's plan saved by a welfare desk operator: the services with the operator's note for
/// each, and optionally the citizen's name. It is deleted when it expires.
public struct DeskPlan: Sendable, Equatable {
    public var id: Int64
    public var citizenName: String
    public var createdAt: Int64
    public var expiresAt: Int64
    /// Service ids in plan order, with the operator's personal note for each.
    public var items: [DeskPlanItem]

    init(id: Int64, citizenName: String, createdAt: Int64, expiresAt: Int64, items: [DeskPlanItem]) {
        self.id = id
        self.citizenName = citizenName
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.items = items
    }
}

/// One service of a desk plan and the operator's note about it.
public struct DeskPlanItem: Sendable, Equatable {
    public var serviceID: Int64
    public var note: String

    public init(serviceID: Int64, note: String) {
        self.serviceID = serviceID
        self.note = note
    }
}
