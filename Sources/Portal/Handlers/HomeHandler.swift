import HTTPServer

/// `GET /` (and `/en`…): the home page. On `/` without a query, a visitor whose
/// `Accept-Language` prefers another language we speak is sent to that home (302, `Vary:
/// Accept-Language`); `?lingua=it` (the switch's Italian link) always answers in Italian.
struct HomeHandler: Sendable {
    let context: PageContext

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        if request.path == "/", request.query.isEmpty, let code = preferredLanguage(request) {
            var response = HTMLResponse.redirect(to: context.languages.localizer(code).path("/"), status: .found)
            response.headers.set("Vary", "Accept-Language")
            return response
        }
        let catalog = context.catalog
        var layout = try context.layout(for: request)
        layout.alternatePath = "/"
        let view = HomeView(layout: layout, needs: try catalog.terms(.need),
                            recent: try catalog.recentlyUpdated(limit: 5), serviceCount: try catalog.publishedServiceCount())
        var response = context.page(view.render())
        if request.path == "/" { response.headers.set("Vary", "Accept-Language") }
        return response
    }

    /// A language other than Italian that `Accept-Language` ranks above Italian, if any.
    func preferredLanguage(_ request: HTTPRequest) -> String? {
        guard let header = request.headers["Accept-Language"] else { return nil }
        let best = AcceptLanguage.best(header, available: context.languages.allCodes)
        return best == MessageCatalogs.defaultCode ? nil : best
    }
}
