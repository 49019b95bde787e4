import HTTPServer

/// Builds requests for unit tests without a socket.
func makeRequest(
    _ method: HTTPMethod = .get, _ target: String, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8] = []
) -> HTTPRequest {
    var h = headers
    if !h.contains("Host") { h.add("Host", "test") }
    return HTTPRequest(head: RequestHead(method: method, target: target, version: .http1_1, headers: h), body: body)
}

extension HTTPResponse {
    /// The body bytes of a `.bytes` body (empty otherwise).
    var bodyText: String {
        if case .bytes(let b) = body { return String(decoding: b, as: UTF8.self) }
        return ""
    }
}
