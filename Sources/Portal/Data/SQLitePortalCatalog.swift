import Catalog
import Foundation
import Search
import Storage

/// `PortalCatalog` over the Catalog module's repositories and `ServiceSearch`. Only published and
/// archived cards are ever returned. Comuni are kept in memory (`ComuneDirectory`) for
/// resolution and autocomplete; catalog-wide counts are cached for 30 seconds.
public struct SQLitePortalCatalog: PortalCatalog {
    let pool: DatabasePool
    let services: ServiceRepository
    let organizations: OrganizationRepository
    let territories: TerritoryRepository
    let taxonomies: TaxonomyRepository
    let stats: StatsRepository
    let directory: ComuneDirectory
    let search: ServiceSearch
    let counts: ExpiringCache<CatalogCounts>
    let providers: ExpiringCache<[ProviderEntry]>
    let freshnessFacts: FreshnessRepository

    /// Loads the comuni into memory.
    /// - Throws: `SQLiteError` when the database cannot be read.
    /// - Parameters:
    ///   - freshness: the re-verification policy (flags and demotes overdue cards).
    public init(pool: DatabasePool, freshness: FreshnessPolicy = FreshnessPolicy()) throws {
        self.pool = pool
        freshnessFacts = FreshnessRepository(pool: pool, policy: freshness)
        services = ServiceRepository(pool: pool)
        organizations = OrganizationRepository(pool: pool)
        territories = TerritoryRepository(pool: pool)
        taxonomies = TaxonomyRepository(pool: pool)
        stats = StatsRepository(pool: pool)
        let territories = self.territories
        directory = ComuneDirectory(comuni: try territories.provinces().flatMap { try territories.comuni(inProvince: $0.id) })
        counts = ExpiringCache(lifetime: .seconds(30))
        providers = ExpiringCache(lifetime: .seconds(30))
        search = ServiceSearch(pool: pool, demoteBefore: { freshness.thresholds().demoted })
    }

    public func terms(_ taxonomy: Taxonomy) throws -> [TaxonomyTerm] { try taxonomies.all(taxonomy) }

    public func publishedServiceCount() throws -> Int {
        try counts.value { try stats.counts() }.servicesByStatus[.published] ?? 0
    }

    public func recentlyUpdated(limit: Int) throws -> [ServiceSummary] { try services.recentlyUpdated(limit: limit) }

    public func translation(of card: ServiceCard, language: String) throws -> ServiceTranslation? {
        try ServiceTranslationRepository(pool: pool).translation(serviceId: card.service.id, language: language)
    }

    public func hasDemoData() throws -> Bool { try counts.value { try stats.counts() }.demoServices > 0 }

    public func card(slug: String) throws -> ServiceCard? {
        guard let card = try orNil({ try services.card(slug: slug, includeUnpublished: true) }) else { return nil }
        return Self.isPublic(card.service.status) ? card : nil
    }

    public func contactSummaries(slugs: [String]) throws -> [ServiceContactSummary] {
        try services.contactSummaries(slugs: slugs).filter { Self.isPublic($0.status) }
    }

    public func freshness(of card: ServiceCard) throws -> CardFreshness? {
        try freshnessFacts.freshness(serviceId: card.service.id)
    }

    public func history(of card: ServiceCard) throws -> [CardHistoryEntry] {
        try CardHistory(pool: pool).entries(serviceId: card.service.id)
    }

    public func organization(slug: String) throws -> Organization? {
        try orNil { try organizations.organization(slug: slug) }
    }

    public func services(ofOrganization id: Int64) throws -> [ServiceSummary] {
        try services.services(ofOrganization: id, includeUnpublished: true).filter { Self.isPublic($0.status) }
    }

    /// One query per organisation, so the directory is cached like the catalog-wide counts.
    public func welfareProviders() throws -> [ProviderEntry] {
        try providers.value {
            try organizations.list(withPublishedServicesOnly: true).compactMap { org in
                let count = try services.services(ofOrganization: org.id).filter(\.welfareEligible).count
                guard count > 0 else { return nil }
                return ProviderEntry(slug: org.slug, name: org.name, kindLabel: org.kind.label, welfareServiceCount: count)
            }
        }
    }

    public func territory(id: Int64) throws -> TerritoryRef? { try orNil { try territories.territory(id: id) } }

    public func comune(slug: String) throws -> Comune? { try orNil { try territories.comune(slug: slug) } }

    public func territoriesContaining(comune: Comune) throws -> [TerritoryRef] {
        try territories.containers(ofComune: comune.id)
    }

    public func resolveComune(_ text: String) throws -> ComuneMatch { directory.resolve(text) }

    public func suggestComuni(_ prefix: String, limit: Int) throws -> [Comune] { directory.suggestions(prefix, limit: limit) }

    public func province(code: String) throws -> Province? {
        let key = code.lowercased()
        return try territories.provinces().first { $0.code.lowercased() == key || $0.slug == key }
    }

    public func area(slug: String) throws -> Area? { try orNil { try territories.area(slug: slug) } }

    public func sitemap() throws -> SitemapData {
        SitemapData(
            services: try services.recentlyUpdated(limit: 50_000).map { (slug: $0.slug, updatedAtISO: ItalianDate.iso($0.updatedAt)) },
            organizations: try organizations.list(withPublishedServicesOnly: true, limit: 50_000).map(\.slug),
            comuni: directory.comuni.map(\.slug))
    }

    static func isPublic(_ status: ServiceStatus) -> Bool { status == .published || status == .archived }

    /// nil for `CatalogError.notFound`; other errors are rethrown.
    func orNil<T>(_ body: () throws -> T) throws -> T? {
        do { return try body() } catch CatalogError.notFound { return nil }
    }
}

extension SQLitePortalCatalog {
    public func currentSlug(ofRenamed kind: SlugRedirects.Kind, _ oldSlug: String) throws -> String? {
        try pool.read { db in try SlugRedirects.currentSlug(kind, for: oldSlug, in: db) }
    }
}
