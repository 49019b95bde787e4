#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import HTTPServer
import TestSupport

/// Routes for end-to-end tests:
/// `/hello` (inline), `/echo` (inline, echoes body), `/slow?ms=N` (worker, sleeps),
/// `/size?n=N` (N bytes), `/file?path=P`, `/status?code=N`, `/small` (body limit 10).
struct TestResponder: HTTPResponder {
    var started = StartedRequests()

    func respond(to request: HTTPRequest) -> HTTPResponse {
        let query = parseQuery(request.query)
        switch request.path {
        case "/hello":
            return HTTPResponse(contentType: "text/plain", text: "hello")
        case "/echo", "/small":
            var r = HTTPResponse(status: .ok, body: .bytes(request.body))
            r.headers.set("X-Method", request.method.rawValue)
            r.headers.set("X-Request-Seen", request.requestID)
            return r
        case "/slow":
            started.add(query["tag"] ?? "")
            usleep(UInt32(query["ms"].flatMap(Int.init) ?? 100) * 1000)
            return HTTPResponse(contentType: "text/plain", text: "slow \(query["tag"] ?? "")")
        case "/size":
            let n = query["n"].flatMap(Int.init) ?? 0
            return HTTPResponse(status: .ok, body: .bytes([UInt8](repeating: 120, count: n)))
        case "/file":
            let path = query["path"] ?? ""
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return HTTPResponse(status: .ok, body: .file(FileRegion(path: path, length: size)))
        case "/status":
            let code = query["code"].flatMap(Int.init) ?? 200
            return HTTPResponse(status: HTTPStatus(code: code, reasonPhrase: "Test"), body: .empty)
        case "/evil-header":
            var r = HTTPResponse(contentType: "text/plain", text: "x")
            r.headers.add("X-Evil", "a\r\nSet-Cookie: pwned=1")
            r.headers.add("Content-Length", "999")
            return r
        default:
            return HTTPResponse(status: .notFound, contentType: "text/plain", text: "not found")
        }
    }

    func maxBodySize(for head: RequestHead) -> Int? { head.path == "/small" ? 10 : nil }

    func runsOnEventLoop(_ head: RequestHead) -> Bool { head.path == "/hello" || head.path == "/echo" }

    private func parseQuery(_ q: Substring) -> [String: String] {
        var out: [String: String] = [:]
        for pair in q.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { out[String(kv[0])] = String(kv[1]) }
        }
        return out
    }
}

/// Tags of the `/slow` requests a worker has started, so tests wait until a request is in
/// flight instead of sleeping. `lock` guards `tags`.
final class StartedRequests: @unchecked Sendable {
    private let lock = NSLock()
    private var tags: [String] = []

    func add(_ tag: String) { lock.withLock { tags.append(tag) } }
    func contains(_ tag: String) -> Bool { lock.withLock { tags.contains(tag) } }
}

/// The engine's end-to-end server: `TestResponder` on the shared harness (`TestSupport.LiveServer`)
/// with two loops, four workers and short timeouts, stopped by `stop()`.
struct LiveServer {
    let live: TestSupport.LiveServer
    let observer = RecordingObserver()
    let responder = TestResponder()
    var server: Server { live.server }

    init(_ tweak: (inout ServerConfiguration) -> Void = { _ in }) throws {
        live = try TestSupport.LiveServer.start(responder, observer: observer) { config in
            config.eventLoops = 2
            config.workerThreads = 4
            config.headerTimeout = .milliseconds(500)
            config.bodyTimeout = .milliseconds(500)
            config.idleTimeout = .seconds(2)
            config.writeTimeout = .seconds(2)
            tweak(&config)
        }
    }

    var port: Int { live.port }

    func client(timeout: Duration = .seconds(5)) throws -> RawHTTPClient { try RawHTTPClient(port: port, timeout: timeout) }

    /// Waits until a worker has started the `/slow` request tagged `tag` (it is then in flight).
    func waitUntilStarted(_ tag: String) -> Bool { waitUntil { responder.started.contains(tag) } }

    func stop() { server.shutdown(gracePeriod: .seconds(2)) }
}
