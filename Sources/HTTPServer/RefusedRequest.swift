/// What the engine knows about a request it answers itself, before or instead of any route:
/// 400/413/414/431/501/505 from the parser, 408 on a timeout, 503 at the connection cap.
/// `HTTPResponder.refusalResponse(for:)` may turn it into the application's own error page.
public struct RefusedRequest: Sendable, Equatable {
    /// The status the engine answers with; the application cannot change it.
    public let status: HTTPStatus
    /// The request path (still percent-encoded): from the parsed head, or the start of the
    /// request line when the head itself was refused (at most `maxPathHint` bytes); nil if unknown.
    public let path: String?
    /// The `Accept-Language` value, only when the head was parsed.
    public let acceptLanguage: String?
    /// The body limit that applied (413 only, when the head was parsed).
    public let maxBodySize: Int?
    /// The request method: the parsed head's, or the first word of a refused head's request line
    /// when it is a method this server implements; nil if unknown. A `HEAD` refusal is sent
    /// without its body (RFC 9110 §9.3.2), whatever page the application supplies.
    public let method: HTTPMethod?

    /// The most bytes of a refused head's request line taken as `path`.
    static let maxPathHint = 256

    init(status: HTTPStatus, path: String? = nil, acceptLanguage: String? = nil, maxBodySize: Int? = nil,
                method: HTTPMethod? = nil) {
        self.status = status
        self.path = path
        self.acceptLanguage = acceptLanguage
        self.maxBodySize = maxBodySize
        self.method = method
    }

    /// From a parsed head.
    init(status: HTTPStatus, head: RequestHead, maxBodySize: Int?) {
        self.init(status: status, path: String(head.path), acceptLanguage: head.headers["Accept-Language"],
                  maxBodySize: status == .contentTooLarge ? maxBodySize : nil, method: head.method)
    }

    /// From unparsed head bytes: the path and method at the start of the request line.
    init(status: HTTPStatus, unparsed bytes: UnsafeRawBufferPointer) {
        self.init(status: status, path: Self.pathHint(bytes), method: Self.methodHint(bytes))
    }

    /// The method word at the start of unparsed head bytes (after leading empty lines) when a
    /// space follows it and it is one of `HTTPMethod.known`, else nil.
    static func methodHint(_ bytes: UnsafeRawBufferPointer) -> HTTPMethod? {
        var i = 0
        while i < bytes.count, bytes[i] == 13 || bytes[i] == 10 { i += 1 }
        let start = i
        while i < bytes.count, i - start < 8, ByteClass.isToken(bytes[i]) { i += 1 }
        guard i < bytes.count, bytes[i] == 32, i > start else { return nil }
        let method = HTTPMethod(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        return HTTPMethod.known.contains(method) ? method : nil
    }

    /// The origin-form path at the start of unparsed head bytes (`GET /en/x?… HTTP/1.1`), or nil.
    /// Skips leading empty lines and the method (whatever its bytes, up to 64: a refused method
    /// still names the path); reads at most `maxPathHint` target bytes.
    static func pathHint(_ bytes: UnsafeRawBufferPointer) -> String? {
        var i = 0
        while i < bytes.count, bytes[i] == 13 || bytes[i] == 10 { i += 1 }
        let methodStart = i
        while i < bytes.count, i - methodStart < 64, bytes[i] != 32, bytes[i] != 13, bytes[i] != 10 { i += 1 }
        guard i < bytes.count, bytes[i] == 32 else { return nil }
        i += 1
        let start = i
        guard i < bytes.count, bytes[i] == 47 else { return nil }  // "/"
        while i < bytes.count, i - start < maxPathHint, ByteClass.isTarget(bytes[i]), bytes[i] != 63 { i += 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
    }
}

extension ResponseSerializer {
    /// The largest body an application's refusal page may have; a bigger one gets the default.
    static let maxRefusalBody = 64 * 1024

    /// The application's page for `refused` when it gives a usable one (same status, a bytes
    /// body of at most `maxRefusalBody`), otherwise the engine's short plain-text answer.
    static func refusalResponse(_ refused: RefusedRequest, responder: any HTTPResponder) -> HTTPResponse {
        guard var response = responder.refusalResponse(for: refused), response.status == refused.status,
              case .bytes(let body) = response.body, body.count <= maxRefusalBody
        else { return errorResponse(refused.status) }
        response.routeLabel = nil
        response.deliveryDelay = nil
        response.clientAddress = nil
        return response
    }
}
