import Foundation

/// The editable content of a service card (scheda servizio): what forms, imports and seeds
/// provide and what validation checks. Storing it yields a `Service`.
///
/// Relations are held as codes and ids: taxonomy codes for needs, targets, modes and payment
/// methods; territory ids for the served territory; comune ids inside locations.
public struct ServiceDraft: Sendable, Equatable, Hashable, Codable {
    /// The providing organisation.
    public var organizationId: Int64
    /// Card title.
    public var title: String
    /// URL slug; when empty the repository derives a unique one from the title.
    public var slug: String
    /// Short description (descrizione breve), one or two sentences.
    public var summary: String
    /// What the service gives (contenuti).
    public var description: String
    /// Code of a `service_type` term.
    public var serviceTypeCode: String
    /// Codes of `need` terms (stored de-duplicated, in ascending code order).
    public var needCodes: [String]
    /// Codes of `target` terms.
    public var targetCodes: [String]
    /// Codes of `delivery_mode` terms.
    public var deliveryModeCodes: [String]
    /// Who may use it, in plain words (a chi è rivolto).
    public var audience: String
    /// The concrete next step (come fare).
    public var howToAccess: String
    /// Documents or requirements (cosa serve).
    public var requiredDocuments: String
    /// What the person gets (cosa si ottiene).
    public var outcome: String
    /// Waiting or activation times, deadlines (tempi e scadenze).
    public var timesAndDeadlines: String
    /// Other conditions.
    public var conditions: String
    /// Minimum age in years, if any.
    public var ageMin: Int?
    /// Maximum age in years, if any.
    public var ageMax: Int?
    /// ISO 639-1 codes of the languages it is offered in, e.g. `["it", "fr"]`.
    public var languageCodes: [String]
    /// Accessibility notes, in Italian.
    public var accessibilityNotes: String
    /// Cost model.
    public var cost: CostModel
    /// Code of the art. 51 TUIR category a corporate welfare plan may pay under; `nil` if none.
    public var tuirCategoryCode: String?
    /// Notes on corporate welfare use.
    public var welfareNotes: String
    /// How a welfare plan pays for it (reimbursement, direct payment, voucher); `nil` if not said.
    public var welfarePaymentMode: WelfarePaymentMode?
    /// What the firm must do to pay for it through its welfare plan; `nil` uses the mode's default text.
    public var welfareFirmSteps: String?
    /// Contacts for this service.
    public var contacts: Contacts
    /// Where it is delivered.
    public var locations: [ServiceLocation]
    /// Ids of the territories (comuni, areas, provinces, region) whose residents may use it.
    public var servedTerritoryIds: [Int64]
    /// First day it is offered, if known.
    public var validFrom: CalendarDay?
    /// Last day it is offered, if known.
    public var validTo: CalendarDay?
    /// Life-cycle state.
    public var status: ServiceStatus
    /// Why it was archived; required when `status == .archived`.
    public var archiveReason: String?
    /// When someone last checked the facts with the provider.
    public var lastVerifiedAt: Date?
    /// Where the data comes from, in Italian.
    public var source: String
    /// Whether this is demonstration or synthetic data.
    public var isDemo: Bool
    /// Key of the record in an imported file, for re-imports; unique when present.
    public var externalId: String?

    /// Memberwise initialiser; only the organisation, title and type are required.
    public init(
        organizationId: Int64, title: String, slug: String = "", summary: String = "",
        description: String = "", serviceTypeCode: String, needCodes: [String] = [],
        targetCodes: [String] = [], deliveryModeCodes: [String] = [], audience: String = "",
        howToAccess: String = "", requiredDocuments: String = "", outcome: String = "",
        timesAndDeadlines: String = "", conditions: String = "", ageMin: Int? = nil,
        ageMax: Int? = nil, languageCodes: [String] = ["it"], accessibilityNotes: String = "",
        cost: CostModel = CostModel(), tuirCategoryCode: String? = nil, welfareNotes: String = "",
        contacts: Contacts = Contacts(), locations: [ServiceLocation] = [],
        servedTerritoryIds: [Int64] = [], validFrom: CalendarDay? = nil, validTo: CalendarDay? = nil,
        status: ServiceStatus = .draft, archiveReason: String? = nil, lastVerifiedAt: Date? = nil,
        source: String = "", isDemo: Bool = false, externalId: String? = nil
    ) {
        self.organizationId = organizationId
        self.title = title
        self.slug = slug
        self.summary = summary
        self.description = description
        self.serviceTypeCode = serviceTypeCode
        self.needCodes = needCodes
        self.targetCodes = targetCodes
        self.deliveryModeCodes = deliveryModeCodes
        self.audience = audience
        self.howToAccess = howToAccess
        self.requiredDocuments = requiredDocuments
        self.outcome = outcome
        self.timesAndDeadlines = timesAndDeadlines
        self.conditions = conditions
        self.ageMin = ageMin
        self.ageMax = ageMax
        self.languageCodes = languageCodes
        self.accessibilityNotes = accessibilityNotes
        self.cost = cost
        self.tuirCategoryCode = tuirCategoryCode
        self.welfareNotes = welfareNotes
        self.contacts = contacts
        self.locations = locations
        self.servedTerritoryIds = servedTerritoryIds
        self.validFrom = validFrom
        self.validTo = validTo
        self.status = status
        self.archiveReason = archiveReason
        self.lastVerifiedAt = lastVerifiedAt
        self.source = source
        self.isDemo = isDemo
        self.externalId = externalId
    }
}
