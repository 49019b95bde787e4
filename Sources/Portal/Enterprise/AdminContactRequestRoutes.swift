import Catalog
import HTTPServer

/// The providers' queue of firms' contact requests under `/admin/richieste`, behind `AdminGate`
/// (session, CSRF on POST, permission). An operator sees only the requests addressed to their
/// organisations: another provider's request answers 404, as if it did not exist.
enum AdminContactRequestRoutes {
    static func register(on router: inout Router, environment: EnterpriseEnvironment) throws {
        let gate = AdminGate(environment: environment.admin)
        let handler = AdminContactRequestHandler(
            repository: ContactRequestRepository(database: environment.database, clock: environment.admin.clock),
            page: AdminPageView(layout: environment.admin.layout))
        try router.get("/admin/richieste", handler: gate.page(.viewContactRequests) { try handler.list($0, $1) })
        try router.get("/admin/richieste/{id}", handler: gate.page(.viewContactRequests) { try handler.show($0, $1) })
        try router.post("/admin/richieste/{id}/stato", options: RouteOptions(maxBodySize: 16 * 1024),
                        handler: gate.action(.viewContactRequests) { try handler.setStatus($0, $1, $2) })
    }
}

struct AdminContactRequestHandler: Sendable {
    let repository: ContactRequestRepository
    let page: AdminPageView

    func list(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let query = try request.queryParameters(limits: URLEncodedForm.Limits(maxFields: 10))
        let raw = query["stato"] ?? ""
        let status = ContactRequestStatus(rawValue: raw)
        if !raw.isEmpty && status == nil { throw PortalError.invalidParameters(["Lo stato «\(String(raw.prefix(40)))» non esiste: scegli dall'elenco."]) }
        let rows = try repository.queue(for: context.user, status: status)
        let view = AdminContactRequestView(requests: rows, status: status)
        return HTMLResponse.page(page.render(title: "Richieste delle imprese", user: context, content: view.list()), cache: .none)
    }

    func show(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        guard let item = try repository.request(id: try id(request), for: context.user) else { throw CatalogError.notFound }
        let content = AdminContactRequestView(requests: [item], status: nil).detail(item, csrf: context.csrfToken)
        let breadcrumb = [BreadcrumbItem("Area operatori", path: "/admin"), BreadcrumbItem("Richieste", path: "/admin/richieste"),
                          BreadcrumbItem(item.firmName)]
        return HTMLResponse.page(page.render(title: "Richiesta di \(item.firmName)", user: context, breadcrumb: breadcrumb,
                                             content: content), cache: .none)
    }

    func setStatus(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let id = try id(request)
        guard let status = ContactRequestStatus(rawValue: form["stato"] ?? "") else {
            throw PortalError.invalidParameters(["Scegli uno stato dall'elenco: nuova, in corso o chiusa."])
        }
        guard try repository.request(id: id, for: context.user) != nil else { throw CatalogError.notFound }
        try repository.setStatus(status, id: id, by: context.user)
        return HTMLResponse.redirect(to: "/admin/richieste/\(id)")
    }

    private func id(_ request: HTTPRequest) throws -> Int64 {
        guard let raw = request.pathParameters["id"], raw.count <= 18, let id = Int64(raw), id > 0 else { throw CatalogError.notFound }
        return id
    }
}
