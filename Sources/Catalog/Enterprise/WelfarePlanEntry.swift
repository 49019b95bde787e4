/// One published service in an enterprise's or a desk's plan, with what the plan page shows
/// about paying for it through a corporate welfare plan.
public struct WelfarePlanEntry: Sendable, Equatable {
    public var serviceID: Int64
    public var slug: String
    public var title: String
    public var summary: String
    public var organizationID: Int64
    public var organizationName: String
    public var organizationSlug: String
    /// The art. 51 TUIR category code and label; nil when a welfare plan cannot pay for it.
    public var tuirCategoryCode: String?
    public var tuirCategoryLabel: String?
    /// Position of the category in the taxonomy, for grouping in a stable order.
    public var tuirSortOrder: Int
    public var paymentMode: WelfarePaymentMode?
    public var firmSteps: String?
    public var welfareNotes: String
    /// Where to reach the service: its own contacts, else the organisation's.
    public var phone: String?
    public var email: String?

    init(serviceID: Int64, slug: String, title: String, summary: String = "", organizationID: Int64,
                organizationName: String, organizationSlug: String, tuirCategoryCode: String? = nil,
                tuirCategoryLabel: String? = nil, tuirSortOrder: Int = 0, paymentMode: WelfarePaymentMode? = nil,
                firmSteps: String? = nil, welfareNotes: String = "", phone: String? = nil, email: String? = nil) {
        self.serviceID = serviceID
        self.slug = slug
        self.title = title
        self.summary = summary
        self.organizationID = organizationID
        self.organizationName = organizationName
        self.organizationSlug = organizationSlug
        self.tuirCategoryCode = tuirCategoryCode
        self.tuirCategoryLabel = tuirCategoryLabel
        self.tuirSortOrder = tuirSortOrder
        self.paymentMode = paymentMode
        self.firmSteps = firmSteps
        self.welfareNotes = welfareNotes
        self.phone = phone
        self.email = email
    }
}
