import Catalog

/// `/dati`: the catalog as open data, in Italian — what it contains, its licence (CC BY 4.0 and
/// how to cite it), how often it changes, the downloads generated from the live catalog and
/// the HSDS 3.0 API.
struct OpenDataPageView: Sendable {
    let layout: LayoutView
    let serviceCount: Int

    static let attribution = "Fonte: Vetrina Welfare – catalogo dei servizi di welfare del Piemonte, licenza CC BY 4.0"

    func render() -> HTML {
        let meta = PageMetadata(
            title: "Dati aperti", description: "Il catalogo dei servizi di welfare come dati aperti: licenza CC BY 4.0, formato HSDS 3.0.",
            canonicalPath: "/dati", openGraphType: "website",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Dati aperti")])
        return layout.render(meta, content: """
        <h1>Dati aperti</h1>
        <p class="lead">Il catalogo è un bene comune: chiunque può scaricarlo, riusarlo e ripubblicarlo, \
        anche per altri portali, sportelli e ricerche. Oggi contiene \(String(serviceCount)) schede pubblicate.</p>
        <h2>Cosa contiene</h2>
        <p>Solo le schede pubblicate e ancora valide, con l'ente che le offre, i comuni e i territori serviti, \
        costi, contatti e orari quando sono noti. Gli indirizzi riservati (per esempio dei centri antiviolenza) \
        non sono mai inclusi: di quei luoghi si indica solo il comune. Le bozze e le schede in revisione non \
        sono incluse.</p>
        <h2>Licenza</h2>
        <p>I dati sono distribuiti con licenza <a href="https://creativecommons.org/licenses/by/4.0/deed.it">\
        Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)</a>: puoi copiarli, modificarli e usarli \
        anche a fini commerciali, citando la fonte. Testo di attribuzione da riportare:</p>
        <blockquote><p>\(Self.attribution)</p></blockquote>
        <p>I dati sui comuni vengono da ISTAT (CC BY) e i CAP da Garda Informatica.</p>
        <h2>Aggiornamento</h2>
        <p>I file sono generati dal catalogo in tempo reale: dopo ogni modifica pubblicata da un redattore \
        vengono ricostruiti alla prima richiesta, quindi la modifica compare subito. Ogni scheda riporta la data dell'ultimo aggiornamento.</p>
        <h2>Scarica</h2>
        <ul>
        <li><a href="/api/v1/services?format=ndjson&amp;full=true">Catalogo completo in formato HSDS 3.0</a> \
        (JSON, una scheda per riga, NDJSON)</li>
        <li><a href="/dati/catalogo-hsds.zip">Catalogo completo come pacchetto di tabelle HSDS 3.0</a> \
        (archivio ZIP: un file CSV per ogni tabella dello standard, separatore virgola, UTF-8, con la \
        descrizione datapackage.json)</li>
        <li><a href="/dati/schede.csv">Elenco delle schede in un solo file CSV</a> (separatore punto e virgola, UTF-8)</li>
        <li><a href="/dati/territori.csv">Comuni e aree del territorio</a> (CSV: codice ISTAT, nome, provincia, CAP, aree)</li>
        </ul>
        <h2>Interfaccia per programmatori (API)</h2>
        <p>L'API segue lo standard <a href="https://docs.openreferral.org/en/latest/hsds/">Open Referral HSDS 3.0</a>: \
        <a href="/api/v1/">/api/v1/</a>, descritta in <a href="/api/v1/openapi.json">openapi.json</a> (OpenAPI 3.1). \
        Per esempio <a href="/api/v1/services?postcode=Pinerolo">i servizi per Pinerolo</a> o \
        <a href="/api/v1/taxonomy_terms">i bisogni, i destinatari e le altre classificazioni</a>.</p>
        """)
    }
}
