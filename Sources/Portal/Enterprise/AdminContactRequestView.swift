import Catalog
import Foundation

/// The queue of contact requests and one request with its status form.
struct AdminContactRequestView: Sendable {
    let requests: [ContactRequest]
    let status: ContactRequestStatus?

    func list() -> HTML {
        let filters: [HTML] = ([nil] + ContactRequestStatus.allCases.map(Optional.some)).map { option in
            let label = option?.label ?? "Tutte"
            let href = option.map { "/admin/richieste?stato=\($0.rawValue)" } ?? "/admin/richieste"
            return option == status ? "<li><strong aria-current=\"page\">\(label)</strong></li>" : "<li><a href=\"\(href)\">\(label)</a></li>"
        }
        let rows: [HTML] = requests.map { r in
            """
            <tr><td>\(Self.date(r.createdAt))</td><th scope="row"><a href="/admin/richieste/\(String(r.id))">\(r.firmName)</a></th>\
            <td>\(r.organizationName)</td><td>\(r.services.map(\.title).joined(separator: "; "))</td><td>\(r.status.label)</td></tr>
            """
        }
        let table: HTML = requests.isEmpty ? "<p>Nessuna richiesta.</p>" : """
            <div class="table-wrap"><table><caption class="visually-hidden">Richieste di informazioni delle imprese</caption>
            <thead><tr><th scope="col">Data</th><th scope="col">Impresa</th><th scope="col">Ente</th><th scope="col">Servizi</th><th scope="col">Stato</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        return """
        <h1>Richieste delle imprese</h1>
        <p>Le imprese chiedono informazioni sui servizi del vostro ente dal loro piano welfare. Rispondete per e-mail o telefono \
        e aggiornate lo stato.</p>
        <nav aria-label="Filtra per stato"><ul class="group-list">\(filters)</ul></nav>
        \(table)
        """
    }

    func detail(_ r: ContactRequest, csrf: String) -> HTML {
        let services: [HTML] = r.services.map { "<li><a href=\"\(SafeURL(path: "/servizi/\($0.slug)"))\">\($0.title)</a></li>" }
        let options = ContactRequestStatus.allCases.map { (value: $0.rawValue, label: $0.label) }
        let phone: HTML = r.contactPhone.isEmpty ? HTML() : "<dt>Telefono</dt><dd>\(r.contactPhone)</dd>"
        return """
        <h1>Richiesta di \(r.firmName)</h1>
        <dl class="facts">
        <dt>Ricevuta il</dt><dd>\(Self.date(r.createdAt))</dd>
        <dt>Per l'ente</dt><dd>\(r.organizationName)</dd>
        <dt>Dimensione</dt><dd>\(r.sizeBand.label)</dd>
        <dt>Comune della sede</dt><dd>\(r.comuneName)</dd>
        <dt>Persona da contattare</dt><dd>\(r.contactName)</dd>
        <dt>E-mail</dt><dd>\(SafeURL("mailto:" + r.contactEmail).map { "<a href=\"\($0)\">\(r.contactEmail)</a>" as HTML } ?? "\(r.contactEmail)")</dd>\(phone)
        <dt>Stato</dt><dd>\(r.status.label)</dd>
        </dl>
        <h2>Servizi</h2><ul>\(services)</ul>
        <h2>Messaggio</h2><p class="message">\(r.message)</p>
        <form method="post" action="/admin/richieste/\(String(r.id))/stato">\(AdminForm.csrf(csrf))\
        \(AdminForm.select("stato", label: "Cambia lo stato", options: options, selected: r.status.rawValue, errors: ErrorSummaryView(errors: [])))\
        <button type="submit" class="button">Salva lo stato</button></form>
        """
    }

    static func date(_ seconds: Int64) -> String { ItalianDate.long(Date(timeIntervalSince1970: TimeInterval(seconds))) }
}
