#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import HTTPServer

/// Routes for end-to-end tests:
/// `/hello` (inline), `/echo` (inline, echoes body), `/slow?ms=N` (worker, sleeps),
/// `/size?n=N` (N bytes), `/file?path=P`, `/status?code=N`, `/small` (body limit 10).
struct TestResponder: HTTPResponder {
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

/// Counts what the server reports.
final class RecordingObserver: ServerObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var _opened = 0, _closed = 0, _parseErrors: [Int] = [], _completed: [CompletedRequest] = []

    func connectionOpened() { lock.withLock { _opened += 1 } }
    func connectionClosed() { lock.withLock { _closed += 1 } }
    func parseErrorAnswered(status: HTTPStatus) { lock.withLock { _parseErrors.append(status.code) } }
    func requestCompleted(_ request: CompletedRequest) { lock.withLock { _completed.append(request) } }

    var opened: Int { lock.withLock { _opened } }
    var closed: Int { lock.withLock { _closed } }
    var parseErrors: [Int] { lock.withLock { _parseErrors } }
    var completed: [CompletedRequest] { lock.withLock { _completed } }
}

/// A server on port 0 with short timeouts, stopped by `stop()`.
struct LiveServer {
    let server: Server
    let observer = RecordingObserver()

    init(_ tweak: (inout ServerConfiguration) -> Void = { _ in }) throws {
        var config = ServerConfiguration(port: 0)
        config.eventLoops = 2
        config.workerThreads = 4
        config.headerTimeout = .milliseconds(500)
        config.bodyTimeout = .milliseconds(500)
        config.idleTimeout = .seconds(2)
        config.writeTimeout = .seconds(2)
        tweak(&config)
        server = Server(configuration: config, responder: TestResponder(), observer: observer)
        try server.start()
    }

    var port: Int { server.port }

    func client(timeout: Double = 5) throws -> TestClient { try TestClient(port: port, timeout: timeout) }

    func stop() { server.shutdown(gracePeriod: .seconds(2)) }
}
