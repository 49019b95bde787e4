import Storage

/// The result of a successful sign-in: the new session's token (for the cookie) and who signed in.
public struct SignInResult: Sendable {
    public var token: SessionToken
    public var user: Operator
}

/// Checks credentials with throttling, timing-safe lookups and auditing, then opens a session.
///
/// Order: lookup → password check (a dummy hash for unknown e-mails, so timing does not reveal
/// which accounts exist) → new session. Throttling never refuses: `throttleDelay` says how long
/// the caller must hold the answer (right or wrong), which the Portal does without blocking a
/// thread. Passwords are never stored or logged.
public struct SignInService: Sendable {
    public let users: UserRepository
    public let sessions: SessionStore
    public let throttle: SignInGuard
    public let hasher: PasswordHasher
    private let database: DatabasePool
    private let audit: AuditLogWriter
    private let clock: any AuthClock

    public init(database: DatabasePool, users: UserRepository, sessions: SessionStore, throttle: SignInGuard,
                hasher: PasswordHasher, clock: any AuthClock) {
        self.database = database
        self.users = users
        self.sessions = sessions
        self.throttle = throttle
        self.hasher = hasher
        self.audit = AuditLogWriter(clock: clock)
        self.clock = clock
    }

    /// How long to hold the answer to this attempt (milliseconds), from the failures so far.
    /// Ask before `signIn`, which counts the attempt.
    public func throttleDelay(email rawEmail: String, clientAddress: String) throws -> Int {
        try throttle.delayMilliseconds(email: UserRepository.normalise(rawEmail), clientAddress: clientAddress)
    }

    /// Signs in. Throws `AuthError.invalidCredentials` (never saying whether the e-mail exists),
    /// or a storage error.
    public func signIn(email rawEmail: String, password: String, clientAddress: String) throws -> SignInResult {
        let email = UserRepository.normalise(rawEmail)
        let user = try users.find(email: email)
        guard let user, user.isActive else {
            hasher.verifyAgainstDummy(password)
            try fail(email: email, clientAddress: clientAddress, userID: nil)
        }
        guard hasher.verify(password, against: user.passwordHash) else {
            try fail(email: email, clientAddress: clientAddress, userID: user.id)
        }
        try throttle.recordSuccess(email: email)
        if hasher.needsRehash(user.passwordHash) { try users.upgradePasswordHash(try hasher.hash(password), for: user.id) }
        guard let signedIn = try users.signedInOperator(id: user.id) else { throw AuthError.invalidCredentials }
        let token = try sessions.create(userID: user.id)
        try database.write { db in
            try db.run("UPDATE app_user SET last_sign_in_at = ? WHERE id = ?", clock.nowSeconds(), user.id)
            try audit.record("user.sign_in", by: Author(userId: user.id, name: user.email), entityType: "user",
                             entityID: String(user.id), summary: "Accesso", in: db)
        }
        return SignInResult(token: token, user: signedIn)
    }

    private func fail(email: String, clientAddress: String, userID: Int64?) throws -> Never {
        try throttle.recordFailure(email: email, clientAddress: clientAddress)
        try database.write { db in
            try audit.record("user.sign_in_failed", by: Author(userId: userID, name: String(email.prefix(254))), entityType: "user",
                             entityID: userID.map(String.init) ?? "", summary: "Accesso non riuscito", in: db)
        }
        throw AuthError.invalidCredentials
    }
}
