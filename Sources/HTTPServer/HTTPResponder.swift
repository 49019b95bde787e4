/// Anything that turns a request into a response: the router, or a test double.
///
/// `respond` is synchronous and may block (SQLite writes, CSV imports): the server calls it on its
/// bounded worker pool, never on an event loop, unless `runsOnEventLoop` says the route is
/// known to be quick and non-blocking.
public protocol HTTPResponder: Sendable {
    func respond(to request: HTTPRequest) -> HTTPResponse

    /// The largest body accepted for this request, or nil for the server's default
    /// (`ServerConfiguration.maxBodySize`). Called after the head is parsed, before any body is read,
    /// so an oversized body is refused with 413 (and `Expect: 100-continue` is answered with 413, not 100).
    func maxBodySize(for head: RequestHead) -> Int?

    /// Whether this request may be answered directly on the event loop (no blocking, microseconds).
    func runsOnEventLoop(_ head: RequestHead) -> Bool
}

extension HTTPResponder {
    public func maxBodySize(for head: RequestHead) -> Int? { nil }
    public func runsOnEventLoop(_ head: RequestHead) -> Bool { false }
}
