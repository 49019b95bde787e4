import Foundation

/// One line of the audit log: who did what to which record.
public struct AuditEntry: Sendable, Equatable, Hashable, Identifiable {
    /// Row id (0 before it is stored).
    public var id: Int64
    /// When it happened.
    public var at: Date
    /// The user, if signed in and still existing.
    public var userId: Int64?
    /// E-mail or name at the time, or `"sistema"`.
    public var actor: String
    /// Dotted action name, e.g. `"service.update"`, `"user.sign_in_failed"`.
    public var action: String
    /// Kind of record, e.g. `"service"`.
    public var entityType: String
    /// The record's id or key, as text.
    public var entityId: String
    /// Short Italian summary.
    public var summary: String
    /// JSON of the relevant state before, if any.
    var beforeJSON: String?
    /// JSON of the relevant state after, if any.
    var afterJSON: String?

    /// Memberwise initialiser.
    init(id: Int64 = 0, at: Date, userId: Int64?, actor: String, action: String, entityType: String,
                entityId: String, summary: String = "", beforeJSON: String? = nil, afterJSON: String? = nil) {
        self.id = id
        self.at = at
        self.userId = userId
        self.actor = actor
        self.action = action
        self.entityType = entityType
        self.entityId = entityId
        self.summary = summary
        self.beforeJSON = beforeJSON
        self.afterJSON = afterJSON
    }
}
