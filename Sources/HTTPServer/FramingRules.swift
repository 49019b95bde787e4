/// Message framing and Host rules that decide whether a head may be trusted (RFC 9112 §6, §3.2).
/// These are the rules that stop request smuggling: any ambiguity about where a body ends is 400.
enum FramingRules {
    /// Largest Content-Length accepted syntactically (18 digits cannot overflow `Int`).
    static let maxContentLengthDigits = 18

    /// The framing facts of a head, gathered in one pass over its fields without allocating
    /// in the common case (no Transfer-Encoding).
    struct Facts {
        var contentLength: String?
        var differingLengths = false
        var codings: [String] = []
        var hostCount = 0
        var invalidHost = false
        var expectsContinue = false
    }

    static func facts(of head: RequestHead) -> Facts {
        var f = Facts()
        for field in head.headers.fields {
            switch field.name.utf8.count {
            case 4 where HTTPHeaders.namesMatch(field.name, "Host"):
                f.hostCount += 1
                let bad = field.value.utf8.withContiguousStorageIfAvailable { $0.contains(where: isForbiddenInHost) }
                    ?? field.value.utf8.contains(where: isForbiddenInHost)
                f.invalidHost = f.invalidHost || bad
            case 6 where HTTPHeaders.namesMatch(field.name, "Expect"):
                f.expectsContinue = f.expectsContinue || HTTPHeaders.namesMatch(field.value, "100-continue")
            case 14 where HTTPHeaders.namesMatch(field.name, "Content-Length"):
                if let first = f.contentLength, first != field.value { f.differingLengths = true }
                if f.contentLength == nil { f.contentLength = field.value }
            case 17 where HTTPHeaders.namesMatch(field.name, "Transfer-Encoding"):
                f.codings.append(field.value)
            default:
                continue
            }
        }
        return f
    }

    /// Whitespace, `,`, `/` and `@` cannot appear in a Host value (RFC 9110 §7.2, RFC 3986 §3.2).
    @inline(__always)
    static func isForbiddenInHost(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 44 || b == 47 || b == 64 }

    static func framing(of head: RequestHead, _ f: Facts) throws(ParseError) -> RequestDecoder.BodyFraming {
        if !f.codings.isEmpty {
            // RFC 9112 §6.1: TE with CL, or TE in HTTP/1.0, means the framing cannot be trusted.
            guard f.contentLength == nil else { throw ParseError.bad("Content-Length with Transfer-Encoding") }
            guard head.version == .http1_1 else { throw ParseError.bad("Transfer-Encoding in HTTP/1.0") }
            return try chunkedFraming(f.codings)
        }
        guard let first = f.contentLength else { return .none }
        // RFC 9112 §6.3: differing or invalid Content-Length values are unrecoverable.
        guard !f.differingLengths else { throw ParseError.bad("differing Content-Length") }
        guard let n = parseContentLength(first) else { throw ParseError.bad("invalid Content-Length") }
        return n == 0 ? .none : .contentLength(n)
    }

    /// Only `chunked`, exactly once and last, is implemented; other codings are 501.
    static func chunkedFraming(_ values: [String]) throws(ParseError) -> RequestDecoder.BodyFraming {
        var codings: [Substring] = []
        for value in values {
            for token in value.split(separator: ",", omittingEmptySubsequences: true) {
                let t = token.trimmingASCIIWhitespace()
                if !t.isEmpty { codings.append(t) }
            }
        }
        guard !codings.isEmpty else { throw ParseError.bad("empty Transfer-Encoding") }
        for coding in codings where !HTTPHeaders.namesMatch(String(coding), "chunked") {
            throw ParseError.notImplemented("unsupported transfer coding")
        }
        guard codings.count == 1 else { throw ParseError.bad("chunked applied more than once") }
        return .chunked
    }

    /// `1*DIGIT`, nothing else (no sign, no spaces, no lists).
    static func parseContentLength(_ s: String) -> Int? {
        let digits = s.utf8
        guard !digits.isEmpty, digits.count <= maxContentLengthDigits else { return nil }
        var n = 0
        for d in digits {
            guard d >= 48 && d <= 57 else { return nil }
            n = n * 10 + Int(d - 48)
        }
        return n
    }

    /// RFC 9112 §3.2: HTTP/1.1 needs exactly one Host; more than one is always 400.
    static func checkHost(of head: RequestHead, _ f: Facts) throws(ParseError) {
        if f.invalidHost { throw ParseError.bad("invalid Host") }
        if f.hostCount > 1 { throw ParseError.bad("repeated Host") }
        if f.hostCount == 0 && head.version == .http1_1 { throw ParseError.bad("missing Host") }
    }
}
