/// Limits how often one client address may submit a public form (contact requests): every
/// accepted submission counts, and reaching `policy.maxFailures` in the window locks the client
/// for `policy.lockoutSeconds`. Records live in `sign_in_throttle` under `scope:client:<host>`.
public struct SubmissionThrottle: Sendable {
    private let store: any ThrottleStore
    private let clock: any AuthClock
    private let policy: ThrottlePolicy
    private let scope: String

    public init(store: any ThrottleStore, clock: any AuthClock, policy: ThrottlePolicy, scope: String) {
        self.store = store
        self.clock = clock
        self.policy = policy
        self.scope = scope
    }

    /// Seconds to wait when the client is locked out, else nil.
    public func retryAfter(client address: String) throws -> Int? {
        if case .locked(let seconds) = policy.decision(for: try store.record(for: key(address)), now: clock.nowSeconds()) {
            return seconds
        }
        return nil
    }

    /// Counts one accepted submission.
    public func recordSubmission(client address: String) throws {
        let now = clock.nowSeconds()
        try store.recordFailure(for: key(address)) { policy.recordingFailure($0, now: now) }
    }

    func key(_ address: String) -> String { scope + ":" + SignInGuard.clientKey(address) }
}
