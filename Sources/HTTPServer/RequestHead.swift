/// The request line and header section of one request, as parsed off the wire (RFC 9112 §3, §5).
public struct RequestHead: Sendable, Equatable {
    public var method: HTTPMethod
    /// The request-target exactly as sent (origin-form `/path?query` in practice).
    public var target: String
    public var version: HTTPVersion
    public var headers: HTTPHeaders

    public init(method: HTTPMethod, target: String, version: HTTPVersion, headers: HTTPHeaders) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
    }

    /// The part of the target before `?`, still percent-encoded.
    public var path: Substring {
        if let q = target.utf8.firstIndex(of: 63) { return target[..<q] }  // "?"
        return target[...]
    }

    /// The part of the target after `?` (without it), still encoded; empty when absent.
    public var query: Substring {
        if let q = target.utf8.firstIndex(of: 63) { return target[target.utf8.index(after: q)...] }
        return ""
    }

    /// Whether the connection may stay open after this request (RFC 9112 §9.3): HTTP/1.1 unless
    /// `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`. Does not allocate.
    var keepAlive: Bool {
        var close = false, keepAlive = false
        for field in headers where HTTPHeaders.namesMatch(field.name, "Connection") {
            for token in field.value.utf8.split(separator: 44) {
                var t = token[...]
                while let f = t.first, f == 32 || f == 9 { t = t.dropFirst() }
                while let l = t.last, l == 32 || l == 9 { t = t.dropLast() }
                if Self.equalsIgnoringCase(t, "close") { close = true }
                if Self.equalsIgnoringCase(t, "keep-alive") { keepAlive = true }
            }
        }
        if close { return false }
        return version == .http1_1 || keepAlive
    }

    private static func equalsIgnoringCase(_ bytes: Substring.UTF8View.SubSequence, _ lower: StaticString) -> Bool {
        guard bytes.count == lower.utf8CodeUnitCount else { return false }
        var i = 0
        for b in bytes {
            let l = (b >= 65 && b <= 90) ? b | 0x20 : b
            if l != lower.utf8Start[i] { return false }
            i += 1
        }
        return true
    }
}

extension Substring {
    func trimmingASCIIWhitespace() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
