import Catalog
import Search

extension SQLitePortalCatalog {
    /// Runs the `ServiceSearch`; a TUIR category (enterprises' page) is filtered and counted by it too.
    public func search(_ query: SearchQuery) throws -> SearchResults {
        try search.search(query)
    }

    public func similarActiveServices(to card: ServiceCard, limit: Int) throws -> [ServiceSummary] {
        let query = SearchQuery(needs: Set(card.needs.map(\.code)), pageSize: limit + 1, sort: .freshness)
        return try search.search(query).items.filter { $0.id != card.service.id }.prefix(limit).map(\.serviceSummary)
    }
}
