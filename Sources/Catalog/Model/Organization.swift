import Foundation

/// A stored organisation: its identity and timestamps plus the editable `fields`.
/// Fields are readable directly (`organization.name`) through dynamic member lookup.
@dynamicMemberLookup
public struct Organization: Sendable, Equatable, Hashable, Identifiable {
    /// Row id.
    public var id: Int64
    /// Stable identifier for data exchange.
    public var uuid: UUID
    /// When it was created (whole seconds).
    public var createdAt: Date
    /// When it was last changed (whole seconds).
    public var updatedAt: Date
    /// The editable fields.
    public var fields: OrganizationDraft

    /// Memberwise initialiser.
    public init(id: Int64, uuid: UUID, createdAt: Date, updatedAt: Date, fields: OrganizationDraft) {
        self.id = id
        self.uuid = uuid
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.fields = fields
    }

    /// Reads and writes the editable fields as if they were properties of the organisation.
    public subscript<T>(dynamicMember keyPath: WritableKeyPath<OrganizationDraft, T>) -> T {
        get { fields[keyPath: keyPath] }
        set { fields[keyPath: keyPath] = newValue }
    }
}
