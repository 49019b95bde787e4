#if canImport(Glibc)
import Glibc
#endif
import Foundation
import HTTPServer

/// Routes for end-to-end tests:
/// `/hello` (inline), `/echo` (inline, echoes body), `/slow?ms=N` (worker, sleeps),
/// `/size?n=N` (N bytes), `/file?path=P`, `/status?code=N`, `/small` (body limit 10).
public struct TestResponder: HTTPResponder {
    /// The `/slow` requests a worker has started.
    public let started = StartedRequests()

    public init() {}

    public func respond(to request: HTTPRequest) -> HTTPResponse {
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

    public func maxBodySize(for head: RequestHead) -> Int? { head.path == "/small" ? 10 : nil }

    public func runsOnEventLoop(_ head: RequestHead) -> Bool { head.path == "/hello" || head.path == "/echo" }

    private func parseQuery(_ q: Substring) -> [String: String] {
        var out: [String: String] = [:]
        for pair in q.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            if kv.count == 2 { out[String(kv[0])] = String(kv[1]) }
        }
        return out
    }
}
