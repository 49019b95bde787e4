/// Splits a multipart body into parts (RFC 2046 §5.1.1, RFC 7578). Works on the complete body in
/// memory; every size is checked against `MultipartLimits` before anything is copied.
struct MultipartParser {
    private let body: [UInt8]
    private let limits: MultipartLimits
    /// `--boundary`
    private let dashBoundary: [UInt8]
    /// `\r\n--boundary`
    private let delimiter: [UInt8]
    private var position = 0

    init(body: [UInt8], boundary: String, limits: MultipartLimits) throws(MultipartError) {
        guard Self.isValidBoundary(boundary) else { throw .invalidBoundary }
        self.body = body
        self.limits = limits
        dashBoundary = Array("--\(boundary)".utf8)
        delimiter = Array("\r\n--\(boundary)".utf8)
    }

    /// 1–70 characters from the RFC 2046 `bchars` set, not ending in a space.
    static func isValidBoundary(_ boundary: String) -> Bool {
        let bytes = Array(boundary.utf8)
        guard (1...70).contains(bytes.count), bytes.last != UInt8(ascii: " ") else { return false }
        let extra = Set("'()+_,-./:=? ".utf8)
        return bytes.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || extra.contains(b)
        }
    }

    mutating func parseAll() throws(MultipartError) -> [MultipartPart] {
        try skipPreamble()
        var parts: [MultipartPart] = []
        while try !atCloseDelimiter() {
            guard parts.count < limits.maxParts else { throw .tooManyParts(limit: limits.maxParts) }
            parts.append(try parsePart())
        }
        return parts
    }

    /// Moves past the first `--boundary`, which starts the body or follows a CRLF.
    private mutating func skipPreamble() throws(MultipartError) {
        if body.starts(with: dashBoundary) {
            position = dashBoundary.count
            return
        }
        guard let start = find(delimiter, from: 0) else { throw .malformed("no opening boundary") }
        position = start + delimiter.count
    }

    /// After a boundary: `--` ends the body; otherwise optional padding and CRLF start a part.
    private mutating func atCloseDelimiter() throws(MultipartError) -> Bool {
        if has("--", at: position) { return true }
        while position < body.count, body[position] == UInt8(ascii: " ") || body[position] == UInt8(ascii: "\t") {
            position += 1
        }
        guard has("\r\n", at: position) else { throw .malformed("boundary not followed by CRLF") }
        position += 2
        return false
    }

    private mutating func parsePart() throws(MultipartError) -> MultipartPart {
        let headerEnd = find(Array("\r\n\r\n".utf8), from: position, limit: Self.saturating(limits.maxHeaderBytes, plus: 4))
        let headers: HTTPHeaders
        if has("\r\n", at: position) {  // a part with no header lines at all
            headers = HTTPHeaders()
            position += 2
        } else {
            guard let headerEnd else {
                if body.count - position > limits.maxHeaderBytes { throw .headersTooLarge(limit: limits.maxHeaderBytes) }
                throw .malformed("part headers not terminated")
            }
            headers = try Self.parseHeaders(body[position..<headerEnd])
            position = headerEnd + 4
        }
        let (name, filename) = try Self.disposition(headers)
        let limit = filename == nil ? limits.maxFieldSize : limits.maxFileSize
        guard let end = find(delimiter, from: position, limit: Self.saturating(limit, plus: delimiter.count)) else {
            if body.count - position > limit { throw .partTooLarge(name: name, limit: limit) }
            throw .malformed("missing closing boundary")
        }
        let content = Array(body[position..<end])
        position = end + delimiter.count
        return MultipartPart(name: name, filename: filename, contentType: headers["Content-Type"], headers: headers, body: content)
    }

    private func has(_ text: StaticString, at index: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= body.count else { return false }
        return text.withUTF8Buffer { Array($0) == Array(body[index..<index + count]) }
    }

    /// The index of `needle` in `body` at or after `start`, looking at most `limit` bytes ahead.
    private func find(_ needle: [UInt8], from start: Int, limit: Int = Int.max) -> Int? {
        let end = limit >= body.count - start ? body.count : start + limit
        guard start <= end, end - start >= needle.count else { return nil }
        return body.withUnsafeBufferPointer { haystack -> Int? in
            guard let first = needle.first else { return start }
            var index = start
            let lastStart = end - needle.count
            while index <= lastStart {
                if haystack[index] == first, needle.indices.allSatisfy({ haystack[index + $0] == needle[$0] }) {
                    return index
                }
                index += 1
            }
            return nil
        }
    }

    /// `a + b`, saturating: limits may be set to `Int.max` to mean "none".
    private static func saturating(_ a: Int, plus b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
