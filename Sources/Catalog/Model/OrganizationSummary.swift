/// Just enough about an organisation to name and link it (lists, cards).
public struct OrganizationSummary: Sendable, Equatable, Hashable, Identifiable {
    /// Row id.
    public var id: Int64
    /// URL slug.
    public var slug: String
    /// Official name.
    public var name: String
    /// Its kind, with the Italian label.
    public var kind: TaxonomyTerm
    /// Whether an admin has verified it.
    public var verified: Bool
    /// Whether it is demonstration data.
    public var isDemo: Bool

    /// Memberwise initialiser.
    public init(id: Int64, slug: String, name: String, kind: TaxonomyTerm, verified: Bool, isDemo: Bool) {
        self.id = id
        self.slug = slug
        self.name = name
        self.kind = kind
        self.verified = verified
        self.isDemo = isDemo
    }
}
