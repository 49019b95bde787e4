/// A `Set-Cookie` header value (RFC 6265 §4.1, with `SameSite` from RFC 6265bis).
/// Defaults are the safe ones for a session cookie: `Path=/`, `Secure`, `HttpOnly`, `SameSite=Lax`.
public struct SetCookie: Sendable, Equatable {
    /// `SameSite` attribute values.
    public enum SameSite: String, Sendable {
        case strict = "Strict"
        case lax = "Lax"
        case none = "None"
    }

    /// Cookie name: an RFC 9110 token.
    public var name: String
    /// Value: RFC 6265 `cookie-octet`s only (encode anything else, e.g. base64url).
    public var value: String
    /// `Path`; nil omits it (the browser then uses the request path's directory).
    public var path: String?
    /// `Domain`; nil (the default) makes a host-only cookie.
    public var domain: String?
    /// Seconds until expiry; 0 deletes the cookie; nil makes a session cookie.
    public var maxAge: Int?
    /// Send only over HTTPS.
    public var secure: Bool
    /// Hidden from JavaScript.
    public var httpOnly: Bool
    /// Cross-site sending policy; nil omits the attribute.
    public var sameSite: SameSite?

    public init(
        name: String, value: String, path: String? = "/", domain: String? = nil, maxAge: Int? = nil,
        secure: Bool = true, httpOnly: Bool = true, sameSite: SameSite? = .lax
    ) {
        self.name = name
        self.value = value
        self.path = path
        self.domain = domain
        self.maxAge = maxAge
        self.secure = secure
        self.httpOnly = httpOnly
        self.sameSite = sameSite
    }

    /// A cookie that tells the browser to delete `name` (`Max-Age=0`, empty value).
    public static func expiring(_ name: String, path: String? = "/", secure: Bool = true) -> SetCookie {
        SetCookie(name: name, value: "", path: path, maxAge: 0, secure: secure)
    }

    /// The header value, e.g. `sid=abc; Path=/; Max-Age=3600; Secure; HttpOnly; SameSite=Lax`.
    /// - Throws: `CookieError` when the name is not a token, the value has characters outside
    ///   RFC 6265 `cookie-octet`, an attribute holds `;` or a control character, `Max-Age` is
    ///   negative, `SameSite=None` lacks `Secure`, or a `__Host-`/`__Secure-` prefix's rules are broken.
    public func headerValue() throws(CookieError) -> String {
        try validate()
        var parts = ["\(name)=\(value)"]
        if let path { parts.append("Path=\(path)") }
        if let domain { parts.append("Domain=\(domain)") }
        if let maxAge { parts.append("Max-Age=\(maxAge)") }
        if secure { parts.append("Secure") }
        if httpOnly { parts.append("HttpOnly") }
        if let sameSite { parts.append("SameSite=\(sameSite.rawValue)") }
        return parts.joined(separator: "; ")
    }

    private func validate() throws(CookieError) {
        guard !name.isEmpty, name.utf8.allSatisfy(MultipartParser.isTokenByte) else { throw .invalidName(name) }
        guard value.utf8.allSatisfy(Self.isCookieOctet) else { throw .invalidValue(name: name) }
        for attribute in [path, domain].compactMap({ $0 }) where !Self.isValidAttribute(attribute) {
            throw .invalidAttribute(name: name)
        }
        if let maxAge, maxAge < 0 { throw .invalidAttribute(name: name) }
        if sameSite == SameSite.none, !secure { throw .sameSiteNoneRequiresSecure(name: name) }
        if name.hasPrefix("__Secure-"), !secure { throw .prefixRulesBroken(name: name) }
        if name.hasPrefix("__Host-"), !secure || path != "/" || domain != nil { throw .prefixRulesBroken(name: name) }
    }

    /// RFC 6265 §4.1.1 `cookie-octet`: visible ASCII except `"` `,` `;` `\`.
    static func isCookieOctet(_ b: UInt8) -> Bool {
        b == 0x21 || (0x23...0x2B).contains(b) || (0x2D...0x3A).contains(b)
            || (0x3C...0x5B).contains(b) || (0x5D...0x7E).contains(b)
    }

    private static func isValidAttribute(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ";") }
    }
}

/// Why a `SetCookie` could not be serialised.
public enum CookieError: Error, Equatable, Sendable {
    case invalidName(String)
    case invalidValue(name: String)
    case invalidAttribute(name: String)
    case sameSiteNoneRequiresSecure(name: String)
    case prefixRulesBroken(name: String)
}

extension HTTPResponse {
    /// Appends a `Set-Cookie` field (one per cookie, never folded: RFC 6265 §3).
    /// - Throws: `CookieError` from `SetCookie.headerValue()`.
    public mutating func addCookie(_ cookie: SetCookie) throws(CookieError) {
        headers.add("Set-Cookie", try cookie.headerValue())
    }
}
