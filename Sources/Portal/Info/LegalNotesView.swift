/// `/note-legali` (and `/en/note-legali`): licence of the data (CC BY 4.0 with the attribution
/// to use), notes on code and content, and the demo data disclaimer. Texts: `legal.*`.
struct LegalNotesView: Sendable {
    let layout: LayoutView

    var l10n: Localizer { layout.localizer }

    func render() -> HTML {
        let title = l10n.tr("legal.title")
        let meta = PageMetadata(
            title: title, description: l10n.tr("legal.description"), canonicalPath: "/note-legali",
            breadcrumb: [BreadcrumbItem(l10n.tr("crumb.home"), path: "/"), BreadcrumbItem(title)])
        let licence: HTML = "<a href=\"\(l10n.tr("legal.licence_url"))\">\(l10n.tr("legal.licence_name"))</a>"
        return layout.render(meta, content: """
        <h1>\(title)</h1>
        <section aria-labelledby="licenza"><h2 id="licenza">\(l10n.tr("legal.licence"))</h2>
        <p>\(l10n.html("legal.licence_text", ["open_data": "<a href=\"/dati\"\(italianOnly)>\(l10n.tr("footer.open_data"))</a>", "licence": licence]))</p>
        <p>\(l10n.html("legal.attribution", ["quote": "<q>\(l10n.tr("legal.attribution_text"))</q>"]))</p>
        <p>\(l10n.tr("legal.territory_sources"))</p>
        </section>
        <section aria-labelledby="contenuti"><h2 id="contenuti">\(l10n.tr("legal.content"))</h2>
        <p>\(l10n.tr("legal.content_text"))</p>
        </section>
        <section aria-labelledby="demo"><h2 id="demo">\(l10n.tr("legal.demo"))</h2>
        <p>\(l10n.tr("legal.demo_text"))</p>
        </section>
        """)
    }

    /// `hreflang="it"` on a link to an Italian-only page from another language.
    var italianOnly: HTML { layout.italianOnly() }
}
