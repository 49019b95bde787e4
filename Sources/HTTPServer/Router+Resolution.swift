/// What the router decided for a method and target, before running anything.
enum RouteResolution {
    case route(Route, parameters: [String: String])
    case methodNotAllowed(allowed: [HTTPMethod], label: String)
    case options(allowed: [HTTPMethod], label: String)
    /// A route matched but a parameter was refused (400); the route still lends its options.
    case badParameter(PathParameterError, route: Route)
    case notFound

    /// The options the engine applies before the handler runs (body limit, thread).
    var options: RouteOptions? {
        switch self {
        case .route(let route, _), .badParameter(_, let route): return route.options
        case .methodNotAllowed, .options, .notFound: return nil
        }
    }
}

extension Router {
    /// The order methods are listed in `Allow`.
    private static var allowOrder: [HTTPMethod] { [.get, .head, .post, .put, .patch, .delete, .options] }

    /// Finds the route for `method` and the path of `target` (origin-form, or absolute-form whose
    /// scheme and authority are ignored, RFC 9112 §3.2.2).
    func resolve(_ method: HTTPMethod, target: String) -> RouteResolution {
        let path = Self.path(of: target)
        if let index = literalRoute(method, path: path) { return .route(routes[index], parameters: [:]) }
        guard path.utf8.first == UInt8(ascii: "/") else {  // "*" or garbage: no route may match
            if method == .options, path == "*" { return .options(allowed: Self.allowed(Set(routes.map(\.method))), label: "*") }
            return .notFound
        }
        let parts = PathPattern.split(path: path)
        var matches: [(index: Int, parameters: [String: String])] = []
        var refused: (error: PathParameterError, index: Int)?
        for index in routes.indices {
            switch routes[index].pattern.match(parts) {
            case .matched(let parameters): matches.append((index, parameters))
            case .invalidParameter(let error): if refused == nil { refused = (error, index) }
            case .noMatch: continue
            }
        }
        let chosen = mostSpecific(matches.filter { routes[$0.index].method == method })
            ?? (method == .head ? mostSpecific(matches.filter { routes[$0.index].method == .get }) : nil)
        if let chosen { return .route(routes[chosen.index], parameters: chosen.parameters) }
        guard let label = mostSpecific(matches).map({ routes[$0.index].pattern.description }) else {
            if let refused { return .badParameter(refused.error, route: routes[refused.index]) }
            return .notFound
        }
        let allowed = Self.allowed(Set(matches.map { routes[$0.index].method }))
        return method == .options ? .options(allowed: allowed, label: label)
            : .methodNotAllowed(allowed: allowed, label: label)
    }

    /// The fast path: a template made only of literal segments that equals the raw path and has
    /// this method. Nothing can be more specific, so the general search would pick the same route.
    private func literalRoute(_ method: HTTPMethod, path: Substring) -> Int? {
        guard let candidates = literalRoutes[path] else { return nil }
        if let index = candidates.first(where: { routes[$0].method == method }) { return index }
        if method == .head, !hasHeadRoutes { return candidates.first { routes[$0].method == .get } }
        return nil
    }

    private static func allowed(_ registered: Set<HTTPMethod>) -> [HTTPMethod] {
        var methods = registered
        if methods.contains(.get) { methods.insert(.head) }
        methods.insert(.options)
        let known = allowOrder.filter { methods.contains($0) }
        let others = methods.subtracting(allowOrder).map(\.rawValue).sorted().map(HTTPMethod.init(rawValue:))
        return known + others
    }

    private func mostSpecific(
        _ candidates: [(index: Int, parameters: [String: String])]
    ) -> (index: Int, parameters: [String: String])? {
        candidates.max { a, b in
            routes[a.index].pattern.specificity.lexicographicallyPrecedes(routes[b.index].pattern.specificity)
        }
    }

    /// The path part of a request target, without the query.
    static func path(of target: String) -> Substring {
        var path = target[...]
        if let q = target.utf8.firstIndex(of: UInt8(ascii: "?")) { path = target[..<q] }
        if path.utf8.first == UInt8(ascii: "/") { return path }
        for scheme in ["http://", "https://"] where path.prefix(scheme.count).lowercased() == scheme {
            let authorityAndPath = path.dropFirst(scheme.count)
            path = authorityAndPath.firstIndex(of: "/").map { authorityAndPath[$0...] } ?? "/"
        }
        return path
    }
}
