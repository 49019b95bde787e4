import Foundation
import HTTPServer

/// A small browser over `RawHTTPClient` for end-to-end tests: one connection per request, keeps
/// cookies, and adds the `csrf` hidden field of the last page it read to each form it posts.
/// Used against in-process servers (`LiveServer`) and real `vetrina serve` processes alike.
public final class FormBrowser {
    public let port: Int
    /// The `Host` header sent.
    public let host: String
    /// The `Origin` header sent with POSTs (what a browser sends for a same-origin form), if any.
    public let origin: String?
    public var cookies: [String: String] = [:]
    /// The last page read with 200 or an error status (not redirects): where `csrfToken` is found
    /// (a test sets it to nil to post without a token).
    public var lastReply: HTTPReply?
    /// Header lines sent with every request (each ending in `\r\n`), e.g. a proxy's `X-Forwarded-For`.
    public var extraHeaders = ""
    private let timeout: Duration

    public init(port: Int, host: String = "t", origin: String? = nil, timeout: Duration = .seconds(5)) {
        self.port = port
        self.host = host
        self.origin = origin
        self.timeout = timeout
    }

    @discardableResult
    public func get(_ target: String) throws -> HTTPReply {
        try send(Array("GET \(target) HTTP/1.1\r\nHost: \(host)\r\n\(cookieHeader())\(extraHeaders)Connection: close\r\n\r\n".utf8))
    }

    /// POSTs `fields` form-encoded; with `csrf`, adds the last page's token unless `fields` has one.
    @discardableResult
    public func post(_ target: String, _ fields: [(String, String)], csrf: Bool = true) throws -> HTTPReply {
        var all = fields
        if csrf, !fields.contains(where: { $0.0 == "csrf" }), let token = csrfToken { all.append(("csrf", token)) }
        let body = Self.encode(all)
        return try send(Array((postHead(target, contentType: "application/x-www-form-urlencoded", length: body.utf8.count) + body).utf8))
    }

    /// POSTs a multipart body with one file field and extra text fields (and the last page's token).
    @discardableResult
    public func postFile(_ target: String, field: String, filename: String, content: [UInt8],
                         fields: [(String, String)]) throws -> HTTPReply {
        let boundary = "----vetrinaboundary7MA4YWxk"
        var body: [UInt8] = []
        var all = fields
        if let token = csrfToken { all.append(("csrf", token)) }
        for (name, value) in all {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(filename)\"\r\nContent-Type: text/csv\r\n\r\n".utf8)
        body += content + Array("\r\n--\(boundary)--\r\n".utf8)
        let head = postHead(target, contentType: "multipart/form-data; boundary=\(boundary)", length: body.count)
        return try send(Array(head.utf8) + body)
    }

    /// The `csrf` hidden field of the last page.
    public var csrfToken: String? {
        guard let text = lastReply?.text, let range = text.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    /// `fields` as `application/x-www-form-urlencoded` (unreserved characters kept, the rest %XX).
    public static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { name, value in
            let n = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
            let v = value.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
            return "\(n)=\(v)"
        }.joined(separator: "&")
    }

    private func postHead(_ target: String, contentType: String, length: Int) -> String {
        "POST \(target) HTTP/1.1\r\nHost: \(host)\r\n" + (origin.map { "Origin: \($0)\r\n" } ?? "")
            + "\(cookieHeader())\(extraHeaders)Content-Type: \(contentType)\r\nContent-Length: \(length)\r\nConnection: close\r\n\r\n"
    }

    private func send(_ bytes: [UInt8]) throws -> HTTPReply {
        let client = try RawHTTPClient(port: port, timeout: timeout)
        defer { client.close() }
        try client.write(bytes)
        let reply = try client.readResponse(expectBody: true)
        for value in reply.headers.values(for: "Set-Cookie") { remember(value) }
        if reply.status == 200 || reply.status >= 400 { lastReply = reply }
        return reply
    }

    private func remember(_ setCookie: String) {
        let pair = setCookie.split(separator: ";")[0]
        guard let eq = pair.firstIndex(of: "=") else { return }
        let name = String(pair[..<eq]), value = String(pair[pair.index(after: eq)...])
        cookies[name] = value.isEmpty || setCookie.contains("Max-Age=0") ? nil : value
    }

    private func cookieHeader() -> String {
        cookies.isEmpty ? "" : "Cookie: " + cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") + "\r\n"
    }
}
