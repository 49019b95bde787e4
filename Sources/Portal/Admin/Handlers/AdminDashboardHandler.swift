import Catalog
import Foundation
import HTTPServer
import Accounts

/// GET /admin: counts by status, cards not verified for 12 months, recent changes.
struct AdminDashboardHandler: Sendable {
    let environment: AdminEnvironment
    let page: AdminPageView

    func show(_ request: HTTPRequest, _ context: AdminContext) throws -> HTTPResponse {
        // Desk operators do not work on cards: their home is the citizen's plan (issue 10).
        if !AccessPolicy.allows(context.user, .viewCards) { return HTMLResponse.redirect(to: "/admin/sportello") }
        let query = CardListQuery(database: environment.database, clock: environment.clock)
        let counts = try query.countsByStatus(for: context.user)
        let stale = try query.staleCount(for: context.user)
        var recentFilter = CardListFilter()
        recentFilter.sort = .updated
        let recent = try query.list(recentFilter, for: context.user, pageSize: 8).rows
        let tiles: [HTML] = ServiceStatus.allCases.map { status in
            "<li><a class=\"tile\" href=\"/admin/schede?stato=\(status.rawValue)\"><span class=\"tile-title\">\(counts[status] ?? 0)</span><span class=\"tile-hint\">\(status.label)</span></a></li>"
        }
        let changes: [HTML] = recent.map { row in
            "<li><a href=\"/admin/schede/\(String(row.id))\">\(row.title)</a> · \(row.status.label) · \(ItalianDate.long(row.updatedAt))</li>"
        }
        let rejected: [HTML] = try ProposalRejection.recent(forAuthor: context.user.id, limit: 5, in: environment.database).map {
            "<li><a href=\"/admin/schede/\(String($0.serviceId))\">\($0.serviceTitle)</a> · \(ItalianDate.long($0.rejectedAt)) · motivo: \($0.reason)</li>"
        }
        let content: HTML = """
        <h1>Cruscotto</h1>
        <h2>Schede per stato</h2>
        <ul class="tiles">\(tiles)</ul>
        <div class="\(stale > 0 ? "notice" : "notice notice-ok")"><p>\(stale == 1 ? "1 scheda non è verificata" : "\(stale) schede non sono verificate") \
        da più di 12 mesi. <a href="/admin/schede?da_verificare=1&amp;ordina=verifica">Vedi le schede da verificare</a></p></div>
        <p><a href="/admin/segnalazioni">Segnalazioni dei cittadini e chiarezza delle schede</a></p>
        <p><a href="/admin/da-verificare">Schede da verificare, per ente</a></p>
        <p><a href="/admin/osservatorio">Osservatorio dei bisogni: che cosa si cerca e quali parole non trovano nulla</a></p>
        \(rejected.isEmpty ? HTML() : "<h2>Tue proposte rifiutate</h2>\n<ul>\(rejected)</ul>\n")<h2>Modifiche recenti</h2>
        \(changes.isEmpty ? "<p>Ancora nessuna scheda. <a href=\"/admin/schede/nuova\">Crea la prima</a>.</p>" as HTML : "<ul>\(changes)</ul>")
        """
        return HTMLResponse.page(page.render(title: "Cruscotto", user: context, content: content), cache: .none)
    }
}
