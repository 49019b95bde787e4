/// The frame of every page: `lang="it"`, skip link, header with the portal name and navigation,
/// the demo-data notice, breadcrumb, the `main` landmark, and the footer with data attribution.
///
/// No inline scripts or styles (the Content-Security-Policy forbids them); JSON-LD goes in a
/// `application/ld+json` data block, which browsers never execute.
public struct LayoutView: Sendable {
    public let site: SiteContext
    /// The page's language (Italian unless the handler chose another; see `LocalizedRoutes`).
    var localizer: Localizer = .italian
    /// The page's Italian path and query when the page exists in every language: it drives the
    /// language switch and the `hreflang` links. Nil (admin, Italian-only pages) shows neither.
    var alternatePath: String?

    public init(site: SiteContext) { self.site = site }

    /// The same layout in another language for the page at Italian `path`.
    func localized(_ localizer: Localizer, alternatePath path: String?) -> LayoutView {
        var copy = self
        copy.localizer = localizer
        copy.alternatePath = path
        return copy
    }

    private func skipLink() -> HTML {
        "<a class=\"skip-link\" href=\"#contenuto\">\(localizer.tr("layout.skip"))</a>"
    }

    /// A whole document around `content`.
    func render(_ page: PageMetadata, content: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="\(localizer.code)"\(HTML.when(localizer.catalog.direction == "rtl", " dir=\"rtl\""))>
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(fullTitle(page))</title>
        \(head(page))<link rel="stylesheet" href="\(site.stylesheetPath)">
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
        </head>
        <body>
        \(QuickExitView(shown: page.showsQuickExit).render(followedBy: skipLink()))
        \(header())\(demoNotice())<main id="contenuto" class="wrap" tabindex="-1">
        \(BreadcrumbView(items: page.breadcrumb.map(localizedStep), label: localizer.tr("layout.breadcrumb")).render())\(content)
        </main>
        \(footer())\(script(page))</body>
        </html>

        """
    }

    func fullTitle(_ page: PageMetadata) -> String {
        let prefix = page.hasErrors ? localizer.tr("layout.error_prefix") + " " : ""
        return page.title == site.siteName ? prefix + page.title : "\(prefix)\(page.title) – \(site.siteName)"
    }

    func head(_ page: PageMetadata) -> HTML {
        var out = HTML()
        if let description = page.description {
            out.append("<meta name=\"description\" content=\"\(description)\">\n")
        }
        if page.noIndex { out.append("<meta name=\"robots\" content=\"noindex\">\n") }
        if let path = page.canonicalPath {
            out.append("<link rel=\"canonical\" href=\"\(site.absoluteURL(localizer.path(path)))\">\n")
        }
        out.append(alternateLinks())
        if let type = page.openGraphType { out.append(openGraph(page, type: type)) }
        if let json = page.jsonLD {
            out.append("<script type=\"application/ld+json\">\(JSONLD.scriptSafe(json))</script>\n")
        }
        return out
    }

    func openGraph(_ page: PageMetadata, type: String) -> HTML {
        var out: HTML = """
        <meta property="og:type" content="\(type)">
        <meta property="og:title" content="\(page.title)">
        <meta property="og:site_name" content="\(site.siteName)">
        <meta property="og:locale" content="\(localizer.catalog.ogLocale)">

        """
        if let description = page.description {
            out.append("<meta property=\"og:description\" content=\"\(description)\">\n")
        }
        if let path = page.canonicalPath {
            out.append("<meta property=\"og:url\" content=\"\(site.absoluteURL(localizer.path(path)))\">\n")
        }
        return out
    }

    func header() -> HTML {
        """
        <header class="site-header">
        <div class="wrap site-header-inner">
        <a class="brand" href="\(localizer.path("/"))">\(Icons.brand)<span>\(site.siteName)</span></a>
        <nav class="site-nav" aria-label="\(localizer.tr("layout.menu"))">
        <ul>
        <li><a href="\(localizer.path("/cerca"))">\(localizer.tr("nav.search"))</a></li>
        <li><a href="/imprese"\(italianOnly())>\(localizer.tr("nav.enterprises"))</a></li>
        </ul>
        </nav>
        \(languageSwitch())        </div>
        </header>

        """
    }

    func demoNotice() -> HTML {
        guard site.showsDemoNotice else { return HTML() }
        return """
        <section class="demo-notice" aria-label="\(localizer.tr("demo.label"))">
        <p class="wrap"><strong>\(localizer.tr("demo.title"))</strong> \(localizer.tr("demo.text"))</p>
        </section>

        """
    }

    func footer() -> HTML {
        """
        <footer class="site-footer">
        <div class="wrap">
        <p><strong>\(site.siteName)</strong>: \(localizer.tr("footer.tagline"))</p>
        <ul class="footer-links">
        <li><a href="\(localizer.path("/cerca"))">\(localizer.tr("nav.search"))</a></li>
        <li><a href="/imprese"\(italianOnly())>\(localizer.tr("nav.enterprises"))</a></li>
        <li><a href="\(localizer.path("/mappa-del-sito"))">\(localizer.tr("footer.sitemap"))</a></li>
        <li><a href="/dati"\(italianOnly())>\(localizer.tr("footer.open_data"))</a></li>
        <li><a href="\(localizer.path("/accessibilita"))">\(localizer.tr("footer.accessibility"))</a></li> <li><a href="\(localizer.path("/privacy"))">\(localizer.tr("footer.privacy"))</a></li> <li><a href="\(localizer.path("/note-legali"))">\(localizer.tr("footer.legal"))</a></li>
        </ul>
        \(HTML.when(!localizer.isDefault, "<p>\(localizer.tr("footer.italian_only"))</p>\n"))<p class="attribution">\(localizer.tr("footer.attribution"))</p>
        </div>
        </footer>

        """
    }

    func script(_ page: PageMetadata) -> HTML {
        page.usesComuneScript ? "<script src=\"\(site.scriptPath)\" defer></script>\n" : HTML()
    }

    /// `hreflang="it"` on links to pages that exist only in Italian, when this page is not.
    func italianOnly() -> HTML {
        localizer.isDefault ? HTML() : " hreflang=\"\(MessageCatalogs.defaultCode)\""
    }

    func localizedStep(_ item: BreadcrumbItem) -> BreadcrumbItem {
        BreadcrumbItem(item.label, path: item.path.map(localizer.path))
    }

    /// `<link rel="alternate" hreflang>` for every language and `x-default` (the Italian page).
    func alternateLinks() -> HTML {
        guard let path = alternatePath else { return HTML() }
        var out = HTML()
        for code in localizer.languages.allCodes {
            let href = site.absoluteURL(localizer.languages.localizer(code).path(path))
            out.append("<link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(href)\">\n")
        }
        out.append("<link rel=\"alternate\" hreflang=\"x-default\" href=\"\(site.absoluteURL(path))\">\n")
        return out
    }

    /// Links to this page in the other languages, each named in its own language. The Italian
    /// home link carries `?lingua=it` so that `Accept-Language` does not send the visitor back.
    func languageSwitch() -> HTML {
        guard let path = alternatePath else { return HTML() }
        let links: [HTML] = localizer.languages.allCodes.filter { $0 != localizer.code }.map { code in
            let other = localizer.languages.localizer(code)
            let href = other.isDefault && path == "/" ? "/?lingua=\(code)" : other.path(path)
            return "<li><a href=\"\(SafeURL(path: href))\" hreflang=\"\(code)\" lang=\"\(code)\">\(other.catalog.nativeName)</a></li>"
        }
        return """
        <nav class="language-switch" aria-label="\(localizer.tr("layout.language"))"><ul>\(links)</ul></nav>

        """
    }
}
