/// A request the parser refused, with the status the server answers it with (always followed by
/// `Connection: close`). `reason` is a short English phrase for logs; it is never sent to clients.
struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 400, 413, 414, 431, 501 or 505.
    var status: HTTPStatus
    /// Why, for logs and tests.
    var reason: String

    init(status: HTTPStatus, reason: String) {
        self.status = status
        self.reason = reason
    }

    var description: String { "\(status.code) \(reason)" }

    static func bad(_ reason: String) -> ParseError { ParseError(status: .badRequest, reason: reason) }
    static func notImplemented(_ reason: String) -> ParseError {
        ParseError(status: .notImplemented, reason: reason)
    }
    static let requestLineTooLong = ParseError(status: .uriTooLong, reason: "request line too long")
    static let headerSectionTooLarge = ParseError(
        status: .requestHeaderFieldsTooLarge, reason: "header section too large")
    static let tooManyHeaders = ParseError(status: .requestHeaderFieldsTooLarge, reason: "too many header fields")
    static let bodyTooLarge = ParseError(status: .contentTooLarge, reason: "body larger than allowed")
    static let unsupportedVersion = ParseError(status: .httpVersionNotSupported, reason: "unsupported HTTP version")
}
