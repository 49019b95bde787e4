/// A response to write. The server adds `Date`, `Content-Length` (or chunked framing), and
/// `Connection` itself; a responder sets everything else.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: ResponseBody
    /// The route pattern that produced this response (`/servizi/{slug}`), for metrics; never sent.
    public var routeLabel: String?
    /// Hold the response this long before sending it (sign-in throttling). The wait runs on a
    /// timer, never on an event loop or a worker thread, so a slowed client costs one idle
    /// connection, nothing more. Capped at `maximumDeliveryDelay`.
    public var deliveryDelay: Duration?
    /// The client's address as the application resolved it (behind a reverse proxy it trusts,
    /// the forwarded client), for the access log; never sent. nil: the TCP peer is the client.
    /// The engine does not interpret it; the application decides whom to believe.
    public var clientAddress: String?

    /// The longest `deliveryDelay` honoured.
    static let maximumDeliveryDelay: Duration = .seconds(60)

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: ResponseBody = .empty) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A UTF-8 body with the given content type.
    public init(status: HTTPStatus = .ok, contentType: String, text: String, headers: HTTPHeaders = HTTPHeaders()) {
        var h = headers
        h.set("Content-Type", contentType)
        self.init(status: status, headers: h, body: .bytes(Array(text.utf8)))
    }
}

/// What follows the header section.
public enum ResponseBody: Sendable {
    case empty
    case bytes([UInt8])
    /// A region of a file, written with `sendfile(2)`; the server opens and closes it.
    case file(FileRegion)

    /// Byte count, for `Content-Length`.
    public var count: Int {
        switch self {
        case .empty: return 0
        case .bytes(let b): return b.count
        case .file(let f): return f.length
        }
    }
}

/// A byte range of a file on disk.
public struct FileRegion: Sendable, Equatable {
    public var path: String
    public var offset: Int
    public var length: Int

    public init(path: String, offset: Int = 0, length: Int) {
        self.path = path
        self.offset = offset
        self.length = length
    }
}
