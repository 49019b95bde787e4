import Catalog
import HTTPServer

/// `/mappa-del-sito`: the site map for people (crawlers keep `/sitemap.xml`), built from the
/// live catalog: main sections, needs, comuni by province, organisations with published cards.
struct SiteMapView: Sendable {
    let layout: LayoutView
    let catalog: any PortalCatalog

    func render() throws -> HTML {
        let meta = PageMetadata(
            title: "Mappa del sito",
            description: "Tutte le sezioni del portale: ricerca, bisogni, territori, enti e pagine informative.",
            canonicalPath: "/mappa-del-sito",
            breadcrumb: [BreadcrumbItem("Home", path: "/"), BreadcrumbItem("Mappa del sito")])
        let data = try catalog.sitemap()
        return layout.render(meta, content: """
        <h1>Mappa del sito</h1>
        \(sections())\(try needs())\(try territories(data.comuni))\(try organizations(data.organizations))
        """)
    }

    func sections() -> HTML {
        """
        <section aria-labelledby="mappa-sezioni"><h2 id="mappa-sezioni">Sezioni principali</h2>
        <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/cerca">Cerca un servizio</a></li>
        <li><a href="/territori">Servizi per comune</a></li>
        <li><a href="/imprese">Per le imprese</a></li>
        <li><a href="/imprese/welfare-aziendale">Welfare aziendale, spiegato semplice</a></li>
        <li><a href="/dati">Dati aperti</a></li>
        <li><a href="/accessibilita">Dichiarazione di accessibilità</a></li>
        <li><a href="/privacy">Informativa privacy</a></li>
        <li><a href="/note-legali">Note legali</a></li>
        </ul>
        </section>

        """
    }

    func needs() throws -> HTML {
        let items = try catalog.terms(.need).map { term -> HTML in
            "<li><a href=\"/cerca?bisogno=\(URLQuery.encode(term.code))\">\(term.label)</a></li>\n"
        }
        return """
        <section aria-labelledby="mappa-bisogni"><h2 id="mappa-bisogni">Servizi per bisogno</h2>
        <ul>
        \(items)</ul>
        </section>

        """
    }

    func territories(_ slugs: [String]) throws -> HTML {
        var byProvince: [String: [Comune]] = [:]
        for slug in slugs { if let comune = try catalog.comune(slug: slug) { byProvince[comune.provinceCode, default: []].append(comune) } }
        var groups = HTML()
        for code in byProvince.keys.sorted() {
            let name = try catalog.province(code: code)?.name ?? code
            let comuni = byProvince[code, default: []].sorted { $0.name < $1.name }.map { comune -> HTML in
                "<li><a href=\"/territori/\(URLQuery.encode(comune.slug))\">\(comune.name)</a></li>\n"
            }
            groups.append("<h3>Provincia di \(name)</h3>\n<ul class=\"site-map-comuni\">\n\(comuni)</ul>\n")
        }
        return """
        <section aria-labelledby="mappa-territori"><h2 id="mappa-territori">Servizi per provincia e comune</h2>
        \(groups)</section>

        """
    }

    func organizations(_ slugs: [String]) throws -> HTML {
        let entries = try slugs.compactMap { try catalog.organization(slug: $0)?.fields }.sorted { $0.name < $1.name }
        let items = entries.map { organization -> HTML in
            "<li><a href=\"/enti/\(URLQuery.encode(organization.slug))\">\(organization.name)</a></li>\n"
        }
        return """
        <section aria-labelledby="mappa-enti"><h2 id="mappa-enti">Enti</h2>
        <ul>
        \(items)</ul>
        </section>

        """
    }
}
