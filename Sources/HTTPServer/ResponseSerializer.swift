/// Writes a response head (and small bodies) into a reusable byte buffer, adding the framing
/// headers the server owns: `Date`, `Content-Length`, `Connection`, `X-Request-Id` (RFC 9112 §4, §6).
enum ResponseSerializer {
    /// The per-response facts the server decides.
    struct Framing {
        var keepAlive: Bool
        var requestIsHTTP10: Bool
        var isHead: Bool
        var requestID: String
    }

    /// Headers a responder may not set: the server decides them.
    static func isReserved(_ name: String) -> Bool {
        HTTPHeaders.namesMatch(name, "Content-Length") || HTTPHeaders.namesMatch(name, "Transfer-Encoding")
            || HTTPHeaders.namesMatch(name, "Connection") || HTTPHeaders.namesMatch(name, "Date")
            || HTTPHeaders.namesMatch(name, "X-Request-Id")
    }

    /// Whether a response with this status never has content (RFC 9110 §6.4.1).
    static func forbidsBody(_ status: HTTPStatus) -> Bool {
        status.code < 200 || status.code == 204 || status.code == 304
    }

    /// Appends the status line and header section, then the body for `.bytes` bodies when one
    /// must be sent. A `.file` body is framed here (Content-Length) and sent by the caller.
    static func write(
        _ response: HTTPResponse, framing: Framing, date: [UInt8], into out: inout [UInt8]
    ) {
        appendASCII("HTTP/1.1 ", to: &out)
        appendDecimal(response.status.code, to: &out)
        out.append(32)
        out.append(contentsOf: response.status.reasonPhrase.utf8)
        appendASCII("\r\nDate: ", to: &out)
        out.append(contentsOf: date)
        if !framing.requestID.isEmpty {
            appendASCII("\r\nX-Request-Id: ", to: &out)
            out.append(contentsOf: framing.requestID.utf8)
        }
        for field in response.headers where !isReserved(field.name) && isSafe(field) {
            appendASCII("\r\n", to: &out)
            out.append(contentsOf: field.name.utf8)
            appendASCII(": ", to: &out)
            out.append(contentsOf: field.value.utf8)
        }
        let noBody = forbidsBody(response.status)
        if !noBody {
            appendASCII("\r\nContent-Length: ", to: &out)
            appendDecimal(response.body.count, to: &out)
        }
        if !framing.keepAlive {
            appendASCII("\r\nConnection: close", to: &out)
        } else if framing.requestIsHTTP10 {
            appendASCII("\r\nConnection: keep-alive", to: &out)
        }
        appendASCII("\r\n\r\n", to: &out)
        if !noBody, !framing.isHead, case .bytes(let body) = response.body {
            out.append(contentsOf: body)
        }
    }

    /// A responder's header must not smuggle CR/LF or NUL into the head (response splitting).
    static func isSafe(_ field: HTTPHeaders.Field) -> Bool {
        let nameOK = field.name.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(ByteClass.isToken) }
            ?? field.name.utf8.allSatisfy(ByteClass.isToken)
        let valueOK = field.value.utf8.withContiguousStorageIfAvailable { !$0.contains(where: isLineBreakOrNul) }
            ?? !field.value.utf8.contains(where: isLineBreakOrNul)
        return nameOK && valueOK && !field.name.isEmpty
    }

    @inline(__always)
    static func isLineBreakOrNul(_ b: UInt8) -> Bool { b == 13 || b == 10 || b == 0 }

    /// A short response the server sends on its own (parse errors, 503 at the connection cap).
    static func errorResponse(_ status: HTTPStatus) -> HTTPResponse {
        var r = HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", text: RouterPages.message(for: status) + "\n")
        r.routeLabel = nil
        return r
    }

    @inline(__always)
    static func appendASCII(_ s: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 10 { out.append(UInt8(48 + max(0, value))); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value, count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while n > 0 && count < 20 {
                d[19 - count] = UInt8(48 + n % 10)
                n /= 10
                count += 1
            }
            out.append(contentsOf: d[(20 - count)...])
        }
    }
}
