import HTTPServer

/// The portal's pages for the requests the engine refuses itself, before any route runs
/// (`HTTPResponder.refusalResponse`): 400 unreadable request, 408 timeout, 413 too large (with
/// the limit), 414 address too long, 431 headers (cookies) too large, 501/505, 503 busy.
///
/// The hook runs on an event loop, so every page is rendered once, when the router is built,
/// per status and language; answering only picks bytes (and, for 413, splices in the limit).
/// The language is the path's prefix (`/en/…`), else `Accept-Language` when the head was parsed,
/// else Italian. `/api/` paths get `{"error": "…"}` like the API's other refusals.
struct RefusalPages: Sendable {
    /// The engine's statuses this type has a page for.
    static let statuses: [HTTPStatus] = [.badRequest, .requestTimeout, .contentTooLarge, .uriTooLong,
                                         .requestHeaderFieldsTooLarge, .notImplemented, .serviceUnavailable,
                                         .httpVersionNotSupported]
    /// Stands for the size limit in the pre-rendered 413 pages; replaced when answering.
    static let limitMarker = "LIMIT-PLACEHOLDER-413"

    struct Key: Hashable { let code: Int; let language: String; let json: Bool }

    /// A pre-rendered answer; `limitSplit` is where the limit goes in a 413 body.
    struct Prepared: Sendable {
        let response: HTTPResponse
        let body: [UInt8]
        let limitSplit: (prefix: [UInt8], suffix: [UInt8])?
    }

    let prepared: [Key: Prepared]
    let languages: MessageCatalogs

    init(errors: ErrorResponder, security: SecurityHeaders) {
        languages = errors.pages.layout.localizer.languages
        var table: [Key: Prepared] = [:]
        for status in Self.statuses {
            for code in languages.allCodes {
                let pages = errors.pages(code: code)
                let templated = status == .contentTooLarge
                    ? errors.answer(pages.tooLarge(limitBytes: nil, limitText: Self.limitMarker), status) : nil
                table[Key(code: status.code, language: code, json: false)] =
                    Self.prepare(errors.answer(Self.page(status, pages), status), templated: templated, security: security)
            }
            table[Key(code: status.code, language: MessageCatalogs.defaultCode, json: true)] =
                Self.prepare(APIResponse.error(status, Self.apiMessage(status)), security: security)
        }
        prepared = table
    }

    /// The page for `refused`, or nil for a status without one (the engine's default then).
    func response(for refused: RefusedRequest) -> HTTPResponse? {
        let path = refused.path ?? ""
        let json = path == "/api" || path.hasPrefix("/api/")
        let key = Key(code: refused.status.code, language: json ? MessageCatalogs.defaultCode : language(of: refused), json: json)
        guard let entry = prepared[key] else { return nil }
        var response = entry.response
        if let split = entry.limitSplit, let limit = refused.maxBodySize {
            response.body = .bytes(split.prefix + Array(ErrorPageView.size(limit).utf8) + split.suffix)
        } else {
            response.body = .bytes(entry.body)
        }
        return response
    }

    func language(of refused: RefusedRequest) -> String {
        if let path = refused.path {
            let code = languages.split(path: path[...]).code
            if code != MessageCatalogs.defaultCode { return code }
        }
        guard let header = refused.acceptLanguage else { return MessageCatalogs.defaultCode }
        return AcceptLanguage.best(header, available: languages.allCodes) ?? MessageCatalogs.defaultCode
    }

    /// The page for `status` (413 without the limit).
    static func page(_ status: HTTPStatus, _ pages: ErrorPageView) -> HTML {
        switch status.code {
        case 400: return pages.standard("malformed")
        case 408: return pages.standard("timeout")
        case 413: return pages.tooLarge(limitBytes: nil)
        case 414: return pages.standard("uri_too_long")
        case 431: return pages.standard("headers_too_large")
        case 503: return pages.standard("unavailable")
        default: return pages.refused(code: status.code)
        }
    }

    static func apiMessage(_ status: HTTPStatus) -> String {
        switch status.code {
        case 400: return "The request is malformed."
        case 408: return "The request did not arrive in time."
        case 413: return "The request body is larger than allowed."
        case 414: return "The request URI is too long."
        case 431: return "The request headers are too large or too many."
        case 503: return "The server is busy; try again shortly."
        default: return status.reasonPhrase
        }
    }

    /// `response` with the security headers; `templated` (413) is the same page with
    /// `limitMarker` where the limit goes, split there.
    static func prepare(_ response: HTTPResponse, templated: HTTPResponse? = nil, security: SecurityHeaders) -> Prepared {
        let secured = security.applied(to: response)
        guard case .bytes(let body) = secured.body else { return Prepared(response: secured, body: [], limitSplit: nil) }
        let marker = Array(limitMarker.utf8)
        guard case .bytes(let template)? = templated?.body, let at = index(of: marker, in: template) else {
            return Prepared(response: secured, body: body, limitSplit: nil)
        }
        return Prepared(response: secured, body: body,
                        limitSplit: (Array(template[..<at]), Array(template[(at + marker.count)...])))
    }

    static func index(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
        }
        return nil
    }
}

extension ErrorResponder {
    /// The pages in the language `code`.
    func pages(code: String) -> ErrorPageView {
        guard code != pages.layout.localizer.code else { return pages }
        let languages = pages.layout.localizer.languages
        return ErrorPageView(layout: pages.layout.localized(languages.localizer(code), alternatePath: nil))
    }
}
