import Catalog

/// The home page (`/`): what the portal is, the needs as big tiles, a search by words and
/// comune, recently updated cards and the way in for enterprises.
struct HomeView: Sendable {
    let layout: LayoutView
    let needs: [TaxonomyTerm]
    let recent: [ServiceSummary]
    let serviceCount: Int

    init(layout: LayoutView, needs: [TaxonomyTerm], recent: [ServiceSummary], serviceCount: Int) {
        self.layout = layout
        self.needs = needs
        self.recent = recent
        self.serviceCount = serviceCount
    }

    var l10n: Localizer { layout.localizer }

    func render() -> HTML {
        let meta = PageMetadata(
            title: layout.site.siteName,
            description: l10n.tr("home.description"),
            canonicalPath: "/", openGraphType: "website", usesComuneScript: true)
        return layout.render(meta, content: """
        <h1>\(l10n.tr("home.title"))</h1>
        <p class="lead">\(l10n.tr("home.lead", ["count": l10n.count(serviceCount, "count.service")]))</p>
        <section class="panel" aria-labelledby="comune-titolo">
        <h2 id="comune-titolo">\(l10n.tr("home.comune_heading"))</h2>
        \(ComunePickerView.form(id: "home-dove", localizer: l10n))</section>
        <section aria-labelledby="bisogni">
        <h2 id="bisogni">\(l10n.tr("home.needs_heading"))</h2>
        <p>\(l10n.tr("home.needs_hint"))</p>
        \(tiles())</section>
        <section class="panel" aria-labelledby="home-titolo">
        \(searchBox())</section>
        \(recentCards())<section aria-labelledby="imprese">
        <h2 id="imprese">\(l10n.tr("home.enterprises_heading"))</h2>
        <p>\(l10n.tr("home.enterprises_text")) \
        <a href="/imprese"\(layout.italianOnly())>\(l10n.tr("home.enterprises_link"))</a>.</p>
        </section>
        """)
    }

    func recentCards() -> HTML {
        guard !recent.isEmpty else { return HTML() }
        let items: [HTML] = recent.map { ResultItemView(summary: $0, headingLevel: 3, localizer: l10n).render() }
        return """
        <section aria-labelledby="recenti">
        <h2 id="recenti">\(l10n.tr("home.recent_heading"))</h2>
        <ul class="results">\(items)</ul>
        </section>

        """
    }

    func tiles() -> HTML {
        var view = NeedTilesView(needs: needs)
        view.localizer = l10n
        return view.render()
    }

    func searchBox() -> HTML {
        var box = SearchBoxView(idPrefix: "home", heading: l10n.tr("home.search_heading"))
        box.localizer = l10n
        return box.render()
    }
}
