import Accounts

/// Limits how often one client address may submit a public form (contact requests): every
/// accepted submission counts, and reaching `limit.maxSubmissions` in a window blocks the client
/// until that window ends (`SubmissionLimit`). Records live in `sign_in_throttle` under `scope:client:<host>`.
public struct SubmissionThrottle: Sendable {
    private let store: any ThrottleStore
    private let clock: any AuthClock
    private let limit: SubmissionLimit
    private let scope: String

    public init(store: any ThrottleStore, clock: any AuthClock, limit: SubmissionLimit, scope: String) {
        self.store = store
        self.clock = clock
        self.limit = limit
        self.scope = scope
    }

    /// Seconds to wait when the client is locked out, else nil.
    public func retryAfter(client address: String) throws -> Int? {
        limit.retryAfter(try store.record(for: key(address)), now: clock.nowSeconds())
    }

    /// Counts one accepted submission.
    public func recordSubmission(client address: String) throws {
        let now = clock.nowSeconds()
        try store.recordFailure(for: key(address)) { limit.recordingSubmission($0, now: now) }
    }

    func key(_ address: String) -> String { scope + ":" + SignInGuard.clientKey(address) }
}
