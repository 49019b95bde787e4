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
        let parts = PathPattern.split(path: Self.path(of: target))
        var matches: [(route: Route, parameters: [String: String])] = []
        var refused: (error: PathParameterError, pattern: PathPattern)?
        for route in routes {
            switch route.pattern.match(parts) {
            case .matched(let parameters): matches.append((route, parameters))
            case .invalidParameter(let error): if refused == nil { refused = (error, route.pattern) }
            case .noMatch: continue
            }
        }
        if matches.count == 1, matches[0].route.method == method {  // the common case, without filtering
            return .route(matches[0].route, parameters: matches[0].parameters)
        }
        if let best = Self.mostSpecific(matches.filter { $0.route.method == method }) {
            return .route(best.route, parameters: best.parameters)
        }
        if method == .head, let best = Self.mostSpecific(matches.filter { $0.route.method == .get }) {
            return .route(best.route, parameters: best.parameters)
        }
        guard let label = Self.mostSpecific(matches)?.route.pattern.description else {
            if let refused { return .badParameter(refused.error, label: refused.pattern.description) }
            return .notFound
        }
        let allowed = Self.allowed(Set(matches.map(\.route.method)))
        return method == .options ? .options(allowed: allowed, label: label)
            : .methodNotAllowed(allowed: allowed, label: label)
    }

    private static func allowed(_ registered: Set<HTTPMethod>) -> [HTTPMethod] {
        var methods = registered
        if methods.contains(.get) { methods.insert(.head) }
        methods.insert(.options)
        let known = allowOrder.filter { methods.contains($0) }
        let others = methods.subtracting(allowOrder).map(\.rawValue).sorted().map(HTTPMethod.init(rawValue:))
        return known + others
    }

    private static func mostSpecific(
        _ candidates: [(route: Route, parameters: [String: String])]
    ) -> (route: Route, parameters: [String: String])? {
        candidates.max { a, b in
            a.route.pattern.specificity.lexicographicallyPrecedes(b.route.pattern.specificity)
        }
    }

    /// The path part of a request target, without the query.
    static func path(of target: String) -> Substring {
        var path = target[...]
        if let q = path.firstIndex(of: "?") { path = path[..<q] }
        if path.first == "/" { return path }
        for scheme in ["http://", "https://"] where path.prefix(scheme.count).lowercased() == scheme {
            let authorityAndPath = path.dropFirst(scheme.count)
            path = authorityAndPath.firstIndex(of: "/").map { authorityAndPath[$0...] } ?? "/"
        }
        return path
    }
}
