import Foundation

/// One line of a list of services (recent cards, an organisation's services).
public struct ServiceSummary: Sendable, Equatable, Hashable, Identifiable {
    /// Row id.
    public var id: Int64
    /// URL slug.
    public var slug: String
    /// Card title.
    public var title: String
    /// Short description.
    public var summary: String
    /// Providing organisation's name.
    public var organizationName: String
    /// Providing organisation's slug.
    public var organizationSlug: String
    /// Life-cycle state.
    public var status: ServiceStatus
    /// Kind of cost.
    public var costKind: CostKind
    /// Whether a corporate welfare plan may pay for it.
    public var welfareEligible: Bool
    /// When it was last changed.
    public var updatedAt: Date
    /// When its facts were last checked, if ever.
    public var lastVerifiedAt: Date?
    /// Whether it is demonstration or synthetic data.
    public var isDemo: Bool

    /// Memberwise initialiser.
    public init(
        id: Int64, slug: String, title: String, summary: String, organizationName: String,
        organizationSlug: String, status: ServiceStatus, costKind: CostKind, welfareEligible: Bool,
        updatedAt: Date, lastVerifiedAt: Date?, isDemo: Bool
    ) {
        self.id = id
        self.slug = slug
        self.title = title
        self.summary = summary
        self.organizationName = organizationName
        self.organizationSlug = organizationSlug
        self.status = status
        self.costKind = costKind
        self.welfareEligible = welfareEligible
        self.updatedAt = updatedAt
        self.lastVerifiedAt = lastVerifiedAt
        self.isDemo = isDemo
    }
}
