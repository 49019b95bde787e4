import HTTPServer
import Accounts

/// `GET /robots.txt` and `GET /sitemap.xml` (sitemaps.org protocol 0.9): every published card,
/// every organisation and every comune page, with absolute URLs from the configured origin.
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
        let site = context.configuration.site
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        func add(_ path: String, lastmod: String? = nil) {
            xml += "<url><loc>" + HTMLEscaping.escape(site.absoluteURL(path)) + "</loc>"
            if let lastmod { xml += "<lastmod>" + HTMLEscaping.escape(lastmod) + "</lastmod>" }
            xml += "</url>\n"
        }
        for path in ["/", "/cerca", "/imprese"] { add(path) }
        for service in data.services { add("/servizi/" + URLQuery.encode(service.slug), lastmod: service.updatedAtISO) }
        for slug in data.organizations { add("/enti/" + URLQuery.encode(slug)) }
        for slug in data.comuni { add("/territori/" + URLQuery.encode(slug)) }
        xml += "</urlset>\n"
        return HTMLResponse.body(xml, contentType: "application/xml; charset=utf-8", cache: .publicFor(seconds: 3_600))
    }
}
