import Catalog

/// "Il mio piano welfare" (`/imprese/piano`) and its shared, read-only copy
/// (`/imprese/piano/condiviso`): the services grouped by art. 51 TUIR category, with how each is
/// paid and what the firm must do. Prints without navigation or buttons.
struct ShortlistView: Sendable {
    let layout: LayoutView
    let entries: [WelfarePlanEntry]
    /// The absolute link that shows this plan to anyone who has it; nil when empty.
    let shareURL: String?
    /// The signed list, for "copy into my plan" on the shared page; nil on the visitor's own page.
    let sharedToken: String?

    var isShared: Bool { sharedToken != nil }

    func render() -> HTML {
        let title = isShared ? "Piano welfare condiviso" : "Il mio piano welfare"
        let meta = PageMetadata(
            title: title, description: "I servizi scelti per un piano di welfare aziendale, divisi per categoria dell'art. 51 TUIR.",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Per le imprese", path: "/imprese"), BreadcrumbItem(title)],
            noIndex: true)
        return layout.render(meta, content: """
        <h1>\(title)</h1>
        \(entries.isEmpty ? empty() : intro())\(HTML.join(PlanGroup.grouping(entries).map(group)))
        """)
    }

    func empty() -> HTML {
        """
        <div class="notice" role="note"><p>Il piano è vuoto. Cerca i servizi nella pagina \
        <a href="/imprese">Per le imprese</a> o nella <a href="/cerca">ricerca</a> e premi «Aggiungi al piano».</p></div>

        """
    }

    func intro() -> HTML {
        let count = ItalianText.count(entries.count, one: "servizio", many: "servizi")
        let lead: HTML = isShared
            ? "<p class=\"lead\">Qualcuno ha condiviso con te questo piano di \(count).</p>\n"
            : "<p class=\"lead\">Hai scelto \(count). Il piano resta in questo browser, senza bisogno di un account.</p>\n"
        return "\(lead)\(actions())"
    }

    func actions() -> HTML {
        if let sharedToken {
            return """
            <form method="post" action="/imprese/piano/importa" class="no-print">\
            <input type="hidden" name="lista" value="\(sharedToken)">\
            <button type="submit" class="button">Copia questi servizi nel mio piano</button></form>

            """
        }
        let share: HTML = shareURL.map { url in
            """
            <div class="field"><label for="link-piano">Link per condividere il piano</label>\
            <span class="hint" id="link-piano-suggerimento">Chi apre il link vede questi servizi; non può modificarli.</span>\
            <input type="text" id="link-piano" value="\(url)" readonly aria-describedby="link-piano-suggerimento"></div>
            """
        } ?? HTML()
        return """
        <div class="panel no-print">
        <p><a class="button" href="/imprese/piano/richiesta">Richiedi informazioni agli enti</a></p>
        <ul>
        <li><a href="/imprese/piano.csv">Scarica il piano in formato CSV</a> (si apre con un foglio di calcolo)</li>
        <li>Per stampare il piano usa il comando Stampa del browser: la pagina si stampa senza menu e pulsanti.</li>
        <li><a href="/imprese/welfare-aziendale">Come funziona il welfare aziendale per una piccola impresa</a></li>
        </ul>
        \(share)
        </div>

        """
    }

    func group(_ group: PlanGroup) -> HTML {
        let items: [HTML] = group.entries.map(item)
        return """
        <section aria-labelledby="categoria-\(group.code)" class="plan-group">
        <h2 id="categoria-\(group.code)">\(group.label)</h2>
        <ul class="plan-list">\(items)</ul>
        </section>

        """
    }

    func item(_ entry: WelfarePlanEntry) -> HTML {
        let notes = entry.welfareNotes.trimmingWhitespace()
        let remove: HTML = isShared ? HTML()
            : PlanButton(.remove, returnTo: "/imprese/piano").render(slug: entry.slug, title: entry.title)
        return """
        <li class="plan-item">
        <h3><a href="\(SafeURL(path: "/servizi/\(entry.slug)"))">\(entry.title)</a></h3>
        <p class="meta">Offerto da <a href="\(SafeURL(path: "/enti/\(entry.organizationSlug)"))">\(entry.organizationName)</a></p>
        \(entry.tuirCategoryCode == nil ? HTML() : WelfarePaymentView(mode: entry.paymentMode, firmSteps: entry.firmSteps).render())\
        \(notes.isEmpty ? HTML() : "<p>\(notes)</p>\n")\(remove)</li>

        """
    }
}
