/// A complete request handed to a responder: head, the whole body (already de-chunked, within the
/// route's size limit), and facts about the connection.
public struct HTTPRequest: Sendable {
    public var head: RequestHead
    public var body: [UInt8]
    /// The peer's address as text (`127.0.0.1:54321`), for logs and throttling.
    public var remoteAddress: String
    /// A short unique id for this request, echoed in logs and the `X-Request-Id` header.
    public var requestID: String
    /// Values captured by the router from `{name}` segments, percent-decoded.
    public var pathParameters: [String: String]

    public init(
        head: RequestHead, body: [UInt8] = [], remoteAddress: String = "",
        requestID: String = "", pathParameters: [String: String] = [:]
    ) {
        self.head = head
        self.body = body
        self.remoteAddress = remoteAddress
        self.requestID = requestID
        self.pathParameters = pathParameters
    }

    public var method: HTTPMethod { head.method }
    public var path: Substring { head.path }
    public var query: Substring { head.query }
    public var headers: HTTPHeaders { head.headers }
}
