/// The cookies a client sent in `Cookie` header fields (RFC 6265 §5.4), in order.
/// Parsing is lenient, like browsers: pairs without `=` or with an invalid name are skipped, and
/// a value wrapped in double quotes is unwrapped. Values are not percent-decoded.
public struct RequestCookies: Sendable, Equatable {
    /// One `name=value` pair.
    public struct Cookie: Sendable, Equatable {
        public var name: String
        public var value: String

        init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Every well-formed pair, in the order sent.
    public private(set) var cookies: [Cookie]

    /// Parses every `Cookie` field of `headers` (HTTP/2 proxies may split them).
    public init(headers: HTTPHeaders) {
        cookies = headers.values(for: "Cookie").flatMap(Self.parse)
    }

    /// Parses one `Cookie` header value.
    public init(header: String) { cookies = Self.parse(header) }

    /// The first value sent for `name` (the most specific path, per RFC 6265 §5.4 ordering).
    public subscript(name: String) -> String? { cookies.first { $0.name == name }?.value }

    /// Every value sent for `name`.
    public func values(for name: String) -> [String] { cookies.filter { $0.name == name }.map(\.value) }

    private static func parse(_ header: String) -> [Cookie] {
        header.split(separator: ";").compactMap { pair -> Cookie? in
            let pair = pair.trimmingSpacesAndTabs()
            guard let eq = pair.firstIndex(of: "=") else { return nil }
            let name = pair[..<eq].trimmingSpacesAndTabs()
            var value = pair[pair.index(after: eq)...].trimmingSpacesAndTabs()
            guard !name.isEmpty, name.utf8.allSatisfy(MultipartParser.isTokenByte) else { return nil }
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = value.dropFirst().dropLast() }
            return Cookie(name: String(name), value: String(value))
        }
    }
}

extension HTTPRequest {
    /// The cookies from the `Cookie` header fields.
    public var cookies: RequestCookies { RequestCookies(headers: headers) }
}
