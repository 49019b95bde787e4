/// The chunked transfer coding decoder (RFC 9112 §7.1), one byte at a time across calls, so a
/// body split anywhere decodes the same. Chunk extensions and trailer fields are checked and
/// discarded.
struct ChunkedState: Sendable {
    enum Phase: Sendable {
        case size, data, dataCR, dataLF, trailer
    }

    var phase = Phase.size
    var size = 0
    var digits = 0
    var inExtension = false
    var sawCR = false
    var lineLength = 0
    var remaining = 0
    var trailerBytes = 0
    var trailerLineHasColon = false

    /// Largest number of hex digits in a chunk size (16 would reach `Int` overflow).
    static let maxSizeDigits = 15

    mutating func advance(
        _ p: UnsafeRawBufferPointer, limits: ParserLimits, received: inout Int, max: Int
    ) throws(ParseError) -> (event: RequestDecoder.Event, consumed: Int) {
        var i = 0
        while i < p.count {
            if phase == .data {
                let n = Swift.min(remaining, p.count - i)
                remaining -= n
                if remaining == 0 { phase = .dataCR }
                return (.body(i..<(i + n)), i + n)
            }
            let b = p[i]
            i += 1
            switch phase {
            case .size: try sizeByte(b, limits: limits, received: &received, max: max)
            case .dataCR: guard b == HeadScan.cr else { throw ParseError.bad("chunk not followed by CRLF") }; phase = .dataLF
            case .dataLF: guard b == HeadScan.lf else { throw ParseError.bad("chunk not followed by CRLF") }; startSizeLine()
            case .trailer: if try trailerByte(b, limits: limits) { return (.end, i) }
            case .data: break
            }
        }
        return (.needMore, i)
    }

    private mutating func startSizeLine() {
        phase = .size
        size = 0
        digits = 0
        inExtension = false
        sawCR = false
        lineLength = 0
    }

    private mutating func sizeByte(_ b: UInt8, limits: ParserLimits, received: inout Int, max: Int) throws(ParseError) {
        lineLength += 1
        guard lineLength <= limits.maxChunkSizeLine else { throw ParseError.bad("chunk size line too long") }
        if sawCR {
            guard b == HeadScan.lf else { throw ParseError.bad("bare CR in chunk size") }
            guard digits > 0 else { throw ParseError.bad("missing chunk size") }
            if size == 0 { phase = .trailer; sawCR = false; lineLength = 0; return }
            guard size <= max - received else { throw ParseError.bodyTooLarge }
            received += size
            remaining = size
            phase = .data
            return
        }
        if b == HeadScan.cr { sawCR = true; return }
        if inExtension {
            guard ByteClass.isFieldValue(b) else { throw ParseError.bad("control character in chunk extension") }
            return
        }
        if let v = ByteClass.hexValue(b) {
            digits += 1
            guard digits <= Self.maxSizeDigits else { throw ParseError.bad("chunk size too large") }
            size = size * 16 + v
        } else if (b == 59 || b == 32 || b == 9) && digits > 0 {
            inExtension = true  // BWS ";" chunk-ext: checked for controls, then ignored
        } else {
            throw ParseError.bad("invalid chunk size")
        }
    }

    /// Trailer section: field lines until an empty line; returns true at its end.
    private mutating func trailerByte(_ b: UInt8, limits: ParserLimits) throws(ParseError) -> Bool {
        trailerBytes += 1
        // Subtracting keeps this free of overflow when the limit is Int.max ("none").
        guard trailerBytes - 2 <= limits.maxHeaderBytes else { throw ParseError.headerSectionTooLarge }
        if sawCR {
            guard b == HeadScan.lf else { throw ParseError.bad("bare CR in trailer") }
            if lineLength == 0 { return true }
            guard trailerLineHasColon else { throw ParseError.bad("invalid trailer field") }
            sawCR = false
            lineLength = 0
            trailerLineHasColon = false
            return false
        }
        if b == HeadScan.cr { sawCR = true; return false }
        if lineLength == 0, !ByteClass.isToken(b) { throw ParseError.bad("invalid trailer field") }
        guard ByteClass.isFieldValue(b) else { throw ParseError.bad("control character in trailer") }
        if b == 58 { trailerLineHasColon = true }
        lineLength += 1
        return false
    }
}
