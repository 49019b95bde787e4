/// One finished exchange, as reported to observers (access log, metrics).
public struct CompletedRequest: Sendable {
    public var requestID: String
    public var remoteAddress: String
    public var method: HTTPMethod
    /// The path as sent (still encoded, without the query string: queries may hold personal data).
    public var path: String
    public var status: HTTPStatus
    /// Body bytes written.
    public var bytesSent: Int
    /// From the head being complete to the response being handed to the kernel.
    public var duration: Duration
    /// The route pattern, or nil when no route matched.
    public var routeLabel: String?
    /// The client as the application resolved it (`HTTPResponse.clientAddress`), or nil when
    /// it is the TCP peer (`remoteAddress`).
    public var clientAddress: String?

    public init(
        requestID: String, remoteAddress: String, method: HTTPMethod, path: String,
        status: HTTPStatus, bytesSent: Int, duration: Duration, routeLabel: String?, clientAddress: String? = nil
    ) {
        self.clientAddress = clientAddress
        self.requestID = requestID
        self.remoteAddress = remoteAddress
        self.method = method
        self.path = path
        self.status = status
        self.bytesSent = bytesSent
        self.duration = duration
        self.routeLabel = routeLabel
    }
}

/// Receives what the server does, from any event-loop or worker thread. Implementations must be
/// thread-safe and quick (no I/O that can block for long).
public protocol ServerObserver: Sendable {
    func connectionOpened()
    func connectionClosed()
    /// A request the parser refused (400, 413, 414, 431, 501, 505), answered by the server itself.
    func parseErrorAnswered(status: HTTPStatus)
    func requestCompleted(_ request: CompletedRequest)
    /// Called once by `Server.shutdown` after the last event above, before `waitUntilStopped`
    /// returns: the place to flush buffered output (the access log). May block briefly.
    func serverStopped()
}

extension ServerObserver {
    public func serverStopped() {}
}

/// An observer that ignores everything.
public struct NoObserver: ServerObserver {
    public init() {}
    public func connectionOpened() {}
    public func connectionClosed() {}
    public func parseErrorAnswered(status: HTTPStatus) {}
    public func requestCompleted(_ request: CompletedRequest) {}
}
