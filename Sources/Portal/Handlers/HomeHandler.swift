import HTTPServer

/// `GET /`: the home page.
struct HomeHandler: Sendable {
    let context: PageContext

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        let catalog = context.catalog
        let view = HomeView(layout: try context.layout(), needs: try catalog.terms(.need),
                            recent: try catalog.recentlyUpdated(limit: 5), serviceCount: try catalog.publishedServiceCount())
        return context.page(view.render())
    }
}
