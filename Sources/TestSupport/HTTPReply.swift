import HTTPServer

/// A response as read off the wire by `RawHTTPClient`.
public struct HTTPReply: Sendable {
    /// `HTTP/1.1`
    public var version: String
    public var status: Int
    public var reason: String
    public var headers: HTTPHeaders
    /// The body after de-chunking; empty for HEAD, 1xx, 204 and 304.
    public var body: [UInt8]
    /// Whether the body was sent with chunked framing.
    public var wasChunked: Bool

    public init(version: String, status: Int, reason: String, headers: HTTPHeaders, body: [UInt8], wasChunked: Bool = false) {
        self.version = version
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body
        self.wasChunked = wasChunked
    }

    /// The body as UTF-8 (invalid sequences repaired).
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The first value of a header, case-insensitively.
    public subscript(header: String) -> String? { headers[header] }
}
