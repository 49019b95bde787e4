/// `method SP request-target SP HTTP-version` (RFC 9112 §3), exactly one space between parts.
enum RequestLineParser {
    struct Line {
        var method: HTTPMethod
        var target: String
        var version: HTTPVersion
    }

    static func parse(_ p: UnsafeRawBufferPointer) throws(ParseError) -> Line {
        var sp1 = 0
        while sp1 < p.count && p[sp1] != 32 { sp1 += 1 }
        var sp2 = sp1 + 1
        while sp2 < p.count && p[sp2] != 32 { sp2 += 1 }
        guard sp1 > 0, sp2 < p.count, sp2 > sp1 + 1 else { throw ParseError.bad("malformed request line") }
        let methodBytes = UnsafeRawBufferPointer(rebasing: p[0..<sp1])
        for b in methodBytes where !ByteClass.isToken(b) { throw ParseError.bad("invalid method") }
        let version = try parseVersion(UnsafeRawBufferPointer(rebasing: p[(sp2 + 1)...]))
        guard let method = knownMethod(methodBytes) else { throw ParseError.notImplemented("unknown method") }
        let target = try parseTarget(UnsafeRawBufferPointer(rebasing: p[(sp1 + 1)..<sp2]), method: method)
        return Line(method: method, target: target, version: version)
    }

    /// `HTTP/DIGIT.DIGIT`, case-sensitive (RFC 9112 §2.3). Anything but 1.0 and 1.1 is 505.
    static func parseVersion(_ v: UnsafeRawBufferPointer) throws(ParseError) -> HTTPVersion {
        guard v.count == 8, v[0] == 72, v[1] == 84, v[2] == 84, v[3] == 80, v[4] == 47, v[6] == 46,
              (48...57).contains(v[5]), (48...57).contains(v[7])
        else { throw ParseError.bad("malformed HTTP version") }
        let version = HTTPVersion(major: Int(v[5] - 48), minor: Int(v[7] - 48))
        guard version == .http1_1 || version == .http1_0 else { throw ParseError.unsupportedVersion }
        return version
    }

    /// The shared constant for a known method (no allocation), or nil (501, RFC 9110 §9.1).
    static func knownMethod(_ m: UnsafeRawBufferPointer) -> HTTPMethod? {
        for candidate in candidates where candidate.bytes.elementsEqual(m) { return candidate.method }
        return nil
    }

    private static let candidates: [(bytes: [UInt8], method: HTTPMethod)] =
        [HTTPMethod.get, .head, .post, .put, .delete, .patch, .options].map { (Array($0.rawValue.utf8), $0) }

    /// origin-form, asterisk-form (OPTIONS only), or absolute-form reduced to origin-form
    /// (RFC 9112 §3.2). Controls, spaces, `#` and non-ASCII bytes are refused.
    static func parseTarget(_ t: UnsafeRawBufferPointer, method: HTTPMethod) throws(ParseError) -> String {
        for b in t where !ByteClass.isTarget(b) { throw ParseError.bad("invalid character in target") }
        if t[0] == 47 { return String(decoding: t, as: UTF8.self) }
        if t.count == 1, t[0] == 42, method == .options { return "*" }
        let text = String(decoding: t, as: UTF8.self)
        let lower = text.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            let rest = text.dropFirst(scheme.count)
            guard let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
            let path = rest[slash...]
            return path.first == "?" ? "/" + path : String(path)
        }
        throw ParseError.bad("unsupported request-target form")
    }
}
