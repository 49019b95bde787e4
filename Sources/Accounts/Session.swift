import Foundation

/// A sign-in session. Only the SHA-256 hash of the cookie token is stored.
struct Session: Sendable, Equatable, Hashable {
    /// Lowercase hex SHA-256 of the session token (64 characters).
    var idHash: String
    /// The signed-in user.
    var userId: Int64
    /// When it started.
    var createdAt: Date
    /// Last request seen.
    var lastSeenAt: Date
    /// When it stops being valid.
    var expiresAt: Date
    /// Secret from which CSRF tokens for this session are derived.
    var csrfSecret: String

    /// Memberwise initialiser.
    init(idHash: String, userId: Int64, createdAt: Date, lastSeenAt: Date, expiresAt: Date, csrfSecret: String) {
        self.idHash = idHash
        self.userId = userId
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
        self.csrfSecret = csrfSecret
    }
}
