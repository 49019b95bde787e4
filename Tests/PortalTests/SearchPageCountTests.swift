import Catalog
@testable import Portal
import Search
import Testing

/// The search and enterprise pages count their pages with `SearchResults.pageCount`, i.e. with
/// the page size the search really used (clamped to `SearchQuery.maxPageSize`), not the size
/// the site asked for.
@Suite struct SearchPageCountTests {
    let layout = LayoutView(site: SiteContext())

    @Test(arguments: [(0, 20, 1), (1, 20, 1), (20, 20, 1), (21, 20, 2), (250, 100, 3), (7, 1, 7)])
    func thePaginationCountsThePagesOfTheResults(_ total: Int, _ pageSize: Int, _ pages: Int) {
        let result = SearchResults(items: [], total: total, page: 1, pageSize: pageSize)
        let model = SearchPageModel(parameters: SearchParameters(), needs: [], targets: [], deliveryModes: [],
                                    organizationKinds: [], comune: nil, result: result, sort: .relevance)
        let search = SearchView(layout: layout, model: model).render().rendered
        let enterprises = EnterprisesView(layout: layout, categories: [], needs: [], organizationKinds: [],
                                          filters: EnterpriseFilters(), result: result, providers: []).render().rendered
        for html in [search, enterprises] {
            #expect(html.contains("Pagina 1 di \(pages)") == (pages > 1))
        }
    }

    @Test func aSitePageSizeAboveTheSearchLimitStillCountsEveryPage() {
        let query = SearchQuery(pageSize: 150).normalized
        #expect(query.pageSize == SearchQuery.maxPageSize)
        #expect(SearchResults(items: [], total: 250, pageSize: query.pageSize).pageCount == 3)
    }
}
