import Catalog

/// Settings of the enterprises' and welfare desks' features (issue 10), with documented defaults;
/// `vetrina serve` fills `deskPlanLifetimeDays` from `--plan-days` / `VETRINA_PLAN_DAYS`.
public struct EnterpriseConfiguration: Sendable {
    /// Days a desk's saved plan (and its link) lives; it is deleted when it expires. Default 30.
    public var deskPlanLifetimeDays: Int
    /// Most services a shortlist or plan may hold (the cookie stays far below 4 KB).
    public var maxPlanItems: Int
    /// Per-client rate limits of the contact request and the needs questionnaire (`PublicFormLimits`).
    public var formLimits: PublicFormLimits

    public init(deskPlanLifetimeDays: Int = 30, maxPlanItems: Int = 30, formLimits: PublicFormLimits = PublicFormLimits()) {
        self.deskPlanLifetimeDays = max(1, deskPlanLifetimeDays)
        self.maxPlanItems = max(1, maxPlanItems)
        self.formLimits = formLimits
    }
}
