import HTTPServer

/// Requests for router tests without a socket.
func request(_ target: String, method: HTTPMethod = .get) -> HTTPRequest {
    HTTPRequest(head: RequestHead(method: method, target: target, version: .http1_1, headers: ["Host": "test"]),
                requestID: "test-1")
}

extension HTTPResponse {
    var text: String {
        if case .bytes(let bytes) = body { return String(decoding: bytes, as: UTF8.self) }
        return ""
    }
}
