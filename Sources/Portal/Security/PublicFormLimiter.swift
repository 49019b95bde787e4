import Accounts

/// The one rate limiter of public forms: how often one client address may submit each form
/// (`PublicFormLimits`). The handler decides what counts (accepted submissions for the
/// enterprise forms, every post for feedback, so spam is limited too). Records live in the
/// `ThrottleStore` (`sign_in_throttle` in production) under `<form>:client:<host>`, so limits
/// survive restarts and every worker agrees.
public struct PublicFormLimiter: Sendable {
    private let store: any ThrottleStore
    private let clock: any AuthClock
    private let pruning: ThrottlePruneSchedule
    let limits: PublicFormLimits

    public init(store: any ThrottleStore, clock: any AuthClock, limits: PublicFormLimits = PublicFormLimits(),
                pruning: ThrottlePruneSchedule = ThrottlePruneSchedule()) {
        self.store = store
        self.clock = clock
        self.limits = limits
        self.pruning = pruning
    }

    /// Seconds to wait when the client is blocked from `form`, else nil.
    func retryAfter(_ form: PublicForm, client address: String) throws -> Int? {
        guard let limit = limits.limit(for: form) else { return nil }
        return limit.retryAfter(try store.record(for: key(form, address)), now: clock.nowSeconds())
    }

    /// Counts one submission of `form` by the client, then (once per `pruning` interval) deletes
    /// the form's records whose window has ended. Only the recorded form's family is swept, with
    /// this limiter's limit: the limiter that records a form is the one that knows its window.
    func record(_ form: PublicForm, client address: String) throws {
        guard let limit = limits.limit(for: form) else { return }
        let now = clock.nowSeconds()
        try store.recordFailure(for: key(form, address)) { limit.recordingSubmission($0, now: now) }
        let family = form.rawValue + ":client:"
        if pruning.claim(family, now: now) {
            try store.deleteRecords(keyPrefix: family) { limit.isExpired($0, now: now) }
        }
    }

    /// Throws `PortalError.tooManyRequests` when the client is blocked from `form`.
    func requireAllowed(_ form: PublicForm, client address: String) throws {
        if let wait = try retryAfter(form, client: address) { throw PortalError.tooManyRequests(retryAfterSeconds: wait) }
    }

    /// `<form>:client:<host>`: a client is its address, not its connection (`ClientHost.host`:
    /// port and brackets dropped, lower-cased).
    func key(_ form: PublicForm, _ address: String) -> String { form.rawValue + ":client:" + ClientHost.host(of: address) }
}
