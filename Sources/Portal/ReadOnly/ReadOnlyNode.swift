import HTTPServer

/// A node that serves a read-only copy of the database (`vetrina serve --replica`,
/// docs/SCALING.md): the catalog, search, open data and the information pages work as on the
/// writer; anything that would write is refused before its handler runs, with one honest page.
///
/// What is refused (decided per route when the router is built, so serving costs nothing):
/// - every `/admin` address, whatever the method: signing in, a session's "last seen" touch
///   and every operator action write, and an operator cannot work on a copy;
/// - every route for a method other than GET and HEAD: the public forms (feedback, reports,
///   the needs questionnaire and its answers, contact requests) write rows and rate-limit
///   counters. The enterprise plan's buttons only set a cookie but are refused too: one rule,
///   deny by default, cannot miss a form added later, and the documented routing sends every
///   POST to the writer, so a POST that reaches a replica was misrouted.
///
/// The refusal is `ReadOnlyNodeRefusal`, which `ErrorResponder` answers with 503 and the page
/// "Questo nodo è in sola lettura" (no `Retry-After`: retrying this node will not help; the
/// page links to `writerURL` when the operator set one).
public struct ReadOnlyNode: Sendable, Equatable {
    /// The writer's public origin (`--writer-url`, e.g. `https://welfare.example.it`), without a
    /// trailing slash; nil when the operator did not set one (the page then explains in words).
    public let writerURL: String?

    /// - Parameter writerURL: an absolute `http`/`https` URL; anything else is ignored.
    public init(writerURL: String? = nil) {
        let trimmed = writerURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.writerURL = trimmed.flatMap { url in
            let lower = url.lowercased()
            return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && SafeURL(url) != nil ? url : nil
        }
    }

    /// Whether a route for `method` on `template` must be refused on this node.
    func refuses(_ method: HTTPMethod, template: String) -> Bool {
        Self.isAdmin(template) || !(method == .get || method == .head)
    }

    static func isAdmin(_ path: some StringProtocol) -> Bool {
        path == "/admin" || path.hasPrefix("/admin/")
    }

    /// `router` with the same table, where every route this node refuses throws
    /// `ReadOnlyNodeRefusal` instead of running its handler (options kept, so body limits hold).
    func gating(_ router: Router) throws -> Router {
        var gated = Router(pages: router.pages, postProcess: router.postProcess)
        for route in router.routes {
            let template = route.pattern.description
            let handler = refuses(route.method, template: template) ? Self.refusal : route.handler
            try gated.add(route.method, template, options: route.options, handler: handler)
        }
        return gated
    }

    /// The handler of every refused route.
    static let refusal: RouteHandler = { _ in throw ReadOnlyNodeRefusal() }

    /// Where to go on the writer instead of `request`: the same address for a page (GET/HEAD),
    /// the operators' area for an admin form, the home page for any other form. Nil without `writerURL`.
    func writerLink(for request: HTTPRequest) -> SafeURL? {
        guard let writerURL else { return nil }
        let target: String
        if request.method == .get || request.method == .head {
            target = request.head.target
        } else {
            target = Self.isAdmin(request.path) ? "/admin" : "/"
        }
        return SafeURL(writerURL + (target.hasPrefix("/") ? target : "/"))
    }
}

/// Thrown instead of running a route a read-only node refuses (`ReadOnlyNode.gating`);
/// `ErrorResponder` answers it with 503 and the read-only page. Nothing was read or written.
struct ReadOnlyNodeRefusal: Error, Sendable, Equatable {}
