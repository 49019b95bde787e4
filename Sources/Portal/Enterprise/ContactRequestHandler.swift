import Catalog
import HTTPServer
import Accounts

/// `GET|POST /imprese/piano/richiesta`: a firm asks the providers of its shortlist for
/// information. No session: the form carries a signed token (`PublicFormGuard`), each client
/// may send a few per hour (429 beyond), and invalid input changes nothing (422 with the form).
struct ContactRequestHandler: Sendable {
    let environment: EnterpriseEnvironment
    var guardian: PublicFormGuard { PublicFormGuard(environment: environment, form: .contactRequest) }
    var repository: ContactRequestRepository {
        ContactRequestRepository(database: environment.database, clock: environment.admin.clock)
    }

    func form(_ request: HTTPRequest) throws -> HTTPResponse {
        try render(request, form: ContactRequestForm(), status: .ok)
    }

    func submit(_ request: HTTPRequest) throws -> HTTPResponse {
        let body = try request.formBody(limits: URLEncodedForm.Limits(maxFields: 20))
        try guardian.check(request, body)
        try environment.limiter.requireAllowed(.contactRequest, client: environment.context.clientAddress(of: request))
        let form = try ContactRequestForm(form: body, catalog: environment.context.catalog)
        let entries = try plan(request)
        guard form.errors.isEmpty, !entries.isEmpty else { return try render(request, form: form, status: .unprocessableContent) }
        let ids = try repository.submit(form.draft, about: entries, siteURL: environment.context.configuration.site.baseURL)
        try environment.limiter.record(.contactRequest, client: environment.context.clientAddress(of: request))
        return HTMLResponse.redirect(to: "/imprese/piano/richiesta/inviata?enti=\(ids.count)")
    }

    func sent(_ request: HTTPRequest) throws -> HTTPResponse {
        let count = Int(try environment.context.query(request)["enti"] ?? "") ?? 1
        let view = ContactRequestSentView(layout: try environment.layout(), providerCount: max(1, min(count, 30)))
        return HTMLResponse.page(view.render(), cache: .none)
    }

    private func plan(_ request: HTTPRequest) throws -> [WelfarePlanEntry] {
        try environment.plans.entries(ids: try ShortlistStore(environment: environment).read(request).ids)
    }

    private func render(_ request: HTTPRequest, form: ContactRequestForm, status: HTTPStatus) throws -> HTTPResponse {
        let (nonce, cookie) = try guardian.nonce(for: request)
        let view = ContactRequestView(layout: try environment.layout(), entries: try plan(request), form: form,
                                      token: try guardian.token(nonce: nonce))
        var response = HTMLResponse.page(view.render(), status: status, cache: .none)
        if let cookie { response.setCookies([cookie]) }
        return response
    }
}
