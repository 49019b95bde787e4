import Catalog
import HTTPServer

/// The enterprise's shortlist without an account: add and remove (POST, from result items and
/// cards, same-origin only), the plan page, its CSV, and the shared read-only link.
struct ShortlistHandler: Sendable {
    let environment: EnterpriseEnvironment
    var store: ShortlistStore { ShortlistStore(environment: environment) }
    var limit: Int { environment.configuration.maxPlanItems }

    /// `POST /imprese/piano/aggiungi` (`servizio`, `ritorno`): 303 back with the new cookie.
    func add(_ request: HTTPRequest) throws -> HTTPResponse {
        let (form, id) = try serviceForm(request)
        var list = try store.read(request)
        if !list.contains(id), list.count >= limit {
            throw PortalError.invalidParameters(["Il piano può contenere al massimo \(limit) servizi: togline qualcuno prima di aggiungerne altri."])
        }
        list.add(id, limit: limit)
        return try redirect(to: Self.returnPath(form["ritorno"]), with: list)
    }

    /// `POST /imprese/piano/togli` (`servizio`, `ritorno`).
    func remove(_ request: HTTPRequest) throws -> HTTPResponse {
        try SameOriginCheck.require(request)
        let form = try request.formBody(limits: URLEncodedForm.Limits(maxFields: 10))
        let slug = form["servizio"] ?? ""
        var list = try store.read(request)
        let entries = try environment.plans.entries(ids: list.ids)
        if let id = try environment.plans.publishedID(slug: slug) ?? entries.first(where: { $0.slug == slug })?.serviceID {
            list.remove(id)
        }
        return try redirect(to: Self.returnPath(form["ritorno"]), with: list)
    }

    /// `POST /imprese/piano/svuota` (`ritorno`): empties the plan (a desk's next citizen).
    func clear(_ request: HTTPRequest) throws -> HTTPResponse {
        try SameOriginCheck.require(request)
        let form = try request.formBody(limits: URLEncodedForm.Limits(maxFields: 10))
        return try redirect(to: Self.returnPath(form["ritorno"]), with: Shortlist())
    }

    /// `GET /imprese/piano`.
    func page(_ request: HTTPRequest) throws -> HTTPResponse {
        let list = try store.read(request)
        let share = list.isEmpty ? nil
            : environment.context.configuration.site.baseURL + URLQuery([("lista", try store.token(list))]).url("/imprese/piano/condiviso")
        let view = ShortlistView(layout: try environment.layout(), entries: try environment.plans.entries(ids: list.ids),
                                 shareURL: share, sharedToken: nil)
        return HTMLResponse.page(view.render(), cache: .none)
    }

    /// `GET /imprese/piano.csv`: the plan as a spreadsheet (formula cells neutralised by `CSVWriter`).
    func csv(_ request: HTTPRequest) throws -> HTTPResponse {
        let entries = try environment.plans.entries(ids: try store.read(request).ids)
        let base = environment.context.configuration.site.baseURL
        let rows = PlanGroup.grouping(entries).flatMap { group in
            group.entries.map { e in
                [group.label, e.title, e.organizationName, e.paymentMode?.label ?? "",
                 e.tuirCategoryCode == nil ? "" : WelfarePaymentView(mode: e.paymentMode, firmSteps: e.firmSteps).steps ?? "",
                 e.welfareNotes, e.phone ?? "", e.email ?? "", base + "/servizi/" + e.slug]
            }
        }
        let header = ["Categoria art. 51 TUIR", "Servizio", "Ente", "Come paga il piano welfare",
                      "Cosa deve fare l'impresa", "Note per le imprese", "Telefono", "E-mail", "Scheda"]
        var response = HTMLResponse.body(CSVWriter().document(header: header, rows: rows),
                                         contentType: "text/csv; charset=utf-8", cache: .none)
        response.headers.set("Content-Disposition", "attachment; filename=\"piano-welfare.csv\"")
        return response
    }

    /// `GET /imprese/piano/condiviso?lista=…`: anyone with the link sees the plan, read-only.
    func shared(_ request: HTTPRequest) throws -> HTTPResponse {
        let token = try environment.context.query(request)["lista"] ?? ""
        guard let list = try store.decode(token) else {
            throw PortalError.notFound(what: "Il link del piano non è valido: controlla di averlo copiato per intero.")
        }
        let view = ShortlistView(layout: try environment.layout(), entries: try environment.plans.entries(ids: list.ids),
                                 shareURL: nil, sharedToken: token)
        return HTMLResponse.page(view.render(), cache: .none)
    }

    /// `POST /imprese/piano/importa` (`lista`): adds a shared plan's services to the visitor's own.
    func importShared(_ request: HTTPRequest) throws -> HTTPResponse {
        try SameOriginCheck.require(request)
        let form = try request.formBody(limits: URLEncodedForm.Limits(maxFields: 10))
        guard let shared = try store.decode(form["lista"] ?? "") else {
            throw PortalError.invalidParameters(["Il piano condiviso non è valido: apri di nuovo il link ricevuto."])
        }
        var list = try store.read(request)
        for id in shared.ids { list.add(id, limit: limit) }
        return try redirect(to: "/imprese/piano", with: list)
    }

    /// The same-origin check, the form, and the published service it names (404 otherwise).
    private func serviceForm(_ request: HTTPRequest) throws -> (URLEncodedForm, Int64) {
        try SameOriginCheck.require(request)
        let form = try request.formBody(limits: URLEncodedForm.Limits(maxFields: 10))
        let slug = form["servizio"] ?? ""
        guard slug.utf8.count <= 200, let id = try environment.plans.publishedID(slug: slug) else {
            throw PortalError.notFound(what: "Questo servizio non esiste o non è più pubblicato, quindi non può entrare nel piano.")
        }
        return (form, id)
    }

    private func redirect(to path: String, with list: Shortlist) throws -> HTTPResponse {
        var response = HTMLResponse.redirect(to: path)
        response.setCookies([try store.cookie(list)])
        return response
    }

    /// A path on this site (`/…`, never `//host` or a scheme), else the plan page.
    static func returnPath(_ raw: String?) -> String {
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), raw.utf8.count <= 500,
              !raw.contains("\\"), raw.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7f })
        else { return "/imprese/piano" }
        return raw
    }
}
