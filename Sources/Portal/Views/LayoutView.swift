/// The frame of every page: `lang="it"`, skip link, header with the portal name and navigation,
/// the demo-data notice, breadcrumb, the `main` landmark, and the footer with data attribution.
///
/// No inline scripts or styles (the Content-Security-Policy forbids them); JSON-LD goes in a
/// `application/ld+json` data block, which browsers never execute.
public struct LayoutView: Sendable {
    public let site: SiteContext

    public init(site: SiteContext) { self.site = site }

    /// A whole document around `content`.
    public func render(_ page: PageMetadata, content: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="it">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(fullTitle(page))</title>
        \(head(page))<link rel="stylesheet" href="\(site.stylesheetPath)">
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
        </head>
        <body>
        \(QuickExitView(shown: page.showsQuickExit).render())\
        <a class="skip-link" href="#contenuto">Vai al contenuto principale</a>
        \(header())\(demoNotice())<main id="contenuto" class="wrap" tabindex="-1">
        \(BreadcrumbView(items: page.breadcrumb).render())\(content)
        </main>
        \(footer())\(script(page))</body>
        </html>

        """
    }

    func fullTitle(_ page: PageMetadata) -> String {
        let prefix = page.hasErrors ? "Errore: " : ""
        return page.title == site.siteName ? prefix + page.title : "\(prefix)\(page.title) – \(site.siteName)"
    }

    func head(_ page: PageMetadata) -> HTML {
        var out = HTML()
        if let description = page.description {
            out.append("<meta name=\"description\" content=\"\(description)\">\n")
        }
        if page.noIndex { out.append("<meta name=\"robots\" content=\"noindex\">\n") }
        if let path = page.canonicalPath {
            out.append("<link rel=\"canonical\" href=\"\(site.absoluteURL(path))\">\n")
        }
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
        <meta property="og:locale" content="it_IT">

        """
        if let description = page.description {
            out.append("<meta property=\"og:description\" content=\"\(description)\">\n")
        }
        if let path = page.canonicalPath {
            out.append("<meta property=\"og:url\" content=\"\(site.absoluteURL(path))\">\n")
        }
        return out
    }

    func header() -> HTML {
        """
        <header class="site-header">
        <div class="wrap site-header-inner">
        <a class="brand" href="/">\(Icons.brand)<span>\(site.siteName)</span></a>
        <nav class="site-nav" aria-label="Menu principale">
        <ul>
        <li><a href="/cerca">Cerca un servizio</a></li>
        <li><a href="/imprese">Per le imprese</a></li>
        </ul>
        </nav>
        </div>
        </header>

        """
    }

    func demoNotice() -> HTML {
        guard site.showsDemoNotice else { return HTML() }
        return """
        <section class="demo-notice" aria-label="Avviso sui dati">
        <p class="wrap"><strong>Attenzione: dati dimostrativi.</strong> Fonte: mappatura 2022. \
        Prima di muoverti, verifica sempre con l'ente.</p>
        </section>

        """
    }

    func footer() -> HTML {
        """
        <footer class="site-footer">
        <div class="wrap">
        <p><strong>\(site.siteName)</strong>: i servizi di welfare del territorio, in un solo posto.</p>
        <ul class="footer-links">
        <li><a href="/cerca">Cerca un servizio</a></li>
        <li><a href="/imprese">Per le imprese</a></li>
        <li><a href="/mappa-del-sito">Mappa del sito</a></li>
        <li><a href="/dati">Dati aperti</a></li>
        <li><a href="/accessibilita">Accessibilità</a></li> <li><a href="/privacy">Privacy</a></li> <li><a href="/note-legali">Note legali</a></li>
        </ul>
        <p class="attribution">Fonti dei dati territoriali: Comuni: ISTAT (CC BY), CAP: Garda Informatica.</p>
        </div>
        </footer>

        """
    }

    func script(_ page: PageMetadata) -> HTML {
        page.usesComuneScript ? "<script src=\"\(site.scriptPath)\" defer></script>\n" : HTML()
    }
}
