/// Why a query string or `application/x-www-form-urlencoded` body could not be decoded.
/// The Portal maps every case to 400 Bad Request.
public enum FormDecodingError: Error, Equatable, Sendable, HTTPStatusError {
    /// A `%` not followed by two hexadecimal digits.
    case invalidPercentEscape
    /// The decoded bytes are not valid UTF-8.
    case invalidUTF8
    /// More fields than `URLEncodedForm.Limits.maxFields`.
    case tooManyFields(limit: Int)
    /// A body was expected to be a form but its `Content-Type` says otherwise.
    case unsupportedContentType(String?)

    /// 400, or 415 for a body of another content type.
    public var status: HTTPStatus {
        if case .unsupportedContentType = self { return .unsupportedMediaType }
        return .badRequest
    }
}

/// An error that knows the HTTP status it should be answered with; the router's default error
/// page uses it (anything else becomes 500).
public protocol HTTPStatusError: Error {
    /// The status a client should see for this error.
    var status: HTTPStatus { get }
}

/// A ready-made error carrying a status, for handlers that want to stop with 4xx/5xx.
public struct HTTPError: HTTPStatusError, Equatable, Sendable {
    /// The status to answer with.
    public var status: HTTPStatus

    /// An error answered with `status`.
    public init(_ status: HTTPStatus) { self.status = status }
}
