/// Who makes a change: recorded in revisions and the audit log.
public struct Author: Sendable, Equatable, Hashable {
    /// The signed-in user, or `nil` for the system (seeds, imports, maintenance).
    public var userId: Int64?
    /// Name or e-mail to record.
    public var name: String

    /// Memberwise initialiser.
    public init(userId: Int64?, name: String) {
        self.userId = userId
        self.name = name
    }

    /// A signed-in operator, recorded by display name (or e-mail when it has none): the one way
    /// every editor names who made a change.
    public init(_ user: Operator) {
        self.init(userId: user.id, name: user.displayName.isEmpty ? user.email : user.displayName)
    }

    /// The system itself (seeds, command-line tools).
    public static let system = Author(userId: nil, name: "sistema")
}
