import Foundation

/// An operator or admin who signs in. Citizens never have accounts.
public struct User: Sendable, Equatable, Hashable, Identifiable {
    /// Row id.
    public var id: Int64
    /// Sign-in e-mail (unique, case-insensitive).
    public var email: String
    /// Name shown in the admin screens and recorded as author.
    public var displayName: String
    /// What the user may do.
    public var role: UserRole
    /// Slow salted password hash in a self-describing format (never the password).
    public var passwordHash: String
    /// Whether the user may sign in.
    public var isActive: Bool
    /// When the account was created.
    public var createdAt: Date
    /// When the account was last changed.
    public var updatedAt: Date
    /// Last successful sign-in, if any.
    public var lastSignInAt: Date?

    /// Memberwise initialiser.
    init(id: Int64, email: String, displayName: String, role: UserRole, passwordHash: String,
                isActive: Bool, createdAt: Date, updatedAt: Date, lastSignInAt: Date?) {
        self.id = id
        self.email = email
        self.displayName = displayName
        self.role = role
        self.passwordHash = passwordHash
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.lastSignInAt = lastSignInAt
    }
}
