/// Parses a complete request head (request line, field lines, final CRLF) that `HeadScan` has
/// already delimited and checked for CRLF line endings and size limits (RFC 9112 §3, §5).
enum HeadParser {
    struct Parsed {
        var head: RequestHead
        var framing: RequestDecoder.BodyFraming
        var expectsContinue: Bool
    }

    static func parse(_ p: UnsafeRawBufferPointer, limits: ParserLimits, fieldCount: Int = 0) throws(ParseError) -> Parsed {
        var lineEnd = 0
        while p[lineEnd] != HeadScan.cr { lineEnd += 1 }
        let line = try RequestLineParser.parse(UnsafeRawBufferPointer(rebasing: p[0..<lineEnd]))
        var fields: [HTTPHeaders.Field] = []
        fields.reserveCapacity(fieldCount)  // known from the scan: one allocation for the list
        var start = lineEnd + 2
        while start < p.count - 2 {
            var end = start
            while p[end] != HeadScan.cr { end += 1 }
            try parseField(UnsafeRawBufferPointer(rebasing: p[start..<end]), into: &fields)
            start = end + 2
        }
        let head = RequestHead(method: line.method, target: line.target, version: line.version,
                               headers: HTTPHeaders(fields))
        let facts = FramingRules.facts(of: head)
        let framing = try FramingRules.framing(of: head, facts)
        try FramingRules.checkHost(of: head, facts)
        let expects = framing != .none && head.version == .http1_1 && facts.expectsContinue
        return Parsed(head: head, framing: framing, expectsContinue: expects)
    }

    /// `field-name ":" OWS field-value OWS` (RFC 9112 §5, RFC 9110 §5.5).
    static func parseField(_ line: UnsafeRawBufferPointer, into fields: inout [HTTPHeaders.Field]) throws(ParseError) {
        guard let first = line.first else { throw ParseError.bad("empty field line") }
        if first == 32 || first == 9 { throw ParseError.bad("obsolete line folding") }  // RFC 9112 §5.2
        var colon = 0
        while colon < line.count && line[colon] != 58 {
            guard ByteClass.isToken(line[colon]) else {
                throw ParseError.bad(line[colon] == 32 || line[colon] == 9
                    ? "whitespace before colon" : "invalid field name")  // RFC 9112 §5.1
            }
            colon += 1
        }
        guard colon < line.count, colon > 0 else { throw ParseError.bad("invalid field line") }
        var lo = colon + 1, hi = line.count
        while lo < hi && (line[lo] == 32 || line[lo] == 9) { lo += 1 }
        while hi > lo && (line[hi - 1] == 32 || line[hi - 1] == 9) { hi -= 1 }
        for i in lo..<hi where !ByteClass.isFieldValue(line[i]) {
            throw ParseError.bad("control character in field value")
        }
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: line[0..<colon]), as: UTF8.self)
        let value = String(decoding: UnsafeRawBufferPointer(rebasing: line[lo..<hi]), as: UTF8.self)
        fields.append((name: name, value: value))
    }
}

/// Byte classes from RFC 9110 §5.6.2 (tchar) and §5.5 (field-vchar, obs-text).
enum ByteClass {
    static func isToken(_ b: UInt8) -> Bool {
        switch b {
        case 48...57, 65...90, 97...122: return true
        case 33, 35, 36, 37, 38, 39, 42, 43, 45, 46, 94, 95, 96, 124, 126: return true
        default: return false
        }
    }

    static func isFieldValue(_ b: UInt8) -> Bool { b == 9 || b == 32 || (b >= 33 && b != 127) }

    /// Visible ASCII allowed in a request-target (no spaces, controls, `#`, or non-ASCII).
    static func isTarget(_ b: UInt8) -> Bool { b > 32 && b < 127 && b != 35 }

    static func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 48...57: return Int(b - 48)
        case 65...70: return Int(b - 55)
        case 97...102: return Int(b - 87)
        default: return nil
        }
    }
}
