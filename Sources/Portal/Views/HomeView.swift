import Catalog

/// The home page (`/`): what the portal is, the needs as big tiles, a search by words and
/// comune, recently updated cards and the way in for enterprises.
public struct HomeView: Sendable {
    public let layout: LayoutView
    public let needs: [TaxonomyTerm]
    public let recent: [ServiceSummary]
    public let serviceCount: Int

    public init(layout: LayoutView, needs: [TaxonomyTerm], recent: [ServiceSummary], serviceCount: Int) {
        self.layout = layout
        self.needs = needs
        self.recent = recent
        self.serviceCount = serviceCount
    }

    public func render() -> HTML {
        let meta = PageMetadata(
            title: layout.site.siteName,
            description: "Trova i servizi di welfare vicino a te in Piemonte: anziani, famiglia, salute, disabilità, lavoro e altro.",
            canonicalPath: "/", openGraphType: "website", usesComuneScript: true)
        return layout.render(meta, content: """
        <h1>Trova un aiuto vicino a te</h1>
        <p class="lead">Qui trovi i servizi sociali, sanitari e di welfare del Piemonte: chi li offre, \
        a chi sono rivolti, quanto costano e come fare per averli. \
        Ci sono \(ItalianText.count(serviceCount, one: "servizio", many: "servizi")).</p>
        <section class="panel" aria-labelledby="comune-titolo">
        <h2 id="comune-titolo">Cosa c'è nel tuo comune?</h2>
        \(ComunePickerView.form(id: "home-dove"))</section>
        <section aria-labelledby="bisogni">
        <h2 id="bisogni">Di che cosa hai bisogno?</h2>
        <p>Scegli un argomento. Poi potrai indicare il tuo comune.</p>
        \(NeedTilesView(needs: needs).render())</section>
        <section class="panel" aria-labelledby="home-titolo">
        \(SearchBoxView(idPrefix: "home", heading: "Cerca con parole tue").render())</section>
        \(recentCards())<section aria-labelledby="imprese">
        <h2 id="imprese">Sei un'impresa?</h2>
        <p>Cerchi servizi per i tuoi dipendenti da inserire in un piano di welfare aziendale? \
        <a href="/imprese">Vai alla sezione per le imprese</a>.</p>
        </section>
        """)
    }

    func recentCards() -> HTML {
        guard !recent.isEmpty else { return HTML() }
        let items: [HTML] = recent.map { ResultItemView(item: ResultItem($0), headingLevel: 3).render() }
        return """
        <section aria-labelledby="recenti">
        <h2 id="recenti">Schede aggiornate di recente</h2>
        <ul class="results">\(items)</ul>
        </section>

        """
    }
}
