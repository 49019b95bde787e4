import HTTPServer

/// The one error boundary: the one place where errors become HTTP statuses and pages (STYLE 5).
/// Each status is decided together with the page that explains it (`answer`), never patched
/// onto a page rendered for another status.
///
/// - `PortalError.notFound` → 404, `.invalidParameters` → 400 with the explanation, `.uploadTooLarge` → 413;
/// - `CatalogError` → 404 / 422 / 409, decoding and multipart errors → 400 / 413 / 415;
/// - on a read-only node, `ReadOnlyNodeRefusal` and a write refused by the file → 503, read-only page;
/// - anything else → 500, logged with the request id; details are never shown to the visitor.
///
/// Pages are in the language of the request's path (`/en/…` → English), Italian otherwise.
struct ErrorResponder: Sendable {
    /// The Italian pages (the operators' area and the enterprise forms are Italian only).
    let pages: ErrorPageView
    let log: @Sendable (String) -> Void
    /// Set on a read-only node (`vetrina serve --replica`): its refusals and any write that still
    /// reaches the read-only file get the read-only page (503) instead of the generic 500.
    let readOnlyNode: ReadOnlyNode?

    /// - Parameters:
    ///   - log: receives one line per unexpected error (request id and error).
    ///   - readOnlyNode: the node's read-only setting, nil on the writer.
    init(layout: LayoutView, log: @escaping @Sendable (String) -> Void, readOnlyNode: ReadOnlyNode? = nil) {
        self.pages = ErrorPageView(layout: layout)
        self.log = log
        self.readOnlyNode = readOnlyNode
    }

    /// The pages in the language of `request`'s path prefix.
    func pages(for request: HTTPRequest?) -> ErrorPageView {
        guard let request else { return pages }
        let languages = pages.layout.localizer.languages
        let code = languages.split(path: request.path).code
        guard code != pages.layout.localizer.code else { return pages }
        return ErrorPageView(layout: pages.layout.localized(languages.localizer(code), alternatePath: nil))
    }

    /// A page and its status, never cached.
    func answer(_ page: HTML, _ status: HTTPStatus) -> HTTPResponse {
        HTMLResponse.page(page, status: status, cache: .none)
    }

    /// The response for `error` raised while answering `request`.
    func response(for error: any Error, request: HTTPRequest) -> HTTPResponse {
        switch error {
        case let portal as PortalError:
            return portalResponse(portal, request: request)
        case is ReadOnlyNodeRefusal:
            return readOnlyResponse(request)
        default:
            if let refused = readOnlyWriteResponse(error, request: request) { return refused }
            if let mapped = mappedByLowerLayers(error, request: request) { return mapped }
            log("\(request.requestID) \(request.method) \(request.path): \(error)")
            return answer(pages(for: request).serverError(requestID: request.requestID), .internalServerError)
        }
    }

    /// The 404 page for an address no route knows, in the language of its path.
    func notFound(_ request: HTTPRequest? = nil) -> HTTPResponse {
        answer(pages(for: request).notFound(), .notFound)
    }

    /// The 405 page: the address exists but not for this method (the router adds `Allow`).
    func methodNotAllowed(_ request: HTTPRequest) -> HTTPResponse {
        answer(pages(for: request).methodNotAllowed(), .methodNotAllowed)
    }

    /// The 400 page for a path parameter that cannot be decoded.
    func undecodableAddress(_ request: HTTPRequest) -> HTTPResponse {
        answer(pages(for: request).undecodable(inForm: false), .badRequest)
    }

    func portalResponse(_ error: PortalError, request: HTTPRequest) -> HTTPResponse {
        let pages = pages(for: request)
        switch error {
        case .notFound(let what):
            return answer(pages.notFound(what: what), .notFound)
        case .invalidParameters(let problems):
            return answer(pages.badRequest(problems: problems, afterSearch: request.method == .get), .badRequest)
        case .uploadTooLarge(let limit):
            return answer(self.pages.tooLarge(limitBytes: limit, back: ("/admin/importa", "Torna all'importazione")), .contentTooLarge)
        case .formExpired, .tooManyRequests:
            return publicFormResponse(error, path: String(request.path))
        }
    }
}
