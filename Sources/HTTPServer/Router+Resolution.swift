/// What the router decided for a method and target, before running anything.
enum RouteResolution {
    case route(Route, parameters: [String: String])
    case methodNotAllowed(allowed: [HTTPMethod], label: String)
    case options(allowed: [HTTPMethod], label: String)
    case badParameter(PathParameterError, label: String)
    case notFound
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
            if let refused { return .badParameter(refused.error, label: routes[refused.index].pattern.description) }
            return .notFound
        }
        let allowed = Self.allowed(Set(matches.map { routes[$0.index].method }))
        return method == .options ? .options(allowed: allowed, label: label)
            : .methodNotAllowed(allowed: allowed, label: label)
    }

    /// The options of the route `resolve` would pick, asked by the engine before it reads the
    /// body. Parameters are not decoded here: a route whose parameter will be refused still lends
    /// its options (the request then gets 400 from `resolve`).
    func routeOptions(_ method: HTTPMethod, target: String) -> RouteOptions? {
        let path = Self.path(of: target)
        if let index = literalRoute(method, path: path) { return routes[index].options }
        guard path.utf8.first == UInt8(ascii: "/") else { return nil }
        let parts = PathPattern.split(path: path)
        let shaped = routes.indices.filter { routes[$0].pattern.matchesShape(parts) }
        func best(_ m: HTTPMethod) -> Int? {
            shaped.filter { routes[$0].method == m }.max {
                routes[$0].pattern.specificity.lexicographicallyPrecedes(routes[$1].pattern.specificity)
            }
        }
        guard let index = best(method) ?? (method == .head ? best(.get) : nil) else { return nil }
        return routes[index].options
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
