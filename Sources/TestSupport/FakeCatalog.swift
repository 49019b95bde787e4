import Catalog
import Foundation
import Portal
import Search

/// A small in-memory catalog for handler tests (no database): two comuni, one province, two
/// cards (one published for the whole province, one archived).
public struct FakeCatalog: PortalCatalog {
    static let torino = Province(id: 2, code: "TO", istatCode: "201", name: "Torino", slug: "torino", isMetropolitanCity: true)
    static let pinerolo = Comune(id: 10, istatCode: "001191", name: "Pinerolo", slug: "pinerolo", provinceId: 2, provinceCode: "TO",
                                 cadastralCode: "G674", nuts3: "ITC11", postalCodes: ["10064"], isCapoluogo: false)
    static let pinasca = Comune(id: 11, istatCode: "001190", name: "Pinasca", slug: "pinasca", provinceId: 2, provinceCode: "TO",
                                cadastralCode: "G672", nuts3: "ITC11", postalCodes: ["10060"], isCapoluogo: false)
    static let needs = [TaxonomyTerm(code: "anziani", label: "Cura e assistenza anziani", sortOrder: 1),
                        TaxonomyTerm(code: "salute", label: "Salute e prevenzione", sortOrder: 2)]

    /// The cards it serves; tests may add more.
    public var cards: [ServiceCard] = [CardFixtures.card(), archivedCard()]

    public init() {}

    private static func archivedCard() -> ServiceCard {
        var card = CardFixtures.card(title: "Sportello chiuso", status: .archived)
        card.service.fields.slug = "sportello-chiuso"
        card.service.id = 2
        return card
    }

    public func terms(_ taxonomy: Taxonomy) throws -> [TaxonomyTerm] {
        switch taxonomy {
        case .need: return Self.needs
        case .tuirCategory: return [TaxonomyTerm(code: "sanita", label: "Sanità", sortOrder: 1)]
        default: return []
        }
    }
    public func publishedServiceCount() throws -> Int { cards.filter { $0.service.status == .published }.count }
    public func recentlyUpdated(limit: Int) throws -> [ServiceSummary] { Array(cards.map(summary).prefix(limit)) }
    public func hasDemoData() throws -> Bool { true }
    public func card(slug: String) throws -> ServiceCard? { cards.first { $0.service.slug == slug } }
    public func similarActiveServices(to card: ServiceCard, limit: Int) throws -> [ServiceSummary] {
        cards.filter { $0.service.status == .published && $0.service.id != card.service.id }.map(summary)
    }
    public func organization(slug: String) throws -> Organization? { nil }
    public func services(ofOrganization id: Int64) throws -> [ServiceSummary] { [] }
    public func welfareProviders() throws -> [ProviderEntry] { [] }
    public func territory(id: Int64) throws -> TerritoryRef? { nil }
    public func comune(slug: String) throws -> Comune? { [Self.pinerolo, Self.pinasca].first { $0.slug == slug } }
    public func territoriesContaining(comune: Comune) throws -> [TerritoryRef] { [comune.territoryRef, Self.torino.territoryRef] }
    public func resolveComune(_ text: String) throws -> ComuneMatch {
        let all = [Self.pinerolo, Self.pinasca]
        if let match = all.first(where: { $0.name.lowercased() == text.lowercased() || $0.postalCodes.contains(text) }) {
            return .found(match)
        }
        let prefix = all.filter { $0.name.lowercased().hasPrefix(text.lowercased().prefix(3)) }
        return text.count <= 3 && prefix.count > 1 ? .ambiguous(prefix) : .notFound(suggestions: prefix)
    }
    public func suggestComuni(_ prefix: String, limit: Int) throws -> [Comune] {
        [Self.pinerolo, Self.pinasca].filter { $0.name.lowercased().hasPrefix(prefix.lowercased()) }
    }
    public func province(code: String) throws -> Province? { code == "to" || code == "torino" ? Self.torino : nil }
    public func area(slug: String) throws -> Area? { nil }
    public func search(_ query: SearchQuery) throws -> SearchResults {
        let found = cards.filter { card in
            Self.inScope(card.service.status, query.scope)
                && (query.needs.isEmpty || card.needs.contains { query.needs.contains($0.code) })
                && (query.text.isEmpty || card.service.title.lowercased().contains(query.text.lowercased()))
        }
        var facets = SearchFacets()
        for need in found.flatMap(\.needs) {
            if let index = facets.needs.firstIndex(where: { $0.code == need.code }) { facets.needs[index].count += 1 } else {
                facets.needs.append(FacetCount(code: need.code, label: need.label, count: 1, selected: query.needs.contains(need.code)))
            }
        }
        var suggestions: SearchSuggestions?
        if found.isEmpty {
            var hints = SearchSuggestions()
            if [Self.pinerolo.id, Self.pinasca.id].contains(query.territoryId) {
                hints.widerTerritories = [WiderTerritory(territory: Self.torino.territoryRef, count: 1)]
            }
            if !query.text.isEmpty { hints.spellings = ["rimborso"] }
            suggestions = hints
        }
        return SearchResults(items: found.map { SearchHit(summary: summary($0)) }, total: found.count, page: query.page,
                             pageSize: query.pageSize, facets: facets, suggestions: suggestions)
    }

    private static func inScope(_ status: ServiceStatus, _ scope: SearchScope) -> Bool {
        switch scope {
        case .public: status == .published
        case .statuses(let statuses): statuses.contains(status)
        }
    }
    public func sitemap() throws -> SitemapData {
        SitemapData(services: [(slug: "rimborso-spese", updatedAtISO: "2025-03-12")], organizations: ["societa-mutua-piemonte"],
                    comuni: ["pinerolo", "pinasca"])
    }

    /// The list entry for `card`, as the search answers it.
    public func summary(_ card: ServiceCard) -> ServiceSummary {
        ServiceSummary(id: card.service.id, slug: card.service.slug, title: card.service.title, summary: card.service.summary,
                       organizationName: card.organization.name, organizationSlug: card.organization.slug,
                       status: card.service.status, costKind: card.service.cost.kind, welfareEligible: false,
                       updatedAt: card.service.updatedAt, lastVerifiedAt: nil, isDemo: true)
    }
}
