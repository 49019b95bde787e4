/// Where throttle records live (SQLite in production, memory in tests). Keys look like
/// `account:<e-mail>` and `client:<address>`.
public protocol ThrottleStore: Sendable {
    func record(for key: String) throws -> ThrottleRecord
    func save(_ record: ThrottleRecord, for key: String) throws
    /// Replaces the record for `key` with `update(current)` atomically: concurrent callers on
    /// the same key never overwrite each other's changes. Returns the stored record.
    @discardableResult
    func recordFailure(for key: String, update: (ThrottleRecord) -> ThrottleRecord) throws -> ThrottleRecord
    func clear(_ key: String) throws
    /// Deletes the records whose key starts with `keyPrefix` and that `isExpired` (a record that
    /// answers exactly like no record at all). Returns how many went.
    @discardableResult
    func deleteRecords(keyPrefix: String, where isExpired: (ThrottleRecord) -> Bool) throws -> Int
}

/// Applies one policy per account and one per client: how long an attempt's answer is held.
public struct SignInGuard: Sendable {
    public let account: ThrottlePolicy
    public let client: ThrottlePolicy
    private let store: any ThrottleStore
    private let clock: any AuthClock
    private let pruning: ThrottlePruneSchedule

    public init(store: any ThrottleStore, clock: any AuthClock,
                account: ThrottlePolicy = .perAccount, client: ThrottlePolicy = .perClient,
                pruning: ThrottlePruneSchedule = ThrottlePruneSchedule()) {
        self.store = store
        self.clock = clock
        self.pruning = pruning
        self.account = account
        self.client = client
    }

    /// The delay (milliseconds) before the answer to an attempt for `email` from `clientAddress`:
    /// the longer of the account's and the client's. Never a refusal.
    func delayMilliseconds(email: String, clientAddress: String) throws -> Int {
        let now = clock.nowSeconds()
        return max(account.delayMilliseconds(for: try store.record(for: Self.accountKey(email)), now: now),
                   client.delayMilliseconds(for: try store.record(for: Self.clientKey(clientAddress)), now: now))
    }

    /// Counts a failed attempt against both keys, then (once per `pruning` interval) deletes the
    /// account and client records whose window has ended.
    public func recordFailure(email: String, clientAddress: String) throws {
        let now = clock.nowSeconds()
        let a = Self.accountKey(email), c = Self.clientKey(clientAddress)
        try store.recordFailure(for: a) { account.recordingFailure($0, now: now) }
        try store.recordFailure(for: c) { client.recordingFailure($0, now: now) }
        for (family, policy) in [(Self.accountKey(""), account), (Self.clientKey(""), client)]
        where pruning.claim(family, now: now) {
            try store.deleteRecords(keyPrefix: family) { policy.isExpired($0, now: now) }
        }
    }

    /// Forgets the account's failures after a successful sign-in (the client's count stays,
    /// so one valid account cannot be used to reset a guessing client).
    func recordSuccess(email: String) throws {
        try store.clear(Self.accountKey(email))
    }

    static func accountKey(_ email: String) -> String { "account:" + email.lowercased() }

    /// `client:<host>` (`ClientHost`): every connection from one host shares a counter.
    static func clientKey(_ address: String) -> String { "client:" + ClientHost.host(of: address) }
}
