import Catalog
import HTTPServer

/// `/mappa-del-sito` (and `/en/mappa-del-sito`): the site map for people (crawlers keep
/// `/sitemap.xml`), built from the live catalog: main sections, needs, comuni by province,
/// organisations with published cards. Links lead to the pages in the map's language where they
/// exist in it, and say `hreflang="it"` where they do not.
struct SiteMapView: Sendable {
    let layout: LayoutView
    let catalog: any PortalCatalog

    var l10n: Localizer { layout.localizer }

    func render() throws -> HTML {
        let title = l10n.tr("sitemap.title")
        let meta = PageMetadata(
            title: title, description: l10n.tr("sitemap.description"), canonicalPath: "/mappa-del-sito",
            breadcrumb: [BreadcrumbItem(l10n.tr("crumb.home"), path: "/"), BreadcrumbItem(title)])
        let data = try catalog.sitemap()
        return layout.render(meta, content: """
        <h1>\(title)</h1>
        \(sections())\(try needs())\(try territories(data.comuni))\(try organizations(data.organizations))
        """)
    }

    func sections() -> HTML {
        let italianOnly = layout.italianOnly()
        let localized: [(String, String)] = [("/", "crumb.home"), ("/cerca", "nav.search"), ("/territori", "sitemap.by_comune")]
        let italian: [(String, String)] = [("/imprese", "nav.enterprises"), ("/imprese/welfare-aziendale", "sitemap.welfare_explained"),
                                           ("/dati", "footer.open_data")]
        let info: [(String, String)] = [("/accessibilita", "a11y.title"), ("/privacy", "privacy.title"), ("/note-legali", "legal.title")]
        let items: [HTML] = localized.map { "<li><a href=\"\(l10n.path($0.0))\">\(l10n.tr($0.1))</a></li>\n" }
            + italian.map { "<li><a href=\"\($0.0)\"\(italianOnly)>\(l10n.tr($0.1))</a></li>\n" }
            + info.map { "<li><a href=\"\(l10n.path($0.0))\">\(l10n.tr($0.1))</a></li>\n" }
        return """
        <section aria-labelledby="mappa-sezioni"><h2 id="mappa-sezioni">\(l10n.tr("sitemap.sections"))</h2>
        <ul>
        \(items)</ul>
        </section>

        """
    }

    func needs() throws -> HTML {
        let items = try catalog.terms(.need).map { term -> HTML in
            "<li><a href=\"\(l10n.path("/cerca?bisogno=\(URLQuery.encode(term.code))"))\">\(l10n.label("need", code: term.code, italian: term.label))</a></li>\n"
        }
        return """
        <section aria-labelledby="mappa-bisogni"><h2 id="mappa-bisogni">\(l10n.tr("sitemap.needs"))</h2>
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
                "<li><a href=\"\(l10n.path("/territori/\(URLQuery.encode(comune.slug))"))\">\(comune.name)</a></li>\n"
            }
            groups.append("<h3>\(l10n.tr("sitemap.province", ["name": name]))</h3>\n<ul class=\"site-map-comuni\">\n\(comuni)</ul>\n")
        }
        return """
        <section aria-labelledby="mappa-territori"><h2 id="mappa-territori">\(l10n.tr("sitemap.territories"))</h2>
        \(groups)</section>

        """
    }

    func organizations(_ slugs: [String]) throws -> HTML {
        let entries = try slugs.compactMap { try catalog.organization(slug: $0)?.fields }.sorted { $0.name < $1.name }
        let items = entries.map { organization -> HTML in
            "<li><a href=\"\(l10n.path("/enti/\(URLQuery.encode(organization.slug))"))\">\(organization.name)</a></li>\n"
        }
        return """
        <section aria-labelledby="mappa-enti"><h2 id="mappa-enti">\(l10n.tr("sitemap.organizations"))</h2>
        <ul>
        \(items)</ul>
        </section>

        """
    }
}
