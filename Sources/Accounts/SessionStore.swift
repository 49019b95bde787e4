import Storage
import Crypto

/// How long sessions live (OWASP ASVS 3.3: idle and absolute timeouts).
public struct SessionPolicy: Sendable, Equatable {
    /// A session unused this long ends (default 30 minutes).
    var idleTimeoutSeconds: Int64
    /// A session ends this long after sign-in, used or not (default 12 hours).
    var absoluteTimeoutSeconds: Int64
    /// `last_seen_at` is written at most this often, so reads stay cheap.
    var touchIntervalSeconds: Int64
    /// Live sessions one account may hold (default 5); a new sign-in ends the oldest beyond it
    /// (OWASP ASVS 3.3), so a stolen password cannot open sessions without bound.
    var maxSessionsPerUser: Int

    public init(idleTimeoutSeconds: Int64 = 1_800, absoluteTimeoutSeconds: Int64 = 43_200, touchIntervalSeconds: Int64 = 60,
                maxSessionsPerUser: Int = 5) {
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.absoluteTimeoutSeconds = absoluteTimeoutSeconds
        self.touchIntervalSeconds = touchIntervalSeconds
        self.maxSessionsPerUser = max(1, maxSessionsPerUser)
    }
}

/// A live session after its cookie was checked.
public struct ActiveSession: Sendable, Equatable {
    public var storageKey: String
    public var userID: Int64
    /// Secret the session's CSRF tokens derive from (`CSRFToken.derive(fromSecret:)`, web layer).
    public var csrfSecret: String
}

/// Sessions in the `session` table; only the SHA-256 of each token is stored.
public struct SessionStore: Sendable {
    private let database: DatabasePool
    private let clock: any AuthClock
    private let random: any RandomSource
    public let policy: SessionPolicy

    public init(database: DatabasePool, clock: any AuthClock, random: any RandomSource = SystemRandomSource(),
                policy: SessionPolicy = SessionPolicy()) {
        self.database = database
        self.clock = clock
        self.random = random
        self.policy = policy
    }

    /// Starts a new session for `userID` (always a fresh id: no fixation) and purges expired rows.
    /// Returns the token for the cookie.
    public func create(userID: Int64) throws -> SessionToken {
        let token = try SessionToken.generate(using: random)
        let secret = AuthEncoding.base64URL(try random.authBytes(count: 32))
        let now = clock.nowSeconds()
        try database.write { db in
            try db.run("DELETE FROM session WHERE expires_at <= ? OR last_seen_at <= ?", now, now - policy.idleTimeoutSeconds)
            try db.run("""
                INSERT INTO session (id_hash, user_id, created_at, last_seen_at, expires_at, csrf_secret)
                VALUES (?, ?, ?, ?, ?, ?)
                """, token.storageKey, userID, now, now, now + policy.absoluteTimeoutSeconds, secret)
            try db.run("""
                DELETE FROM session WHERE id_hash IN (
                    SELECT id_hash FROM session WHERE user_id = ? AND id_hash <> ?
                    ORDER BY created_at DESC, last_seen_at DESC LIMIT -1 OFFSET ?)
                """, userID, token.storageKey, Int64(policy.maxSessionsPerUser - 1))
        }
        return token
    }

    /// How many live sessions `userID` has (for "Esci dalle altre sessioni").
    public func count(userID: Int64) throws -> Int {
        let now = clock.nowSeconds()
        return try database.read { db in
            try db.scalar("SELECT count(*) FROM session WHERE user_id = ? AND expires_at > ? AND last_seen_at > ?",
                          userID, now, now - policy.idleTimeoutSeconds, as: Int.self) ?? 0
        }
    }

    /// Ends every session of `userID` except `keeping` ("Esci dalle altre sessioni"), with the
    /// audit line by `actor` in the same transaction.
    public func destroyOthers(userID: Int64, keeping storageKey: String, by actor: Author) throws {
        try database.write { db in
            try db.run("DELETE FROM session WHERE user_id = ? AND id_hash <> ?", userID, storageKey)
            try AuditLogWriter(clock: clock).record("user.sign_out_others", by: actor, entityType: "user",
                                                    entityID: String(userID), summary: "Chiuse le altre sessioni", in: db)
        }
    }

    /// The session for a cookie value, or nil when it is unknown, idle too long, or past its
    /// absolute expiry (expired rows are deleted). Refreshes `last_seen_at`.
    public func resolve(cookie presented: String) throws -> ActiveSession? {
        guard let key = SessionToken.storageKey(forPresented: presented) else { return nil }
        let now = clock.nowSeconds()
        let row = try database.read { db in
            try db.queryOne("SELECT user_id, last_seen_at, expires_at, csrf_secret FROM session WHERE id_hash = ?", key)
        }
        guard let row else { return nil }
        let lastSeen: Int64 = try row.get("last_seen_at"), expires: Int64 = try row.get("expires_at")
        // On a read-only pool (a replica node) the deletion and the touch are skipped: both are
        // bookkeeping, and an expired session is refused all the same.
        let writes = !database.isReadOnly
        if now >= expires || now - lastSeen >= policy.idleTimeoutSeconds {
            if writes { try database.write { db in try db.run("DELETE FROM session WHERE id_hash = ?", key) } }
            return nil
        }
        if writes, now - lastSeen >= policy.touchIntervalSeconds {
            try database.write { db in try db.run("UPDATE session SET last_seen_at = ? WHERE id_hash = ?", now, key) }
        }
        return ActiveSession(storageKey: key, userID: try row.get("user_id"), csrfSecret: try row.get("csrf_secret"))
    }

    /// Ends one session (sign-out).
    public func destroy(storageKey: String) throws {
        try database.write { db in try db.run("DELETE FROM session WHERE id_hash = ?", storageKey) }
    }
}
