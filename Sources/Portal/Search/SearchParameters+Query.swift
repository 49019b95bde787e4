import Catalog
import Search

extension SearchParameters {
    /// The Search query these parameters ask for, the one bridge from a `/cerca`-style request
    /// to `ServiceSearch`. `territoryId` is what `PlaceResolver` resolved (or a comune the page
    /// already knows); the order is the visitor's, else `SearchSort.default`.
    func searchQuery(territoryId: Int64?, pageSize: Int, tuirCategory: String? = nil) -> SearchQuery {
        SearchQuery(
            text: text, needs: Set(needs), targets: Set(targets), territoryId: territoryId,
            deliveryModes: Set(deliveryModes), costKinds: cost?.costKinds ?? [], welfareEligibleOnly: welfareOnly,
            organizationKinds: Set(organizationKinds), tuirCategories: Set(tuirCategory.map { [$0] } ?? []),
            page: page, pageSize: pageSize, sort: sort ?? .default(text: text, territoryId: territoryId))
    }
}

extension SearchParameters.CostFilter {
    /// The cost kinds this choice stands for (to filter and to count).
    var costKinds: Set<CostKind> { self == .free ? [.free] : CostKind.paidKinds }
}
