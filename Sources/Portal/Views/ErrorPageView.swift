/// The Italian error pages (400, 404, 500): what happened in plain words, what to do next, and a
/// search box so the visitor never reaches a dead end. Technical details are never shown.
public struct ErrorPageView: Sendable {
    public let layout: LayoutView

    public init(layout: LayoutView) { self.layout = layout }

    /// 404: the address does not lead to a page.
    public func notFound(what: String? = nil) -> HTML {
        let lead = what ?? "La pagina che cerchi non esiste o è stata spostata."
        return page(
            title: "Pagina non trovata",
            body: """
            <p class="lead">\(lead)</p>
            <p>Se hai scritto l'indirizzo a mano, controlla che sia giusto.</p>
            """)
    }

    /// 400: the request cannot be understood; `problems` says what to change, in plain words.
    public func badRequest(problems: [String]) -> HTML {
        let items: [HTML] = problems.map { "<li>\($0)</li>" }
        let list: HTML = items.isEmpty ? HTML() : "<ul class=\"problems\">\(items)</ul>\n"
        return page(
            title: "Richiesta non valida",
            body: """
            <p class="lead">Non riusciamo a capire la ricerca così com'è scritta.</p>
            \(list)<p>Puoi correggerla qui sotto, oppure <a href="/cerca">ricominciare da capo</a>.</p>
            """,
            hasErrors: true)
    }

    /// 500: something went wrong on our side.
    public func serverError(requestID: String) -> HTML {
        let reference: HTML = requestID.isEmpty ? HTML() : " Codice della richiesta: <code>\(requestID)</code>."
        return page(
            title: "Si è verificato un errore",
            body: """
            <p class="lead">Qualcosa non ha funzionato da parte nostra. Non è colpa tua.</p>
            <p>Riprova tra qualche minuto.\(reference)</p>
            """)
    }

    func page(title: String, body: HTML, hasErrors: Bool = false) -> HTML {
        let meta = PageMetadata(title: title, hasErrors: hasErrors, noIndex: true, usesComuneScript: true)
        return layout.render(meta, content: """
        <h1>\(title)</h1>
        \(body)
        <section class="panel" aria-labelledby="errore-titolo">
        \(SearchBoxView(idPrefix: "errore", heading: "Cerca un servizio").render())</section>
        <p><a class="button button-secondary" href="/">Torna alla pagina iniziale</a></p>
        """)
    }
}
