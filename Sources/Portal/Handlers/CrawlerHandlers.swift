import HTTPServer
import Accounts

/// `GET /robots.txt` and `GET /sitemap.xml` (sitemaps.org protocol 0.9, split into an index of
/// `/sitemap/{n}.xml` files past `sitemapURLsPerFile` entries): every published card,
/// every organisation and every comune page, with absolute URLs from the configured origin, in
/// Italian and in every other interface language, each version naming the others by `hreflang`.
/// The entry list is read from the catalog once per `cacheSeconds` (an `ExpiringCache`) and the
/// index and each file are cut from it.
struct CrawlerHandlers: Sendable {
    let context: PageContext
    let urlCache: ExpiringCache<[URLEntry]>

    /// The `max-age` of the sitemap responses, and how long their entry list is reused.
    static let cacheSeconds = 3_600

    init(context: PageContext, urlCache: ExpiringCache<[URLEntry]> = ExpiringCache(lifetime: .seconds(cacheSeconds))) {
        self.context = context
        self.urlCache = urlCache
    }

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

    /// The whole urlset while it fits in one file (`sitemapURLsPerFile`), otherwise a sitemap
    /// index naming `/sitemap/1.xml`… with their latest `lastmod`.
    func sitemap(_ request: HTTPRequest) throws -> HTTPResponse {
        let urls = try cachedURLs()
        let perFile = max(1, context.configuration.sitemapURLsPerFile)
        guard urls.count > perFile else { return xmlResponse(urlset(urls[...])) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for part in 1...Self.partCount(urls.count, perFile) {
            let loc = context.configuration.site.absoluteURL("/sitemap/\(part).xml")
            let lastmod = urls[Self.range(of: part, perFile, urls.count)].compactMap(\.lastmod).max()
            xml += "<sitemap><loc>" + HTMLEscaping.escape(loc) + "</loc>"
                + (lastmod.map { "<lastmod>" + HTMLEscaping.escape($0) + "</lastmod>" } ?? "") + "</sitemap>\n"
        }
        xml += "</sitemapindex>\n"
        return xmlResponse(xml)
    }

    /// `GET /sitemap/{n}.xml`: the n-th file of the index (1-based); 404 for any other name.
    func sitemapPart(_ request: HTTPRequest) throws -> HTTPResponse {
        let file = request.pathParameters["file"] ?? ""
        let urls = try cachedURLs()
        let perFile = max(1, context.configuration.sitemapURLsPerFile)
        guard file.hasSuffix(".xml"), let part = Int(file.dropLast(4)), String(part) + ".xml" == file,
              urls.count > perFile, (1...Self.partCount(urls.count, perFile)).contains(part) else {
            throw PortalError.notFound(what: nil)
        }
        return xmlResponse(urlset(urls[Self.range(of: part, perFile, urls.count)]))
    }

    static func partCount(_ total: Int, _ perFile: Int) -> Int { (total + perFile - 1) / perFile }

    static func range(of part: Int, _ perFile: Int, _ total: Int) -> Range<Int> {
        ((part - 1) * perFile)..<min(total, part * perFile)
    }

    /// One `<url>` element, with the `lastmod` it carries (for the index).
    struct URLEntry: Sendable {
        var xml: String
        var lastmod: String?
    }

    /// `allURLs()`, built at most once per `cacheSeconds`.
    func cachedURLs() throws -> [URLEntry] { try urlCache.value(allURLs) }

    /// Every public address in a stable order: home and search, `/imprese`, cards, organisations, comuni.
    func allURLs() throws -> [URLEntry] {
        let data = try context.catalog.sitemap()
        var urls: [URLEntry] = []
        for path in ["/", "/cerca"] { urls += entries(path) }
        urls += entries("/imprese", translated: false)
        for service in data.services { urls += entries("/servizi/" + URLQuery.encode(service.slug), lastmod: service.updatedAtISO) }
        for slug in data.organizations { urls += entries("/enti/" + URLQuery.encode(slug)) }
        for slug in data.comuni { urls += entries("/territori/" + URLQuery.encode(slug)) }
        return urls
    }

    func urlset(_ urls: ArraySlice<URLEntry>) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
            + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for url in urls { xml += url.xml }
        return xml + "</urlset>\n"
    }

    func xmlResponse(_ xml: String) -> HTTPResponse {
        HTMLResponse.body(xml, contentType: "application/xml; charset=utf-8", cache: .publicFor(seconds: Self.cacheSeconds))
    }

    /// The `<url>` of the Italian page at `path` and, when `translated`, one per other language
    /// (`/en…`), each listing every language version and `x-default` (the Italian page) as
    /// `xhtml:link rel="alternate" hreflang` (the sitemaps way of declaring translations).
    func entries(_ path: String, lastmod: String? = nil, translated: Bool = true) -> [URLEntry] {
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
        return codes.map { code in
            var xml = "<url><loc>" + url(code) + "</loc>"
            if let lastmod { xml += "<lastmod>" + HTMLEscaping.escape(lastmod) + "</lastmod>" }
            return URLEntry(xml: xml + alternates + "</url>\n", lastmod: lastmod)
        }
    }
}
