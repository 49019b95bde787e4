import Catalog
import HTTPServer

/// `GET /servizi/{slug}/cronologia`: the public change log of a published or archived card.
struct CardHistoryHandler: Sendable {
    let context: PageContext

    func handle(_ request: HTTPRequest) throws -> HTTPResponse {
        let slug = try context.parameter(request, "slug")
        guard let card = try context.catalog.card(slug: slug) else {
            throw PortalError.notFound(what: "Non troviamo questo servizio. Forse l'indirizzo è cambiato: prova a cercarlo.")
        }
        let view = CardHistoryView(layout: try context.layout(), card: card, entries: try context.catalog.history(of: card))
        return context.page(view.render())
    }
}

/// The change log page: date and changed sections per version, and saved translations; no
/// names, no values.
struct CardHistoryView: Sendable {
    let layout: LayoutView
    let card: ServiceCard
    let entries: [CardHistoryEntry]

    func render() -> HTML {
        let path = "/servizi/\(card.service.slug)"
        let items: [HTML] = entries.map { entry in
            let when: HTML = "<time datetime=\"\(ItalianDate.iso(entry.at))\">\(ItalianDate.long(entry.at))</time>"
            switch entry.change {
            case .created(let version):
                return "<li>\(when) (versione \(version)): Scheda creata.</li>"
            case .edited(let version, let sections):
                return "<li>\(when) (versione \(version)): Modificato: \(sections.map { $0.lowercased() }.joined(separator: ", ")).</li>"
            case .translation(let language, let change):
                return "<li>\(when): \(change.summary(language: language)).</li>"
            }
        }
        let meta = PageMetadata(title: "Cronologia: \(card.service.title)", canonicalPath: path + "/cronologia",
                                breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem(card.service.title, path: path),
                                             BreadcrumbItem("Cronologia")])
        return layout.render(meta, content: """
        <h1>Cronologia della scheda</h1>
        <p class="lead"><a href="\(path)">\(card.service.title)</a></p>
        <p>Quando la scheda è stata modificata e quali parti sono cambiate, comprese le traduzioni. Non mostriamo chi ha fatto le modifiche.</p>
        \(items.isEmpty ? "<p class=\"meta\">Nessuna modifica registrata.</p>" as HTML : "<ol class=\"history\" reversed>\(items)</ol>")
        """)
    }
}
