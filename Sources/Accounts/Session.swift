import Foundation

/// A sign-in session. Only the SHA-256 hash of the cookie token is stored.
public struct Session: Sendable, Equatable, Hashable {
    /// Lowercase hex SHA-256 of the session token (64 characters).
    public var idHash: String
    /// The signed-in user.
    public var userId: Int64
    /// When it started.
    public var createdAt: Date
    /// Last request seen.
    public var lastSeenAt: Date
    /// When it stops being valid.
    public var expiresAt: Date
    /// Secret from which CSRF tokens for this session are derived.
    public var csrfSecret: String

    /// Memberwise initialiser.
    public init(idHash: String, userId: Int64, createdAt: Date, lastSeenAt: Date, expiresAt: Date, csrfSecret: String) {
        self.idHash = idHash
        self.userId = userId
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
        self.csrfSecret = csrfSecret
    }
}
