/// Routes requests by method and path template to handlers (`/servizi/{slug}`).
///
/// - 404 (`RouterPages.notFound`) when no template matches the path;
/// - 405 with `Allow` when the path matches but the method does not (RFC 9110 §15.5.6);
///   `HEAD` is served by the `GET` handler when no `HEAD` route exists (RFC 9110 §9.3.2), and
///   `OPTIONS` is answered with `204` and `Allow` unless a route handles it (§9.3.7);
/// - 400 when a path parameter decodes to something unacceptable (see `PathPattern`);
/// - a literal segment beats a `{parameter}`, which beats a `{catchAll...}`.
///
/// Every response gets `routeLabel` set to the matched template (never sent) and then passes
/// through `postProcess`, e.g. to add security headers. Build the table once, then hand the
/// router to the server; it is an immutable value while serving.
public struct Router: HTTPResponder {
    /// The pages the router builds itself (404, 405, 400, thrown errors).
    public var pages: RouterPages
    /// Called on every response, including error pages, just before it is returned.
    public var postProcess: (@Sendable (HTTPRequest, inout HTTPResponse) -> Void)?
    /// The table, in registration order.
    public private(set) var routes: [Route] = []
    /// Indices of routes whose template has only literal segments, by template (the fast path).
    private(set) var literalRoutes: [Substring: [Int]] = [:]
    /// Whether any route was registered for `HEAD` explicitly.
    private(set) var hasHeadRoutes = false

    public init(
        pages: RouterPages = RouterPages(),
        postProcess: (@Sendable (HTTPRequest, inout HTTPResponse) -> Void)? = nil
    ) {
        self.pages = pages
        self.postProcess = postProcess
    }

    /// Registers `handler` for `method` on `template`.
    /// - Throws: `RouterError.invalidPattern` or `.duplicateRoute`.
    public mutating func add(
        _ method: HTTPMethod, _ template: String, options: RouteOptions = RouteOptions(),
        handler: @escaping RouteHandler
    ) throws(RouterError) {
        let pattern = try PathPattern(template)
        if routes.contains(where: { $0.method == method && $0.pattern.segments == pattern.segments }) {
            throw .duplicateRoute(method: method.rawValue, pattern: template)
        }
        routes.append(Route(method: method, pattern: pattern, options: options, handler: handler))
        if pattern.isLiteral { literalRoutes[template[...], default: []].append(routes.count - 1) }
        if method == .head { hasHeadRoutes = true }
    }

    /// Registers a `GET` route (which also answers `HEAD`).
    public mutating func get(_ template: String, options: RouteOptions = RouteOptions(), handler: @escaping RouteHandler) throws(RouterError) {
        try add(.get, template, options: options, handler: handler)
    }

    /// Registers a `POST` route.
    public mutating func post(_ template: String, options: RouteOptions = RouteOptions(), handler: @escaping RouteHandler) throws(RouterError) {
        try add(.post, template, options: options, handler: handler)
    }

    /// Registers a `PUT` route.
    public mutating func put(_ template: String, options: RouteOptions = RouteOptions(), handler: @escaping RouteHandler) throws(RouterError) {
        try add(.put, template, options: options, handler: handler)
    }

    /// Registers a `PATCH` route.
    public mutating func patch(_ template: String, options: RouteOptions = RouteOptions(), handler: @escaping RouteHandler) throws(RouterError) {
        try add(.patch, template, options: options, handler: handler)
    }

    /// Registers a `DELETE` route.
    public mutating func delete(_ template: String, options: RouteOptions = RouteOptions(), handler: @escaping RouteHandler) throws(RouterError) {
        try add(.delete, template, options: options, handler: handler)
    }

    // MARK: HTTPResponder

    /// Resolves the route once; the plan carries the route, its decoded parameters and its options.
    public func plan(for head: RequestHead) -> RequestPlan {
        let resolution = resolve(head.method, target: head.target)
        let options = resolution.options
        return RequestPlan(maxBodySize: options?.maxBodySize, runsOnEventLoop: options?.runsOnEventLoop ?? false) {
            [self] request in
            var response = response(for: request, resolution)
            postProcess?(request, &response)
            return response
        }
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        plan(for: request.head).respond(to: request)
    }

    public func maxBodySize(for head: RequestHead) -> Int? { plan(for: head).maxBodySize }

    public func runsOnEventLoop(_ head: RequestHead) -> Bool { plan(for: head).runsOnEventLoop }

    public func refusalResponse(for refused: RefusedRequest) -> HTTPResponse? { pages.refused?(refused) }

    private func response(for request: HTTPRequest, _ resolution: RouteResolution) -> HTTPResponse {
        switch resolution {
        case .route(let route, let parameters):
            var routed = request
            routed.pathParameters = parameters
            var response: HTTPResponse
            do { response = try route.handler(routed) } catch { response = pages.error(routed, error) }
            response.routeLabel = route.pattern.description
            return response
        case .methodNotAllowed(let allowed, let label):
            var response = pages.methodNotAllowed(request, allowed)
            response.headers.set("Allow", Self.allowHeader(allowed))
            response.routeLabel = label
            return response
        case .options(let allowed, let label):
            var response = HTTPResponse(status: .noContent)
            response.headers.set("Allow", Self.allowHeader(allowed))
            response.routeLabel = label
            return response
        case .badParameter(let error, let route):
            var response = pages.badRequest(request, error)
            response.routeLabel = route.pattern.description
            return response
        case .notFound:
            return pages.notFound(request)
        }
    }

    static func allowHeader(_ methods: [HTTPMethod]) -> String {
        methods.map(\.rawValue).joined(separator: ", ")
    }
}
