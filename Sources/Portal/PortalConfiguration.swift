/// How the public portal is set up; `vetrina serve` fills it from flags and environment.
public struct PortalConfiguration: Sendable {
    /// Site name and absolute origin for canonical URLs (never taken from `Host`).
    public var site: SiteContext
    /// The directory served under `/static/` (the repository's `Public/`); nil serves no files.
    public var publicDirectory: String?
    /// Results per search page. Default 20.
    public var pageSize: Int
    /// `Cache-Control` max-age for public pages, in seconds. Default 60.
    public var pageMaxAge: Int

    /// Trusted reverse proxies (`--trusted-proxy`): their `X-Forwarded-Proto: https` turns on HSTS.
    public var proxyTrust = ProxyTrust()
    /// Who may read `/metrics` (loopback, or `--metrics-token`).
    public var metricsAccess = MetricsAccess()
    /// Where citizens send accessibility reports, shown on `/accessibilita`
    /// (`--accessibility-email`); nil says that no address has been set yet.
    public var accessibilityEmail: String?
    /// Most `<url>` entries in one sitemap file (sitemaps.org allows 50,000). Past it
    /// `/sitemap.xml` becomes a sitemap index of `/sitemap/1.xml`, `/sitemap/2.xml`…
    public var sitemapURLsPerFile = 50_000
    /// Set on a read-only node (`vetrina serve --replica`): every route that would write answers
    /// 503 with the read-only page instead of running (`ReadOnlyNode`). Nil on the writer.
    public var readOnlyNode: ReadOnlyNode?

    public init(site: SiteContext = SiteContext(), publicDirectory: String? = nil, pageSize: Int = 20, pageMaxAge: Int = 60) {
        self.site = site
        self.publicDirectory = publicDirectory
        self.pageSize = max(1, pageSize)
        self.pageMaxAge = max(0, pageMaxAge)
    }
}
