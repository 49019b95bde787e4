import HTTPServer

/// The one place where errors become HTTP statuses and pages (STYLE 5).
///
/// - `PortalError.notFound` → 404, `PortalError.invalidParameters` → 400 with the explanation;
/// - anything else → 500, logged with the request id; details are never shown to the visitor.
public struct ErrorResponder: Sendable {
    let pages: ErrorPageView
    let log: @Sendable (String) -> Void

    /// - Parameter log: receives one line per unexpected error (request id and error).
    public init(layout: LayoutView, log: @escaping @Sendable (String) -> Void) {
        self.pages = ErrorPageView(layout: layout)
        self.log = log
    }

    /// The response for `error` raised while answering `request`.
    public func response(for error: any Error, request: HTTPRequest) -> HTTPResponse {
        switch error {
        case let portal as PortalError:
            return portalResponse(portal, path: String(request.path))
        default:
            if let mapped = mappedByLowerLayers(error) { return mapped }
            log("\(request.requestID) \(request.method) \(request.path): \(error)")
            return HTMLResponse.page(pages.serverError(requestID: request.requestID),
                                     status: .internalServerError, cache: .none)
        }
    }

    /// The 404 page for an address no route knows.
    public func notFound() -> HTTPResponse {
        HTMLResponse.page(pages.notFound(), status: .notFound, cache: .none)
    }

    func portalResponse(_ error: PortalError, path: String = "/") -> HTTPResponse {
        switch error {
        case .notFound(let what):
            return HTMLResponse.page(pages.notFound(what: what), status: .notFound, cache: .none)
        case .invalidParameters(let problems):
            return HTMLResponse.page(pages.badRequest(problems: problems), status: .badRequest, cache: .none)
        case .uploadTooLarge(let limit):
            let size = limit >= 1_048_576 ? "\(limit / 1_048_576) MB" : "\(max(1, limit / 1024)) KB"
            let body: HTML = """
                <p class="lead">Il file supera il limite di \(size). Nulla è stato importato.</p>
                <p>Dividi il file in parti più piccole (ad esempio per ente o per territorio) e caricale una alla volta.</p>
                <p><a href="/admin/importa">Torna all'importazione</a></p>
                """
            return HTMLResponse.page(pages.page(title: "File troppo grande", body: body, hasErrors: true),
                                     status: .contentTooLarge, cache: .none)
        case .formExpired, .tooManyRequests:
            return publicFormResponse(error, path: path)
        }
    }
}
