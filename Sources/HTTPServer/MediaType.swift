/// A parsed `Content-Type` (or any `token; name=value` header such as `Content-Disposition`),
/// RFC 9110 §8.3.1 and §5.6.6: type and subtype lowercased, parameter names lowercased,
/// quoted-string values unescaped.
public struct MediaType: Sendable, Equatable {
    /// `text`, `multipart`… (lowercased); for `Content-Disposition` the disposition (`form-data`).
    public var type: String
    /// `html`, `form-data`… (lowercased); empty when the value has no `/`.
    var subtype: String
    /// Parameters by lowercased name; the first occurrence wins.
    public var parameters: [String: String]

    /// Parses a header value; nil when it is empty or a parameter is malformed.
    public init?(parsing value: String) {
        var scanner = ParameterScanner(Substring(value))
        let essence = scanner.token().lowercased()
        guard !essence.isEmpty else { return nil }
        if let slash = essence.firstIndex(of: "/") {
            type = String(essence[..<slash])
            subtype = String(essence[essence.index(after: slash)...])
            guard !type.isEmpty, !subtype.isEmpty else { return nil }
        } else {
            type = essence
            subtype = ""
        }
        guard let parameters = scanner.parameters() else { return nil }
        self.parameters = parameters
    }

    /// `type/subtype`.
    public var essence: String { subtype.isEmpty ? type : type + "/" + subtype }

    /// Whether this is `type/subtype`, compared case-insensitively.
    public func matches(_ essence: String) -> Bool { self.essence == essence.lowercased() }
}

/// A tiny scanner for `token *( OWS ";" OWS name "=" ( token / quoted-string ) )`.
struct ParameterScanner {
    private var rest: Substring

    init(_ text: Substring) { rest = text }

    mutating func token() -> String {
        skipWhitespace()
        let end = rest.firstIndex { $0 == ";" || $0 == "=" || $0 == "\"" || $0 == " " || $0 == "\t" } ?? rest.endIndex
        let token = rest[..<end]
        rest = rest[end...]
        return String(token)
    }

    /// The remaining `; name=value` pairs, or nil when malformed.
    mutating func parameters() -> [String: String]? {
        var parameters: [String: String] = [:]
        while true {
            skipWhitespace()
            if rest.isEmpty { return parameters }
            guard rest.first == ";" else { return nil }
            rest = rest.dropFirst()
            skipWhitespace()
            if rest.isEmpty { return parameters }  // a trailing ";" is tolerated
            let name = token().lowercased()
            guard !name.isEmpty, rest.first == "=" else { return nil }
            rest = rest.dropFirst()
            let value: String
            if rest.first == "\"" {
                guard let quoted = quotedString() else { return nil }
                value = quoted
            } else {
                value = token()
            }
            if parameters[name] == nil { parameters[name] = value }
        }
    }

    /// A quoted-string with `\` escapes (RFC 9110 §5.6.4); nil when unterminated.
    private mutating func quotedString() -> String? {
        rest = rest.dropFirst()
        var value = ""
        var escaped = false
        while let c = rest.first {
            rest = rest.dropFirst()
            if escaped {
                value.append(c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "\"" {
                return value
            } else {
                value.append(c)
            }
        }
        return nil
    }

    private mutating func skipWhitespace() {
        while let c = rest.first, c == " " || c == "\t" { rest = rest.dropFirst() }
    }
}
