import Catalog
import Search

/// Everything the public pages read from the catalog, in the portal's terms. `SQLitePortalCatalog`
/// implements it over the Catalog module's repositories and search; tests may use a fake.
///
/// Implementations must be thread-safe (handlers run on many worker threads) and never return
/// drafts or cards in review: only `published` and `archived` services are public.
public protocol PortalCatalog: Sendable {
    /// The terms of a vocabulary, in display order.
    func terms(_ taxonomy: Taxonomy) throws -> [TaxonomyTerm]
    /// How many cards are published.
    func publishedServiceCount() throws -> Int
    /// Published cards, most recently updated first.
    func recentlyUpdated(limit: Int) throws -> [ServiceSummary]
    /// Whether any demo record is present (pages then carry the demo-data notice).
    func hasDemoData() throws -> Bool

    /// A published or archived card by slug; nil when missing or not public.
    func card(slug: String) throws -> ServiceCard?
    /// The contact summaries of the public (published or archived) cards among `slugs`, in
    /// their order: what pointing a visitor at another card's contacts needs (see the extension).
    func contactSummaries(slugs: [String]) throws -> [ServiceContactSummary]
    /// How fresh the card's facts are (verification, facts date, re-verification state).
    func freshness(of card: ServiceCard) throws -> CardFreshness?
    /// The card's public change log (dates and changed sections), newest first.
    func history(of card: ServiceCard) throws -> [CardHistoryEntry]
    /// Published cards sharing needs with `card`, best first, without `card` itself.
    func similarActiveServices(to card: ServiceCard, limit: Int) throws -> [ServiceSummary]

    /// An organisation by slug.
    func organization(slug: String) throws -> Organization?
    /// The current slug of a renamed card or organisation (default: none; see the extension).
    func currentSlug(ofRenamed kind: SlugRedirects.Kind, _ oldSlug: String) throws -> String?
    /// The organisation's published and archived services.
    func services(ofOrganization id: Int64) throws -> [ServiceSummary]
    /// Providers with at least one published service usable in a welfare plan.
    func welfareProviders() throws -> [ProviderEntry]

    /// A territory (comune, area, province, region) by id.
    func territory(id: Int64) throws -> TerritoryRef?
    /// A comune by slug.
    func comune(slug: String) throws -> Comune?
    /// The territories that include a comune: the comune, its areas, its province, the region.
    func territoriesContaining(comune: Comune) throws -> [TerritoryRef]
    /// Resolves what a visitor typed (a name, accent-insensitive, or a postal code).
    func resolveComune(_ text: String) throws -> ComuneMatch
    /// Comuni whose name starts with (or postal code equals) `prefix`, for autocomplete.
    func suggestComuni(_ prefix: String, limit: Int) throws -> [Comune]
    /// A province by sigla (`cn`) or slug (`cuneo`).
    func province(code: String) throws -> Province?
    /// A custom area by slug.
    func area(slug: String) throws -> Area?

    /// Runs a search (build the query with `SearchParameters.searchQuery`, whose territory comes
    /// from `PlaceResolver`); the pages render Search's results as they are.
    func search(_ query: SearchQuery) throws -> SearchResults
    /// Public URLs for the sitemap.
    func sitemap() throws -> SitemapData
    /// The welfare desks serving a comune, nearest first (issue 10).
    func welfareDesks(serving comune: Comune, limit: Int) throws -> [WelfareDesk]
    /// The card's texts in `language` (issue 11), or nil when not translated.
    func translation(of card: ServiceCard, language: String) throws -> ServiceTranslation?
}

extension PortalCatalog {
    /// Built from the full cards (test fakes); `SQLitePortalCatalog` reads them in one query.
    public func contactSummaries(slugs: [String]) throws -> [ServiceContactSummary] {
        try slugs.compactMap { try card(slug: $0) }.map(ServiceContactSummary.init(card:))
    }
}

extension PortalCatalog {
    /// Catalogs without translations (test fakes) have none.
    public func translation(of card: ServiceCard, language: String) throws -> ServiceTranslation? { nil }
}

extension PortalCatalog {
    /// Catalogs without desks (test fakes) show none.
    public func welfareDesks(serving comune: Comune, limit: Int) throws -> [WelfareDesk] { [] }
}

extension PortalCatalog {
    /// The current slug of a card or organisation that used to be called `oldSlug` (after a
    /// rename), so its old address answers with a 301. Catalogs without history return nil.
    public func currentSlug(ofRenamed kind: SlugRedirects.Kind, _ oldSlug: String) throws -> String? { nil }
    /// Catalogs without freshness data (test fakes) show none.
    public func freshness(of card: ServiceCard) throws -> CardFreshness? { nil }
    /// Catalogs without revisions (test fakes) have no history.
    public func history(of card: ServiceCard) throws -> [CardHistoryEntry] { [] }
}

/// The result of resolving a typed comune.
public enum ComuneMatch: Sendable, Equatable {
    /// Exactly one comune matches.
    case found(Comune)
    /// Several comuni match (same name in different provinces, a shared postal code…).
    case ambiguous([Comune])
    /// None matches; `suggestions` are near spellings, best first.
    case notFound(suggestions: [Comune])
}

/// Public URLs and their last change, for `sitemap.xml`.
public struct SitemapData: Sendable, Equatable {
    public var services: [(slug: String, updatedAtISO: String)]
    public var organizations: [String]
    public var comuni: [String]

    public init(services: [(slug: String, updatedAtISO: String)], organizations: [String], comuni: [String]) {
        self.services = services
        self.organizations = organizations
        self.comuni = comuni
    }

    public static func == (lhs: SitemapData, rhs: SitemapData) -> Bool {
        lhs.services.map(\.slug) == rhs.services.map(\.slug) && lhs.organizations == rhs.organizations
            && lhs.comuni == rhs.comuni
    }
}
