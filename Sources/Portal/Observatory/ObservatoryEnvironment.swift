import Catalog
import Accounts
import Search

/// What the needs observatory needs: the aggregates, the recorder searches feed, the
/// suppression threshold and today's date (injected for tests).
public struct ObservatoryEnvironment: Sendable {
    public let reports: ObservatoryRepository
    /// Counts public searches; nil shows the observatory without recording (e.g. benchmarks).
    public let recorder: SearchStatRecorder?
    let anonymity: KAnonymity
    public let clock: any AuthClock
    /// The re-verification policy behind the operators' list of overdue cards.
    public let freshness: FreshnessPolicy
    /// Citizens' feedback on cards; nil shows no feedback forms.
    public var feedback: FeedbackEnvironment?

    public init(reports: ObservatoryRepository, recorder: SearchStatRecorder?, anonymity: KAnonymity = KAnonymity(),
                clock: any AuthClock = SystemAuthClock(), freshness: FreshnessPolicy = FreshnessPolicy()) {
        self.freshness = freshness
        self.reports = reports
        self.recorder = recorder
        self.anonymity = anonymity
        self.clock = clock
    }

    /// Today in UTC.
    var today: CalendarDay { CalendarDay(unixSeconds: clock.nowSeconds()) }
}

/// What the feedback forms need: storage, the signer of their form tokens
/// (`TokenPurpose.publicForm(.feedback)`, bound to the card) and the per-client rate limit
/// (`PublicFormLimits.feedback`).
public struct FeedbackEnvironment: Sendable {
    public let repository: FeedbackRepository
    public let signer: TokenSigner
    public let limiter: PublicFormLimiter

    public init(repository: FeedbackRepository, signer: TokenSigner, limiter: PublicFormLimiter) {
        self.repository = repository
        self.signer = signer
        self.limiter = limiter
    }
}
