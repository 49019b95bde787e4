import Catalog
import Search

/// `/imprese/questionario/gestione/{token}`: the firm's private page: the two links, the
/// aggregates (k = 5, `NeedsSurveyReport`), local services for the top needs, CSV, closing.
struct NeedsSurveyResultsView: Sendable {
    let layout: LayoutView
    let survey: NeedsSurvey
    let isOpen: Bool
    let report: NeedsSurveyReport
    let services: [(need: String, items: [SearchHit])]
    let baseURL: String
    let adminToken: String
    let closeToken: String

    var adminPath: String { "/imprese/questionario/gestione/\(adminToken)" }

    func render() -> HTML {
        let meta = PageMetadata(title: "Risultati del questionario — \(survey.firmName)",
                                breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Per le imprese", path: "/imprese"),
                                             BreadcrumbItem("Risultati del questionario")], noIndex: true)
        return layout.render(meta, content: """
        <h1>Questionario di \(survey.firmName)</h1>
        \(links())\(status())<h2>Risultati</h2>
        \(results())\(servicesHTML())
        """)
    }

    func links() -> HTML {
        """
        <div class="panel" role="note">
        <p><strong>Indirizzo da condividere con i dipendenti:</strong><br><a href="/questionario/\(survey.publicToken)">\(baseURL)/questionario/\(survey.publicToken)</a></p>
        <p><strong>Il tuo indirizzo riservato</strong> (salvalo: non possiamo recuperarlo, e chi lo conosce vede i risultati e può chiudere il questionario):<br>\
        <a href="\(adminPath)">\(baseURL)\(adminPath)</a></p>
        </div>

        """
    }

    func status() -> HTML {
        guard isOpen else { return "<p>Il questionario è chiuso: non accetta più risposte.</p>\n" }
        return """
        <p>Il questionario è aperto fino al \(ItalianDay.label(survey.closesOn)).</p>
        <form method="post" action="\(adminPath)/chiudi">\(AdminForm.csrf(closeToken))\
        <button type="submit" class="button button-secondary">Chiudi ora il questionario</button></form>

        """
    }

    func results() -> HTML {
        guard report.hasBreakdown else {
            return """
            <p>Risposte ricevute: \(report.responses.label) risposte. Mostriamo i risultati quando hanno risposto almeno \
            \(String(NeedsSurveyReport.threshold)) persone, così nessuno è riconoscibile.</p>

            """
        }
        let household: [NeedsSurveyReport.Line] = report.children.map { line in
            var l = line
            l.label = "Figli sotto i 14 anni: " + line.label.lowercased()
            return l
        } + [NeedsSurveyReport.Line(code: "anziani", label: "Si occupa di un familiare anziano", count: report.elderlyCare),
             NeedsSurveyReport.Line(code: "disabilita", label: "Persona con disabilità in famiglia", count: report.disability)]
        return """
        <p>Risposte ricevute: \(report.responses.label). I numeri sotto \(String(NeedsSurveyReport.threshold)) appaiono come «meno di \(String(NeedsSurveyReport.threshold))», \
        e quando meno di \(String(NeedsSurveyReport.threshold)) risposte ne restano fuori il numero appare come \
        «tutte tranne meno di \(String(NeedsSurveyReport.threshold))», così nessuna risposta si può ricostruire. \
        <a href="\(adminPath)/risultati.csv">Scarica i risultati (CSV)</a></p>
        \(table("Bisogni indicati", column: "Bisogno", report.needs))\(table("Comune di residenza", column: "Comune", report.comuni))\
        \(table("Famiglia", column: "Situazione", household))
        """
    }

    func table(_ caption: String, column: String, _ lines: [NeedsSurveyReport.Line]) -> HTML {
        guard !lines.isEmpty else { return "<h3>\(caption)</h3>\n<p>Nessuna risposta.</p>\n" }
        let rows: [HTML] = lines.map { "<tr><th scope=\"row\">\($0.label)</th><td>\($0.count.label)</td></tr>" }
        return """
        <h3>\(caption)</h3>
        <div class="table-wrap"><table><caption class="visually-hidden">\(caption)</caption>
        <thead><tr><th scope="col">\(column)</th><th scope="col">Risposte</th></tr></thead>
        <tbody>\(rows)</tbody></table></div>

        """
    }

    func servicesHTML() -> HTML {
        let groups: [HTML] = services.filter { !$0.items.isEmpty }.map { group in
            let items: [HTML] = group.items.map { ResultItemView(hit: $0, headingLevel: 4).render() }
            return "<h3>\(group.need)</h3>\n<ul class=\"results\">\(items)</ul>\n"
        }
        guard !groups.isEmpty else { return HTML() }
        return "<h2>Servizi vicini per i bisogni più indicati</h2>\n\(HTML.join(groups))"
    }

    /// The same suppressed figures as the page, for a spreadsheet.
    static func csvRows(_ report: NeedsSurveyReport) -> [[String]] {
        var rows = [["Totale", "Risposte", report.responses.label]]
        guard report.hasBreakdown else { return rows }
        rows += report.needs.map { ["Bisogno", $0.label, $0.count.label] }
        rows += report.comuni.map { ["Comune di residenza", $0.label, $0.count.label] }
        rows += report.children.map { ["Figli sotto i 14 anni", $0.label, $0.count.label] }
        rows.append(["Famiglia", "Si occupa di un familiare anziano", report.elderlyCare.label])
        rows.append(["Famiglia", "Persona con disabilità in famiglia", report.disability.label])
        return rows
    }
}
