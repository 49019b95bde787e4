import Accounts
import Catalog
import HTTPServer

/// `GET /admin/da-verificare`: published cards past their re-verification date, grouped by
/// organisation. An organisation's operator sees only their organisations' cards.
struct OverdueCardsHandler: Sendable {
    let repository: FreshnessRepository

    func show(_ request: HTTPRequest, _ context: AdminContext, page: AdminPageView) throws -> HTTPResponse {
        let user = context.user
        let scope: Set<Int64>? = AccessPolicy.allows(user, .viewEveryOverdueCard) ? nil : user.organizationIDs
        let cards = try repository.overdue(organizationIDs: scope)
        var groups: [HTML] = []
        var start = 0
        while start < cards.count {
            let org = cards[start].organizationId
            let end = cards[start...].firstIndex { $0.organizationId != org } ?? cards.count
            let items: [HTML] = cards[start..<end].map { card in
                let demoted: HTML = card.demoted ? " · <strong>retrocessa nella ricerca</strong>" : ""
                return "<li><a href=\"/admin/schede/\(String(card.serviceId))\">\(card.title)</a> · ultimo riferimento \(ItalianDate.long(card.reference))\(demoted)</li>"
            }
            groups.append("<h2>\(cards[start].organizationName) (\(end - start))</h2>\n<ul>\(items)</ul>\n")
            start = end
        }
        let months = repository.policy.months
        let content: HTML = """
        <h1>Schede da verificare</h1>
        <p>Schede pubblicate non verificate con l'ente da più di \(months) mesi: sul portale sono segnalate \
        «informazioni da verificare»; dopo \(2 * months) mesi scendono nei risultati di ricerca. \
        Apri la scheda e usa «Verificata oggi» dopo aver sentito l'ente.</p>
        \(groups.isEmpty ? "<p class=\"notice notice-ok\">Nessuna scheda da verificare.</p>" as HTML : HTML.join(groups))
        """
        return HTMLResponse.page(page.render(title: "Schede da verificare", user: context, content: content), cache: .none)
    }
}
