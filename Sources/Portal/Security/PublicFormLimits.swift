import Accounts

/// The public forms that need no account. The raw value names the form in token signatures and
/// in the rate limiter's records (`sign_in_throttle` keys `<raw value>:client:<host>`).
enum PublicForm: String, Sendable, CaseIterable {
    /// A firm asks the providers of its welfare plan for information.
    case contactRequest = "contatto"
    /// A firm creates an employee needs questionnaire.
    case surveyCreation = "questionario-crea"
    /// An employee answers a questionnaire.
    case surveyAnswer = "questionario-risposta"
    /// The holder of a questionnaire's admin link closes it (no rate limit: the link is the secret).
    case surveyClosing = "questionario-chiudi"
    /// A citizen rates a card or reports an error in it.
    case feedback = "valutazione"
}

/// A fixed-window rate limit: at most `maxSubmissions` counted submissions per client in
/// `windowSeconds`; the one that reaches the limit blocks the client until the window ends.
/// Unlike sign-in (which slows down instead of refusing, see `ThrottlePolicy`), refusing is
/// right here: a public form is not an account its owner could be locked out of.
public struct SubmissionLimit: Sendable, Equatable {
    public var maxSubmissions: Int
    public var windowSeconds: Int64

    public init(maxSubmissions: Int, windowSeconds: Int64) {
        self.maxSubmissions = max(1, maxSubmissions)
        self.windowSeconds = max(1, windowSeconds)
    }

    /// Seconds left before the client may submit again, or nil when it may submit now.
    func retryAfter(_ record: ThrottleRecord, now: Int64) -> Int? {
        guard let until = record.lockedUntil, until > now else { return nil }
        return Int(until - now)
    }

    /// Whether `record` answers exactly like no record at `now` and ever after (not blocked, and
    /// the next submission starts a new window), so it may be deleted.
    func isExpired(_ record: ThrottleRecord, now: Int64) -> Bool {
        retryAfter(record, now: now) == nil && (record.failures == 0 || now - record.windowStart >= windowSeconds)
    }

    /// The record after one more counted submission at `now`.
    func recordingSubmission(_ record: ThrottleRecord, now: Int64) -> ThrottleRecord {
        var next = record
        if record.failures == 0 || now - record.windowStart >= windowSeconds {
            next = ThrottleRecord(failures: 0, windowStart: now, lastFailureAt: now, lockedUntil: nil)
        }
        next.failures += 1
        next.lastFailureAt = now
        if next.failures >= maxSubmissions { next.lockedUntil = next.windowStart + windowSeconds }
        return next
    }
}

/// The rate limit of each public form, with documented defaults.
public struct PublicFormLimits: Sendable, Equatable {
    /// Contact requests per client address: 5 in an hour, then an hour's wait (429).
    public var contactRequest: SubmissionLimit
    /// Needs questionnaires a client address may create: 5 in an hour, like contact requests.
    public var surveyCreation: SubmissionLimit
    /// Questionnaire answers per client address: 60 in an hour (an office's staff share one address).
    public var surveyAnswer: SubmissionLimit
    /// Feedback posts (ratings and error reports, accepted or not) per client address: 5 in 10 minutes.
    public var feedback: SubmissionLimit

    public init(contactRequest: SubmissionLimit = SubmissionLimit(maxSubmissions: 5, windowSeconds: 3_600),
                surveyCreation: SubmissionLimit = SubmissionLimit(maxSubmissions: 5, windowSeconds: 3_600),
                surveyAnswer: SubmissionLimit = SubmissionLimit(maxSubmissions: 60, windowSeconds: 3_600),
                feedback: SubmissionLimit = SubmissionLimit(maxSubmissions: 5, windowSeconds: 600)) {
        self.contactRequest = contactRequest
        self.surveyCreation = surveyCreation
        self.surveyAnswer = surveyAnswer
        self.feedback = feedback
    }

    /// The limit of `form`; nil for a form that is not rate-limited.
    func limit(for form: PublicForm) -> SubmissionLimit? {
        switch form {
        case .contactRequest: contactRequest
        case .surveyCreation: surveyCreation
        case .surveyAnswer: surveyAnswer
        case .feedback: feedback
        case .surveyClosing: nil
        }
    }
}
