/// The responses the router builds itself: 404, 405, 400 for bad path parameters, and the answer
/// to a handler that threw. The Portal replaces them to render Italian HTML pages; the defaults
/// are short plain-text Italian messages that never reveal error details.
public struct RouterPages: Sendable {
    /// No route matches the path (404).
    public var notFound: @Sendable (HTTPRequest) -> HTTPResponse
    /// The path matches but not the method (405); the router adds the `Allow` header itself.
    public var methodNotAllowed: @Sendable (HTTPRequest, _ allowed: [HTTPMethod]) -> HTTPResponse
    /// A path parameter could not be decoded or holds forbidden characters (400).
    public var badRequest: @Sendable (HTTPRequest, PathParameterError) -> HTTPResponse
    /// A handler threw. The default answers `HTTPStatusError`s with their status and anything
    /// else with 500, without details.
    public var error: @Sendable (HTTPRequest, any Error) -> HTTPResponse
    /// A request the engine refuses before any route runs (see `HTTPResponder.refusalResponse`);
    /// nil keeps the engine's plain-text answers. Runs on an event loop: return pre-rendered bytes.
    public var refused: (@Sendable (RefusedRequest) -> HTTPResponse?)?

    public init(
        notFound: @escaping @Sendable (HTTPRequest) -> HTTPResponse = { _ in RouterPages.plain(.notFound) },
        methodNotAllowed: @escaping @Sendable (HTTPRequest, [HTTPMethod]) -> HTTPResponse = { _, _ in
            RouterPages.plain(.methodNotAllowed)
        },
        badRequest: @escaping @Sendable (HTTPRequest, PathParameterError) -> HTTPResponse = { _, _ in
            RouterPages.plain(.badRequest)
        },
        error: @escaping @Sendable (HTTPRequest, any Error) -> HTTPResponse = { _, error in
            RouterPages.plain((error as? any HTTPStatusError)?.status ?? .internalServerError)
        },
        refused: (@Sendable (RefusedRequest) -> HTTPResponse?)? = nil
    ) {
        self.refused = refused
        self.notFound = notFound
        self.methodNotAllowed = methodNotAllowed
        self.badRequest = badRequest
        self.error = error
    }

    /// A plain-text page with a short Italian message for `status`.
    public static func plain(_ status: HTTPStatus) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", text: message(for: status) + "\n")
    }

    static func message(for status: HTTPStatus) -> String {
        switch status.code {
        case 400: return "Richiesta non valida."
        case 403: return "Accesso non consentito."
        case 404: return "Pagina non trovata."
        case 405: return "Metodo non consentito."
        case 408: return "Tempo scaduto."
        case 411: return "Lunghezza richiesta."
        case 414: return "Indirizzo troppo lungo."
        case 431: return "Intestazioni troppo grandi."
        case 501: return "Metodo non supportato."
        case 503: return "Servizio non disponibile."
        case 505: return "Versione HTTP non supportata."
        case 413: return "Contenuto troppo grande."
        case 415: return "Tipo di contenuto non supportato."
        case 500...: return "Errore interno del server."
        default: return status.reasonPhrase
        }
    }
}
