/// Anything that turns a request into a response: the router, or a test double.
///
/// The engine asks `plan(for:)` once per request, as soon as the head is parsed, and carries the
/// answer to the end of the exchange: its body limit applies before any body byte is read, its
/// `runsOnEventLoop` picks the thread, and its `respond` builds the response. A responder that
/// only implements `respond(to:)` (and maybe the two questions below) gets a plan made of them.
///
/// `respond` is synchronous and may block (SQLite writes, CSV imports): the server calls it on its
/// bounded worker pool, never on an event loop, unless the plan says the route is known to be
/// quick and non-blocking.
public protocol HTTPResponder: Sendable {
    func respond(to request: HTTPRequest) -> HTTPResponse

    /// The largest body accepted for this request, or nil for the server's default
    /// (`ServerConfiguration.maxBodySize`). Called after the head is parsed, before any body is read,
    /// so an oversized body is refused with 413 (and `Expect: 100-continue` is answered with 413, not 100).
    func maxBodySize(for head: RequestHead) -> Int?

    /// Whether this request may be answered directly on the event loop (no blocking, microseconds).
    func runsOnEventLoop(_ head: RequestHead) -> Bool

    /// Everything decided about the request from its head alone, once (the router resolves the
    /// route here and the plan carries it to the handler).
    func plan(for head: RequestHead) -> RequestPlan

    /// The page for a request the engine refuses itself (parse errors, timeouts, the connection
    /// cap), or nil for the engine's plain-text default. Called on an event loop: it must be quick,
    /// never block, and should return pre-rendered bytes. The engine keeps the status, sends
    /// `Connection: close` and closes as it would anyway.
    func refusalResponse(for refused: RefusedRequest) -> HTTPResponse?
}

extension HTTPResponder {
    public func maxBodySize(for head: RequestHead) -> Int? { nil }
    public func runsOnEventLoop(_ head: RequestHead) -> Bool { false }
    public func refusalResponse(for refused: RefusedRequest) -> HTTPResponse? { nil }

    public func plan(for head: RequestHead) -> RequestPlan {
        RequestPlan(maxBodySize: maxBodySize(for: head), runsOnEventLoop: runsOnEventLoop(head)) { request in
            self.respond(to: request)
        }
    }
}

/// What a responder decided from a request head: the body limit, the thread, and how to answer.
/// Made once per request when the head arrives; immutable afterwards.
public struct RequestPlan: Sendable {
    /// Largest body accepted, or nil for the server's default.
    public let maxBodySize: Int?
    /// The answer is quick and non-blocking, so the event loop builds it itself.
    public let runsOnEventLoop: Bool
    private let answer: @Sendable (HTTPRequest) -> HTTPResponse

    public init(maxBodySize: Int? = nil, runsOnEventLoop: Bool = false,
                respond: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.maxBodySize = maxBodySize
        self.runsOnEventLoop = runsOnEventLoop
        self.answer = respond
    }

    /// Builds the response for `request` (whose head is the one this plan was made from).
    public func respond(to request: HTTPRequest) -> HTTPResponse { answer(request) }
}
