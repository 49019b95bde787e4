import HTTPServer
import Accounts

/// `GET /robots.txt` and `GET /sitemap.xml` (sitemaps.org protocol 0.9): every published card,
/// every organisation and every comune page, with absolute URLs from the configured origin, in
/// Italian and in every other interface language, each version naming the others by `hreflang`.
struct CrawlerHandlers: Sendable {
    let context: PageContext

    func robots(_ request: HTTPRequest) -> HTTPResponse {
        let text = """
        User-agent: *
        Disallow: /api/
        Disallow: /admin/
        Allow: /

        Sitemap: \(context.configuration.site.absoluteURL("/sitemap.xml"))

        """
        return HTMLResponse.body(text, contentType: "text/plain; charset=utf-8", cache: .publicFor(seconds: 86_400))
    }

    func sitemap(_ request: HTTPRequest) throws -> HTTPResponse {
        let data = try context.catalog.sitemap()
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for path in ["/", "/cerca"] { xml += entries(path) }
        xml += entries("/imprese", translated: false)
        for service in data.services { xml += entries("/servizi/" + URLQuery.encode(service.slug), lastmod: service.updatedAtISO) }
        for slug in data.organizations { xml += entries("/enti/" + URLQuery.encode(slug)) }
        for slug in data.comuni { xml += entries("/territori/" + URLQuery.encode(slug)) }
        xml += "</urlset>\n"
        return HTMLResponse.body(xml, contentType: "application/xml; charset=utf-8", cache: .publicFor(seconds: 3_600))
    }

    /// The `<url>` of the Italian page at `path` and, when `translated`, one per other language
    /// (`/en…`), each listing every language version and `x-default` (the Italian page) as
    /// `xhtml:link rel="alternate" hreflang` (the sitemaps way of declaring translations).
    func entries(_ path: String, lastmod: String? = nil, translated: Bool = true) -> String {
        let site = context.configuration.site, languages = context.languages
        let codes = translated ? languages.allCodes : [MessageCatalogs.defaultCode]
        func url(_ code: String) -> String { HTMLEscaping.escape(site.absoluteURL(languages.localizer(code).path(path))) }
        var alternates = ""
        if translated {
            for code in codes {
                alternates += "<xhtml:link rel=\"alternate\" hreflang=\"\(code)\" href=\"\(url(code))\"/>"
            }
            alternates += "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(url(MessageCatalogs.defaultCode))\"/>"
        }
        var xml = ""
        for code in codes {
            xml += "<url><loc>" + url(code) + "</loc>"
            if let lastmod { xml += "<lastmod>" + HTMLEscaping.escape(lastmod) + "</lastmod>" }
            xml += alternates + "</url>\n"
        }
        return xml
    }
}
