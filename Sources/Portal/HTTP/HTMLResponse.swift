import HTTPServer

/// How long a response may be cached (RFC 9111 §5.2.2).
enum CachePolicy: Sendable, Equatable {
    /// `no-store`: errors and pages that depend on the visitor.
    case none
    /// `public, max-age=N`: pages that change only when the catalog changes.
    case publicFor(seconds: Int)

    var headerValue: String {
        switch self {
        case .none: return "no-store"
        case .publicFor(let seconds): return "public, max-age=\(seconds)"
        }
    }
}

/// Builds responses carrying HTML, XML, JSON or plain text.
enum HTMLResponse {
    /// A `text/html; charset=utf-8` response.
    static func page(_ html: HTML, status: HTTPStatus = .ok, cache: CachePolicy) -> HTTPResponse {
        body(html.rendered, contentType: "text/html; charset=utf-8", status: status, cache: cache)
    }

    /// A response with any textual content type.
    static func body(_ text: String, contentType: String, status: HTTPStatus = .ok,
                            cache: CachePolicy) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.set("Cache-Control", cache.headerValue)
        return HTTPResponse(status: status, contentType: contentType, text: text, headers: headers)
    }

    /// A redirect to a path on this site (303 See Other after a form, 301 for a moved page).
    static func redirect(to path: String, status: HTTPStatus = .seeOther) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers.set("Location", SafeURL(path: path).value)
        headers.set("Cache-Control", "no-store")
        return HTTPResponse(status: status, headers: headers)
    }
}
