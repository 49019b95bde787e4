import Catalog
import Foundation
import HTTPServer

/// GET /admin/registro: the audit log, newest first, `AdminResource.auditLog.perPage` per page (admins only).
struct AdminAuditHandler: Sendable {
    let environment: AdminEnvironment
    let page: AdminPageView

    func list(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        let query = try request.queryParameters()
        let number = Int(query["pagina"] ?? "1") ?? 0
        guard number >= 1 && number <= 100_000 else { throw PortalError.invalidParameters(["Numero di pagina non valido."]) }
        let kind = query["tipo"].flatMap { $0.isEmpty ? nil : $0 }
        let entries = try environment.auditLog.page(limit: AdminResource.auditLog.perPage, offset: (number - 1) * AdminResource.auditLog.perPage, entityType: kind)
        let total = try environment.auditLog.count(entityType: kind)
        let rows: [HTML] = entries.map { e in
            """
            <tr><td>\(ItalianDate.long(e.at))</td><td>\(e.actor)</td><td><code>\(e.action)</code></td>\
            <td>\(e.entityType) \(e.entityId)</td><td>\(e.summary)</td></tr>
            """
        }
        let size = AdminResource.auditLog.perPage
        let pagination = PaginationView(page: number, pageCount: max(1, (total + size - 1) / size)) { n in
            "/admin/registro?pagina=\(n)" + (kind.map { "&tipo=\(URLQuery.encode($0))" } ?? "")
        }
        let headers: [HTML] = AdminResource.auditLog.columns.map { "<th scope=\"col\">\($0.label)</th>" }
        let content: HTML = """
        <h1>Registro attività</h1>
        <p>Ogni modifica: chi, quando, che cosa. \(total) voci.</p>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Tabella: Registro attività"><table><caption class="visually-hidden">Registro attività</caption>
        <thead><tr>\(headers)</tr></thead>
        <tbody>\(rows)</tbody></table></div>
        \(pagination.render())
        """
        return HTMLResponse.page(page.render(title: "Registro attività", user: context, content: content), cache: .none)
    }
}
