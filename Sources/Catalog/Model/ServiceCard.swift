/// A service with every relation resolved to labels and names: what the card page shows.
public struct ServiceCard: Sendable, Equatable {
    /// The stored service (codes and ids).
    public var service: Service
    /// The providing organisation.
    public var organization: OrganizationSummary
    /// Its service type.
    public var serviceType: TaxonomyTerm
    /// Needs answered, in taxonomy order.
    public var needs: [TaxonomyTerm]
    /// Targets, in taxonomy order.
    public var targets: [TaxonomyTerm]
    /// Delivery modes, in taxonomy order.
    public var deliveryModes: [TaxonomyTerm]
    /// Accepted payment methods, in taxonomy order.
    public var paymentMethods: [TaxonomyTerm]
    /// The art. 51 TUIR category, if a welfare plan may pay for it.
    public var tuirCategory: TaxonomyTerm?
    /// Delivery places with their comuni.
    public var locations: [CardLocation]
    /// Served territories, widest first (region, provinces, areas, comuni), then by name.
    public var servedTerritories: [TerritoryRef]

    /// Memberwise initialiser.
    public init(
        service: Service, organization: OrganizationSummary, serviceType: TaxonomyTerm,
        needs: [TaxonomyTerm], targets: [TaxonomyTerm], deliveryModes: [TaxonomyTerm],
        paymentMethods: [TaxonomyTerm], tuirCategory: TaxonomyTerm?, locations: [CardLocation],
        servedTerritories: [TerritoryRef]
    ) {
        self.service = service
        self.organization = organization
        self.serviceType = serviceType
        self.needs = needs
        self.targets = targets
        self.deliveryModes = deliveryModes
        self.paymentMethods = paymentMethods
        self.tuirCategory = tuirCategory
        self.locations = locations
        self.servedTerritories = servedTerritories
    }
}
