import Foundation

/// A stored service card: identity, optimistic-locking version and timestamps plus the
/// editable `fields`. Fields are readable directly (`service.title`) via dynamic member lookup.
@dynamicMemberLookup
public struct Service: Sendable, Equatable, Hashable, Identifiable {
    /// Row id.
    public var id: Int64
    /// Stable identifier for data exchange (HSDS `service.id`).
    public var uuid: UUID
    /// Incremented by every update; an update must name the version it started from.
    public var version: Int
    /// When it was created (whole seconds).
    public var createdAt: Date
    /// When it was last changed (whole seconds).
    public var updatedAt: Date
    /// The editable content.
    public var fields: ServiceDraft

    /// Memberwise initialiser.
    public init(id: Int64, uuid: UUID, version: Int, createdAt: Date, updatedAt: Date, fields: ServiceDraft) {
        self.id = id
        self.uuid = uuid
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.fields = fields
    }

    /// Reads and writes the editable fields as if they were properties of the service.
    public subscript<T>(dynamicMember keyPath: WritableKeyPath<ServiceDraft, T>) -> T {
        get { fields[keyPath: keyPath] }
        set { fields[keyPath: keyPath] = newValue }
    }
}
