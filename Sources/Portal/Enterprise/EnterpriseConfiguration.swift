import Catalog

/// Settings of the enterprises' and welfare desks' features (issue 10), with documented defaults;
/// `vetrina serve` fills `deskPlanLifetimeDays` from `--plan-days` / `VETRINA_PLAN_DAYS`.
public struct EnterpriseConfiguration: Sendable {
    /// Days a desk's saved plan (and its link) lives; it is deleted when it expires. Default 30.
    public var deskPlanLifetimeDays: Int
    /// Contact requests per client address: 5 in an hour, then an hour's wait (429).
    public var contactThrottle: SubmissionLimit
    /// Most services a shortlist or plan may hold (the cookie stays far below 4 KB).
    public var maxPlanItems: Int
    /// Needs questionnaires a client address may create: 5 in an hour, like contact requests.
    public var surveyCreationThrottle: SubmissionLimit
    /// Questionnaire answers per client address: 60 in an hour (an office's staff share one address).
    public var surveyAnswerThrottle: SubmissionLimit

    public init(deskPlanLifetimeDays: Int = 30,
                contactThrottle: SubmissionLimit = SubmissionLimit(maxSubmissions: 5, windowSeconds: 3_600),
                maxPlanItems: Int = 30,
                surveyCreationThrottle: SubmissionLimit = SubmissionLimit(maxSubmissions: 5, windowSeconds: 3_600),
                surveyAnswerThrottle: SubmissionLimit = SubmissionLimit(maxSubmissions: 60, windowSeconds: 3_600)) {
        self.deskPlanLifetimeDays = max(1, deskPlanLifetimeDays)
        self.contactThrottle = contactThrottle
        self.maxPlanItems = max(1, maxPlanItems)
        self.surveyCreationThrottle = surveyCreationThrottle
        self.surveyAnswerThrottle = surveyAnswerThrottle
    }
}
