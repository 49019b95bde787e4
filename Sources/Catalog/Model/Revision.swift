import Foundation

/// One saved version of a service card; revisions are never changed or deleted.
public struct Revision: Sendable, Equatable, Hashable, Identifiable {
    /// Row id.
    public var id: Int64
    /// The service this is a version of.
    public var serviceId: Int64
    /// The service version this snapshot records (1, 2, …).
    public var version: Int
    /// The signed-in user who saved it; `nil` for the system (seeds, imports) or a deleted user.
    var authorUserId: Int64?
    /// Name or e-mail of the author at the time, or `"sistema"`.
    public var author: String
    /// When it was saved (whole seconds).
    public var createdAt: Date
    /// JSON snapshot of the whole card (fields and relations) at that version.
    public var snapshotJSON: String
    /// What changed, in Italian (may be empty).
    public var changeSummary: String

    /// Memberwise initialiser.
    public init(id: Int64, serviceId: Int64, version: Int, authorUserId: Int64?, author: String,
                createdAt: Date, snapshotJSON: String, changeSummary: String) {
        self.id = id
        self.serviceId = serviceId
        self.version = version
        self.authorUserId = authorUserId
        self.author = author
        self.createdAt = createdAt
        self.snapshotJSON = snapshotJSON
        self.changeSummary = changeSummary
    }
}
