import Catalog
import Foundation
import HTTPServer

/// Welfare desks (issue 10): the desk operator's workbench, the printable plan (nothing stored),
/// saving a plan with an expiring link, deleting it, and the public link `/piani/{token}`.
struct DeskPlanHandler: Sendable {
    let environment: EnterpriseEnvironment
    let page: AdminPageView
    var repository: DeskPlanRepository {
        DeskPlanRepository(database: environment.database, clock: environment.admin.clock, random: environment.admin.random)
    }
    var days: Int { environment.configuration.deskPlanLifetimeDays }

    /// `GET /admin/sportello`.
    func workbench(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let view = DeskWorkbenchView(entries: try shortlist(request), saved: try saved(context), csrf: context.csrfToken,
                                     lifetimeDays: days)
        return HTMLResponse.page(page.render(title: "Piano per il cittadino", user: context, content: view.render()), cache: .none)
    }

    /// `POST /admin/sportello/piano` with `azione=stampa` (render only) or `azione=salva`.
    func submit(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        let entries = try shortlist(request)
        let name = String((form["citizen_name"] ?? "").trimmingWhitespace().prefix(500))
        var notes: [Int64: String] = [:]
        for entry in entries { notes[entry.serviceID] = String((form["nota_\(entry.serviceID)"] ?? "").trimmingWhitespace().prefix(5_000)) }
        switch form["azione"] {
        case "stampa":
            guard !entries.isEmpty else { throw PortalError.invalidParameters(["Il piano è vuoto: aggiungi almeno un servizio."]) }
            return printed(entries, name: name, notes: notes, expiresAt: nil, back: "/admin/sportello")
        case "salva":
            let items = entries.map { DeskPlanItem(serviceID: $0.serviceID, note: notes[$0.serviceID] ?? "") }
            let saved = try repository.save(citizenName: name, items: items, lifetimeDays: days, by: context.user)
            let link = environment.context.configuration.site.baseURL + "/piani/" + saved.token
            let expires = Date(timeIntervalSince1970: TimeInterval(environment.now + Int64(days) * 86_400))
            let content: HTML = """
            <h1>Piano salvato</h1>
            <div class="notice notice-ok" role="status"><p>Il piano è salvato fino al \(ItalianDate.long(expires)); poi viene cancellato.</p></div>
            <div class="field"><label for="link-piano">Link da mandare al cittadino</label>\
            <span class="hint" id="link-piano-suggerimento">Copialo ora: per sicurezza non lo mostriamo più.</span>\
            <input type="text" id="link-piano" value="\(link)" readonly aria-describedby="link-piano-suggerimento"></div>
            <p><a href="\(SafeURL(path: "/piani/\(saved.token)"))">Apri il piano salvato</a> · <a href="/admin/sportello">Torna al piano</a></p>
            """
            return HTMLResponse.page(page.render(title: "Piano salvato", user: context, content: content), cache: .none)
        default:
            throw PortalError.invalidParameters(["Scegli se stampare il piano o salvarlo."])
        }
    }

    /// `POST /admin/sportello/piani/{id}/elimina`.
    func delete(_ request: HTTPRequest, _ form: URLEncodedForm, _ context: AdminContext) throws -> HTTPResponse {
        guard let raw = request.pathParameters["id"], raw.count <= 18, let id = Int64(raw) else { throw CatalogError.notFound }
        try repository.delete(id: id, by: context.user)
        return HTMLResponse.redirect(to: "/admin/sportello")
    }

    /// `GET /piani/{token}`: the saved plan, for whoever has the link, until it expires.
    func publicPlan(_ request: HTTPRequest) throws -> HTTPResponse {
        let token = try environment.context.parameter(request, "token")
        guard let plan = try repository.plan(token: token) else {
            throw PortalError.notFound(what: "Questo piano non esiste più: i piani degli sportelli restano online per \(days) giorni, poi sono cancellati.")
        }
        let entries = try environment.plans.entries(ids: plan.items.map(\.serviceID))
        let notes = Dictionary(plan.items.map { ($0.serviceID, $0.note) }, uniquingKeysWith: { first, _ in first })
        return printed(entries, name: plan.citizenName, notes: notes,
                       expiresAt: Date(timeIntervalSince1970: TimeInterval(plan.expiresAt)), back: nil,
                       date: Date(timeIntervalSince1970: TimeInterval(plan.createdAt)))
    }

    private func printed(_ entries: [WelfarePlanEntry], name: String, notes: [Int64: String], expiresAt: Date?, back: String?,
                         date: Date? = nil) -> HTTPResponse {
        let view = DeskPlanPrintView(layout: environment.admin.layout, citizenName: String(name.prefix(120)), entries: entries,
                                     notes: notes, date: date ?? Date(timeIntervalSince1970: TimeInterval(environment.now)),
                                     expiresAt: expiresAt, backPath: back)
        var response = HTMLResponse.page(view.render(), cache: .none)
        response.headers.set("X-Robots-Tag", "noindex")
        return response
    }

    private func shortlist(_ request: HTTPRequest) throws -> [WelfarePlanEntry] {
        try environment.plans.entries(ids: try ShortlistStore(environment: environment).read(request).ids)
    }

    private func saved(_ context: AdminContext) throws -> [(plan: DeskPlan, titles: [String])] {
        try repository.plans(savedBy: context.user).map { plan in
            (plan, try environment.plans.entries(ids: plan.items.map(\.serviceID)).map(\.title))
        }
    }
}
