import Foundation
import HTTPServer

/// A responder whose target is set after the server has started, so pages can know the real
/// port the kernel picked for `--port 0` (their canonical URLs use it). Until `bind` is called
/// every request gets 503 with `Retry-After: 1`.
public final class LateBoundResponder: HTTPResponder, @unchecked Sendable {
    private let lock = NSLock()
    private var target: (any HTTPResponder)?

    public init() {}

    /// Sends every later request to `responder`.
    public func bind(_ responder: any HTTPResponder) {
        lock.withLock { target = responder }
    }

    private var current: (any HTTPResponder)? { lock.withLock { target } }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard let current else {
            var response = HTTPResponse(status: .serviceUnavailable, contentType: "text/plain; charset=utf-8",
                                        text: "Il portale si sta avviando: riprova tra un momento.\n")
            response.headers.set("Retry-After", "1")
            return response
        }
        return current.respond(to: request)
    }

    public func maxBodySize(for head: RequestHead) -> Int? { current?.maxBodySize(for: head) }

    public func runsOnEventLoop(_ head: RequestHead) -> Bool { current?.runsOnEventLoop(head) ?? true }
}
