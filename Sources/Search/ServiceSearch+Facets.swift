import Catalog
/// Turning a pass's counters into labelled facets.
extension ServiceSearch {
    func facets(_ e: SnapshotEvaluation, query: SearchQuery, snapshot: SearchSnapshot) -> SearchFacets {
        func list(_ terms: [TaxonomyTerm], _ counts: [Int], _ selected: Set<String>) -> [FacetCount] {
            terms.prefix(64).enumerated().map { index, term in
                FacetCount(code: term.code, label: term.label, count: counts[index], selected: selected.contains(term.code))
            }
        }
        var facets = SearchFacets()
        facets.needs = list(snapshot.needTerms, e.needCounts, query.needs)
        facets.targets = list(snapshot.targetTerms, e.targetCounts, query.targets)
        facets.deliveryModes = list(snapshot.modeTerms, e.modeCounts, query.deliveryModes)
        facets.costKinds = CostKind.allCases.enumerated().map { index, kind in
            FacetCount(code: kind.rawValue, label: kind.label, count: e.costCounts[index],
                       selected: query.costKinds.contains(kind))
        }
        facets.organizationKinds = snapshot.organizationKinds.enumerated().map { index, term in
            FacetCount(code: term.code, label: term.label, count: e.organizationKindCounts[index],
                       selected: query.organizationKinds.contains(term.code))
        }
        facets.tuirCategories = snapshot.tuirTerms.enumerated().map { index, term in
            FacetCount(code: term.code, label: term.label, count: e.tuirCounts[index],
                       selected: query.tuirCategories.contains(term.code))
        }
        facets.welfareEligible = e.welfareCount
        if query.territoryId != nil {
            for kind in TerritoryKind.allCases { facets.proximity[kind] = e.proximityCounts[kind.proximity] }
        }
        return facets
    }
}
