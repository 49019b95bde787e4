/// Why a `multipart/form-data` body (RFC 7578) was refused. Every case is a client error.
public enum MultipartError: Error, Equatable, Sendable, HTTPStatusError {
    /// The request's `Content-Type` is not `multipart/form-data`.
    case notMultipart
    /// No `boundary` parameter, or one that RFC 2046 §5.1.1 does not allow (1–70 characters).
    case invalidBoundary
    /// The body does not follow the multipart syntax (no opening or closing delimiter,
    /// a part without a blank line after its headers, header lines that are not `name: value`).
    case malformed(String)
    /// A part lacks `Content-Disposition: form-data; name="…"` (RFC 7578 §4.2).
    case missingName
    /// More parts than `MultipartLimits.maxParts`.
    case tooManyParts(limit: Int)
    /// A part's header section is longer than `MultipartLimits.maxHeaderBytes`.
    case headersTooLarge(limit: Int)
    /// A part's content is larger than its limit (`maxFileSize` or `maxFieldSize`).
    case partTooLarge(name: String, limit: Int)

    /// 415 when the body is not multipart, 413 for size limits, 400 otherwise.
    public var status: HTTPStatus {
        switch self {
        case .notMultipart: return .unsupportedMediaType
        case .tooManyParts, .headersTooLarge, .partTooLarge: return .contentTooLarge
        default: return .badRequest
        }
    }
}

/// Caps on a multipart body; the whole body is already capped by the route's `maxBodySize`.
public struct MultipartLimits: Sendable, Equatable {
    /// Most parts. Default 100.
    public var maxParts: Int
    /// Largest header section of one part. Default 8 KiB.
    public var maxHeaderBytes: Int
    /// Largest file part (one with a `filename`). Default 10 MiB.
    public var maxFileSize: Int
    /// Largest plain field (no `filename`). Default 1 MiB.
    public var maxFieldSize: Int

    public init(maxParts: Int = 100, maxHeaderBytes: Int = 8 * 1024, maxFileSize: Int = 10 << 20, maxFieldSize: Int = 1 << 20) {
        self.maxParts = maxParts
        self.maxHeaderBytes = maxHeaderBytes
        self.maxFileSize = maxFileSize
        self.maxFieldSize = maxFieldSize
    }
}
