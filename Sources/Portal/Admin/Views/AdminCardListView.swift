import Catalog
import Foundation
import HTTPServer

/// The admin card list: a GET filter form, the selected filters as removable links, a table,
/// and pagination (GOV.UK / MOJ filter patterns, no JavaScript needed).
struct AdminCardListView: Sendable {
    let page: AdminPageView

    func render(query: URLEncodedForm, filter: CardListFilter, rows: [CardListRow], total: Int, pageSize: Int,
                vocabulary: AdminVocabulary, context: AdminContext) -> HTML {
        let pages = max(1, (total + pageSize - 1) / pageSize)
        let pagination = PaginationView(page: filter.page, pageCount: pages) { number in
            "/admin/schede?" + Self.replacing(query, "pagina", with: String(number)).encoded
        }
        let content: HTML = """
        <h1>Schede</h1>
        <p><a class="button" href="/admin/schede/nuova">Nuova scheda</a> <a class="button button-secondary" href="/admin/esporta.csv">Scarica tutte in CSV</a></p>
        \(filters(query, filter, vocabulary))\(selected(query))
        <p role="status">\(total == 1 ? "1 scheda" : "\(total) schede")</p>
        \(table(rows))\(pagination.render())
        """
        return page.render(title: "Schede", user: context, breadcrumb: [BreadcrumbItem("Area operatori", path: "/admin"), BreadcrumbItem("Schede")],
                           content: content)
    }

    func filters(_ query: URLEncodedForm, _ filter: CardListFilter, _ vocabulary: AdminVocabulary) -> HTML {
        let none = ErrorSummaryView(errors: [])
        let statuses = [("", "Tutti")] + ServiceStatus.allCases.map { ($0.rawValue, $0.label) }
        let orgs = [("", "Tutti")] + vocabulary.organizations.map { (String($0.id), $0.name) }
        let needs = [("", "Tutti")] + vocabulary.terms(.need).map { ($0.code, $0.label) }
        let sorts = [("aggiornate", "Modificate di recente"), ("titolo", "Titolo"), ("verifica", "Verificate da più tempo")]
        return """
        <form method="get" action="/admin/schede" class="filters">
        \(AdminForm.input("q", label: "Cerca nel titolo", value: query["q"] ?? "", errors: none))\
        \(AdminForm.select("stato", label: "Stato", options: statuses, selected: query["stato"] ?? "", errors: none))\
        \(AdminForm.select("ente", label: "Ente", options: orgs, selected: query["ente"] ?? "", errors: none))\
        \(AdminForm.select("bisogno", label: "Bisogno", options: needs, selected: query["bisogno"] ?? "", errors: none))\
        \(AdminForm.input("comune", label: "Comune servito", value: query["comune"] ?? "", errors: none))\
        \(AdminForm.checkbox("da_verificare", label: "Solo schede non verificate da 12 mesi", checked: filter.staleOnly))\
        \(AdminForm.select("ordina", label: "Ordina per", options: sorts, selected: filter.sort.rawValue, errors: none))\
        <button type="submit" class="button">Applica filtri</button>
        </form>

        """
    }

    /// Each active filter as a link that removes it.
    func selected(_ query: URLEncodedForm) -> HTML {
        let labels = ["q": "Testo", "stato": "Stato", "ente": "Ente", "bisogno": "Bisogno", "comune": "Comune",
                      "da_verificare": "Non verificate da 12 mesi"]
        let active = query.fields.filter { labels[$0.name] != nil && !$0.value.isEmpty }
        guard !active.isEmpty else { return HTML() }
        let items: [HTML] = active.map { field in
            let href = "/admin/schede?" + Self.replacing(query, field.name, with: nil).encoded
            return "<li><a href=\"\(href)\"><span class=\"visually-hidden\">Rimuovi il filtro </span>\(labels[field.name] ?? ""): \(field.value) ×</a></li>"
        }
        return "<ul class=\"selected-filters\" aria-label=\"Filtri applicati\">\(items)</ul>\n"
    }

    func table(_ rows: [CardListRow]) -> HTML {
        guard !rows.isEmpty else { return "<p>Nessuna scheda con questi filtri.</p>\n" }
        let body: [HTML] = rows.map { row in
            """
            <tr><td><a href="/admin/schede/\(String(row.id))">\(row.title)</a></td><td>\(row.organizationName)</td>\
            <td>\(row.status.label)\(HTML.when(row.hasProposal, "<br><strong>Modifica in attesa di revisione</strong>"))</td><td>\(ItalianDate.long(row.updatedAt))</td>\
            <td>\(row.lastVerifiedAt.map { ItalianDate.long($0) } ?? "mai")</td></tr>
            """
        }
        let headers: [HTML] = AdminResource.services.columns.map { "<th scope=\"col\">\($0.label)</th>" }
        return """
        <div class="table-wrap" tabindex="0" role="region" aria-label="Tabella: Schede"><table><caption class="visually-hidden">Schede</caption>
        <thead><tr>\(headers)</tr></thead>
        <tbody>\(body)</tbody></table></div>

        """
    }

    static func replacing(_ query: URLEncodedForm, _ name: String, with value: String?) -> URLEncodedForm {
        var copy = URLEncodedForm(fields: query.fields.filter { $0.name != name && !($0.name == "pagina" && name != "pagina") })
        if let value { copy.append(name, value) }
        return copy
    }
}
