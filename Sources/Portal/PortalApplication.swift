import Catalog
import HTTPServer

/// Builds the public portal's `Router` from a catalog and a configuration. Used by
/// `vetrina serve` and by the end-to-end tests, so both run the very same routes.
///
/// Every response, error pages and static files included, gets the security headers;
/// every thrown error goes through `ErrorResponder` (the one place statuses are decided).
public struct PortalApplication: Sendable {
    public let catalog: any PortalCatalog
    public let configuration: PortalConfiguration
    public let metrics: ServerMetrics?
    public let health: HealthCheck
    /// The operators' area (`/admin`); nil serves no admin routes.
    public var admin: AdminEnvironment?
    /// The open data API (`/api/v1`) and downloads (`/dati`); nil serves neither.
    public var openData: OpenDataCatalog?
    /// The needs observatory (`/osservatorio`, search recording); nil serves and records nothing.
    public var observatory: ObservatoryEnvironment?
    /// Enterprises' plans and welfare desks (issue 10); served when `admin` is set.
    public var enterprise = EnterpriseConfiguration()
    let log: @Sendable (String) -> Void
    /// The whole-catalog downloads built once per catalog state; `removeTemporaryFiles()` at shutdown.
    let downloads = DownloadCache()

    /// - Parameters:
    ///   - metrics: served at `/metrics` when given.
    ///   - health: the checks behind `/healthz`.
    ///   - log: receives one line per unexpected error.
    public init(catalog: any PortalCatalog, configuration: PortalConfiguration, metrics: ServerMetrics? = nil,
                health: HealthCheck = HealthCheck(), log: @escaping @Sendable (String) -> Void) {
        self.catalog = catalog
        self.configuration = configuration
        self.metrics = metrics
        self.health = health
        self.log = log
    }

    /// The route table.
    /// - Throws: `RouterError` for a bad table, `StaticFilesError` when `publicDirectory` is missing.
    public func makeRouter() throws -> Router {
        let errors = ErrorResponder(layout: LayoutView(site: configuration.site), log: log, readOnlyNode: configuration.readOnlyNode)
        let security = SecurityHeaders(proxyTrust: configuration.proxyTrust)
        var pages = Self.pages(errors)
        let refusals = RefusalPages(errors: errors, security: security)
        pages.refused = { refusals.response(for: $0) }
        let proxyTrust = configuration.proxyTrust
        var router = Router(pages: pages, postProcess: { request, response in
            security.apply(to: &response, for: request)
            proxyTrust.noteClient(of: request, on: &response)
        })
        let context = PageContext(catalog: catalog, configuration: configuration, searchRecorder: observatory?.recorder,
                                  feedbackSigner: observatory?.feedback?.signer)
        try router.get("/") { try HomeHandler(context: context).handle($0) }
        try router.get("/cerca") { try SearchHandler(context: context).handle($0) }
        try router.get("/servizi/{slug}") { try ServiceCardHandler(context: context).handle($0) }
        try router.get("/servizi/{slug}/cronologia") { try CardHistoryHandler(context: context).handle($0) }
        try router.get("/enti/{slug}") { try OrganizationHandler(context: context).handle($0) }
        try router.get("/territori/{comune}") { try ComuneHandler(context: context).handle($0) }
        try router.get("/territori") { try ComuneHandler(context: context).pick($0) }
        let enterprise = admin.map { EnterpriseEnvironment(admin: $0, context: context, configuration: self.enterprise) }
        try router.get("/imprese") { try EnterprisesHandler(context: context, plan: enterprise.map(EnterpriseRoutes.plannedSlugs)).handle($0) }
        try router.get("/api/comuni") { try ComuneSuggestionsHandler(context: context).handle($0) }
        let crawlers = CrawlerHandlers(context: context)
        try router.get("/robots.txt", options: RouteOptions(runsOnEventLoop: true)) { crawlers.robots($0) }
        try router.get("/sitemap.xml") { try crawlers.sitemap($0) }
        try router.get("/sitemap/{file}") { try crawlers.sitemapPart($0) }
        try router.get("/healthz", handler: health.handler())
        try InfoRoutes.register(on: &router, context: context)
        try LocalizedRoutes.register(on: &router, context: context)
        if let metrics {
            try router.get("/metrics", options: RouteOptions(runsOnEventLoop: true),
                           handler: configuration.metricsAccess.guarding(metrics.handler()) { errors.notFound() })
        }
        if let admin { try AdminRoutes.register(on: &router, environment: admin) }
        if let openData { try OpenDataRoutes.register(on: &router, api: OpenDataAPI(context: context, data: openData, downloads: downloads), log: log) }
        if let observatory { try ObservatoryRoutes.register(on: &router, context: context, environment: observatory, admin: admin) }
        if let enterprise { try EnterpriseRoutes.register(on: &router, environment: enterprise) }
        if let directory = configuration.publicDirectory {
            try router.addStaticFiles(try StaticFiles(root: directory, cacheControl: "public, max-age=86400"), at: "/static")
        }
        // Last, over the whole table: on a read-only node no route that writes is missed.
        if let readOnlyNode = configuration.readOnlyNode { return try readOnlyNode.gating(router) }
        return router
    }

    /// Deletes the spooled download files; call once the server has stopped.
    public func removeTemporaryFiles() { downloads.removeAll() }

    static func pages(_ errors: ErrorResponder) -> RouterPages {
        RouterPages(
            notFound: { request in errors.notFound(request) },
            methodNotAllowed: { request, _ in errors.methodNotAllowed(request) },
            badRequest: { request, _ in errors.undecodableAddress(request) },
            error: { request, error in errors.response(for: error, request: request) })
    }
}
