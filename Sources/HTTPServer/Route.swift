/// A request handler: turns a request (with `pathParameters` filled in) into a response.
/// A thrown error is answered by the router's error page (`RouterPages.error`).
public typealias RouteHandler = @Sendable (HTTPRequest) throws -> HTTPResponse

/// Per-route settings the engine asks about before it reads the body.
public struct RouteOptions: Sendable, Equatable {
    /// Largest request body for this route (413 beyond it); nil uses the server default (1 MiB).
    public var maxBodySize: Int?
    /// The handler never blocks and takes microseconds, so it may run on the event loop.
    public var runsOnEventLoop: Bool

    public init(maxBodySize: Int? = nil, runsOnEventLoop: Bool = false) {
        self.maxBodySize = maxBodySize
        self.runsOnEventLoop = runsOnEventLoop
    }
}

/// One registered route: method, path template, options and handler.
public struct Route: Sendable {
    /// The method served (`GET` routes also answer `HEAD`).
    public let method: HTTPMethod
    /// The path template.
    public let pattern: PathPattern
    /// Body limit and event-loop flag.
    public let options: RouteOptions
    /// Builds the response.
    public let handler: RouteHandler

    init(method: HTTPMethod, pattern: PathPattern, options: RouteOptions = RouteOptions(), handler: @escaping RouteHandler) {
        self.method = method
        self.pattern = pattern
        self.options = options
        self.handler = handler
    }
}

/// A mistake in the route table, found when routes are registered.
public enum RouterError: Error, Equatable, Sendable {
    /// The template does not start with `/`, has unbalanced braces, or a catch-all before the end.
    case invalidPattern(String)
    /// The same method and template were registered twice.
    case duplicateRoute(method: String, pattern: String)
}
