/// How many of each thing the catalog holds.
public struct CatalogCounts: Sendable, Equatable {
    /// Comuni.
    public var comuni: Int
    /// Provinces.
    public var provinces: Int
    /// Custom areas.
    public var areas: Int
    /// Organisations.
    public var organizations: Int
    /// Service cards, any status.
    public var services: Int
    /// Service cards per status (missing statuses have none).
    public var servicesByStatus: [ServiceStatus: Int]
    /// Demonstration or synthetic cards.
    public var demoServices: Int
    /// Saved revisions.
    public var revisions: Int
    /// Operator and admin accounts.
    public var users: Int
    /// Terms across every taxonomy.
    public var taxonomyTerms: Int

    /// Memberwise initialiser.
    public init(comuni: Int, provinces: Int, areas: Int, organizations: Int, services: Int,
                servicesByStatus: [ServiceStatus: Int], demoServices: Int, revisions: Int, users: Int, taxonomyTerms: Int) {
        self.comuni = comuni
        self.provinces = provinces
        self.areas = areas
        self.organizations = organizations
        self.services = services
        self.servicesByStatus = servicesByStatus
        self.demoServices = demoServices
        self.revisions = revisions
        self.users = users
        self.taxonomyTerms = taxonomyTerms
    }
}
