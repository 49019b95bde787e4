import HTTPServer

extension RawHTTPClient {
    /// Reads exactly one response. Pass `expectBody: false` after a HEAD request.
    /// Interim 1xx responses are returned as they are; call again for the final one.
    /// - Throws: `.timedOut`, `.closedEarly` (EOF before a whole response), `.malformed`.
    public func readResponse(expectBody: Bool = true) throws(RawHTTPClientError) -> HTTPReply {
        let headEnd = try waitFor(Array("\r\n\r\n".utf8))
        let headBytes = Array(pending[0..<headEnd])
        pending.removeFirst(headEnd + 4)
        var reply = try Self.parseHead(headBytes)
        let bodiless = !expectBody || (100..<200).contains(reply.status) || reply.status == 204 || reply.status == 304
        if bodiless { return reply }
        if let te = reply.headers["Transfer-Encoding"], te.lowercased().contains("chunked") {
            reply.body = try readChunkedBody()
            reply.wasChunked = true
        } else if let length = reply.headers["Content-Length"] {
            guard let n = Int(length), n >= 0 else { throw .malformed("bad Content-Length \(length)") }
            reply.body = try take(n)
        } else {
            reply.body = try readUntilClose()
        }
        return reply
    }

    /// Reads responses until one that is not 1xx.
    public func readFinalResponse(expectBody: Bool = true) throws(RawHTTPClientError) -> HTTPReply {
        while true {
            let reply = try readResponse(expectBody: expectBody)
            if !(100..<200).contains(reply.status) { return reply }
        }
    }

    /// Whether the server has closed the connection: waits up to the timeout for EOF.
    /// Bytes that arrive meanwhile are kept.
    public func waitForClose() -> Bool {
        do {
            while try fill() {}
            return true
        } catch {
            return sawEOF
        }
    }

    static func parseHead(_ bytes: [UInt8]) throws(RawHTTPClientError) -> HTTPReply {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard !lines.isEmpty else { throw .malformed("empty head") }
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), parts[1].count == 3, let status = Int(parts[1]) else {
            throw .malformed("bad status line: \(statusLine)")
        }
        var headers = HTTPHeaders()
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw .malformed("bad header line: \(line)") }
            let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            headers.add(String(line[..<colon]), String(value))
        }
        let reason = parts.count > 2 ? String(parts[2]) : ""
        return HTTPReply(version: String(parts[0]), status: status, reason: reason, headers: headers, body: [])
    }

    private func readChunkedBody() throws(RawHTTPClientError) -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let lineEnd = try waitFor(Array("\r\n".utf8))
            let line = String(decoding: pending[0..<lineEnd], as: UTF8.self)
            pending.removeFirst(lineEnd + 2)
            let sizeText = line.split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(), radix: 16), size >= 0 else {
                throw .malformed("bad chunk size \(line)")
            }
            if size == 0 {
                while true {  // trailer section, ends with an empty line
                    let end = try waitFor(Array("\r\n".utf8))
                    pending.removeFirst(end + 2)
                    if end == 0 { return body }
                }
            }
            body += try take(size)
            guard try take(2) == Array("\r\n".utf8) else { throw .malformed("chunk not followed by CRLF") }
        }
    }

    /// Waits until `needle` is in the buffer; returns its offset.
    private func waitFor(_ needle: [UInt8]) throws(RawHTTPClientError) -> Int {
        var searchFrom = 0
        while true {
            if let index = Self.find(needle, in: pending, from: searchFrom) { return index }
            searchFrom = max(0, pending.count - needle.count + 1)
            guard try fill() else { throw .closedEarly }
        }
    }

    /// Removes and returns the next `count` bytes, reading more as needed.
    private func take(_ count: Int) throws(RawHTTPClientError) -> [UInt8] {
        while pending.count < count {
            guard try fill() else { throw .closedEarly }
        }
        let bytes = Array(pending[0..<count])
        pending.removeFirst(count)
        return bytes
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        for i in start...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<i + needle.count]) == needle { return i }
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
