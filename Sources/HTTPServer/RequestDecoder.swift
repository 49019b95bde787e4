/// An incremental HTTP/1.1 request decoder (RFC 9112). It is pure: no I/O, no clock, no
/// knowledge of sockets. The caller keeps the unconsumed bytes, calls `decode` with them, drops the
/// `consumed` prefix, and calls again when more bytes arrive. Feeding a message whole, one byte at
/// a time, or split anywhere gives the same events and the same error.
///
/// Events come in order: `.head`, zero or more `.body` ranges, `.end`; then the next request's
/// `.head` (pipelining). After a thrown `ParseError` the decoder stays failed: answer the status
/// and close the connection, never read another request from the same bytes.
struct RequestDecoder: Sendable {
    /// What `decode` found.
    enum Event: Equatable, Sendable {
        /// Nothing complete yet: wait for more bytes.
        case needMore
        /// A complete, validated request head. Call `setMaxBodySize(_:)` before decoding on.
        case head(RequestHead)
        /// Body bytes (already de-chunked) at these indices of the buffer passed to `decode`.
        case body(Range<Int>)
        /// The request's body is complete (also sent for requests without a body).
        case end
    }

    /// How the current request's body is delimited (RFC 9112 §6.3).
    enum BodyFraming: Equatable, Sendable {
        case none
        case contentLength(Int)
        case chunked
    }

    enum State: Sendable {
        case head
        case bodyPending
        case fixedBody(remaining: Int)
        case chunked(ChunkedState)
        case failed(ParseError)
    }

    let limits: ParserLimits
    /// The body limit used when the caller does not call `setMaxBodySize(_:)` after a head.
    let defaultMaxBodySize: Int
    var state: State = .head
    var scan = HeadScan()
    var maxBodySize: Int
    var bodyReceived = 0

    /// The framing of the last request head decoded.
    private(set) var framing: BodyFraming = .none
    /// Whether the last head asked for `Expect: 100-continue` and has a body (RFC 9110 §10.1.1).
    private(set) var expectsContinue = false

    init(limits: ParserLimits = ParserLimits(), defaultMaxBodySize: Int = 1 << 20) {
        self.limits = limits
        self.defaultMaxBodySize = defaultMaxBodySize
        self.maxBodySize = defaultMaxBodySize
    }

    /// Whether the decoder sits between requests with nothing buffered of the next one.
    var isAtRequestBoundary: Bool {
        if case .head = state { return scan.scanned == 0 }
        return false
    }

    /// Whether the current request's head has been delivered and its body is still being read.
    var isReadingBody: Bool {
        switch state {
        case .bodyPending, .fixedBody, .chunked: return true
        case .head, .failed: return false
        }
    }

    /// Sets the body limit for the request whose head was just returned.
    /// - Throws: `ParseError` 413 when its `Content-Length` already exceeds `size`.
    mutating func setMaxBodySize(_ size: Int) throws(ParseError) {
        guard case .bodyPending = state else { return }
        try startBody(limit: size)
    }

    /// Decodes the next event from `buffer`, which must start with the first byte not yet consumed.
    /// - Returns: the event and how many bytes of `buffer` it used up.
    /// - Throws: `ParseError` with the status to answer; the decoder then stays failed.
    mutating func decode(_ buffer: UnsafeRawBufferPointer) throws(ParseError) -> (event: Event, consumed: Int) {
        do {
            return try step(buffer)
        } catch {
            state = .failed(error)
            throw error
        }
    }

    private mutating func step(_ buffer: UnsafeRawBufferPointer) throws(ParseError) -> (event: Event, consumed: Int) {
        switch state {
        case .failed(let error):
            throw error
        case .head:
            guard let end = try scan.advance(buffer, limits: limits) else { return (.needMore, 0) }
            let start = scan.headStart, fieldCount = scan.fieldCount
            scan = HeadScan()
            let parsed = try HeadParser.parse(UnsafeRawBufferPointer(rebasing: buffer[start..<end]), limits: limits,
                                              fieldCount: fieldCount)
            framing = parsed.framing
            expectsContinue = parsed.expectsContinue
            state = .bodyPending
            return (.head(parsed.head), end)
        case .bodyPending:
            try startBody(limit: defaultMaxBodySize)
            return try step(buffer)
        case .fixedBody(let remaining):
            if remaining == 0 { return finishRequest() }
            let n = min(remaining, buffer.count)
            if n == 0 { return (.needMore, 0) }
            state = .fixedBody(remaining: remaining - n)
            return (.body(0..<n), n)
        case .chunked(var chunked):
            let result = try chunked.advance(buffer, limits: limits, received: &bodyReceived, max: maxBodySize)
            state = .chunked(chunked)
            if case .end = result.event { return (finishRequest().event, result.consumed) }
            return result
        }
    }

    private mutating func startBody(limit: Int) throws(ParseError) {
        maxBodySize = max(0, limit)
        bodyReceived = 0
        switch framing {
        case .none:
            state = .fixedBody(remaining: 0)
        case .contentLength(let n):
            guard n <= maxBodySize else { throw ParseError.bodyTooLarge }
            state = .fixedBody(remaining: n)
        case .chunked:
            state = .chunked(ChunkedState())
        }
    }

    private mutating func finishRequest() -> (event: Event, consumed: Int) {
        state = .head
        framing = .none
        expectsContinue = false
        return (.end, 0)
    }
}

/// Finds the end of a request head byte by byte, remembering where it stopped, so a head trickling
/// in is scanned once in total. Enforces CRLF line endings and the size limits as it goes.
struct HeadScan: Sendable {
    var scanned = 0
    var headStart = 0
    var lineStart = 0
    var requestLineEnd = -1
    var fieldCount = 0
    var emptyLinesSkipped = 0

    static let cr: UInt8 = 13, lf: UInt8 = 10
    /// Empty lines tolerated before the request line (RFC 9112 §2.2 "SHOULD ignore at least one").
    static let maxLeadingEmptyLines = 4

    /// Returns the index just past the head's final CRLF, or nil when more bytes are needed.
    /// Errors are decided per byte position, so where the input is split never changes them.
    mutating func advance(_ p: UnsafeRawBufferPointer, limits: ParserLimits) throws(ParseError) -> Int? {
        var i = scanned
        defer { scanned = i }
        var prevCR = i > lineStart && p[i - 1] == Self.cr
        var (lineLimit, headerLimit) = bounds(limits)
        while i < p.count {
            let b = p[i]
            if i > headerLimit { throw ParseError.headerSectionTooLarge }
            if b > Self.cr {  // the common case: neither CR nor LF
                if prevCR { throw ParseError.bad("bare CR") }
                if i >= lineLimit { throw ParseError.requestLineTooLong }
                i += 1
                continue
            }
            if b == Self.lf {
                guard prevCR else { throw ParseError.bad("bare LF") }
                if let end = try lineEnded(at: i, limits: limits) { i += 1; return end }
                (lineLimit, headerLimit) = bounds(limits)
                prevCR = false
            } else {
                if prevCR { throw ParseError.bad("bare CR") }
                if i >= lineLimit, b != Self.cr { throw ParseError.requestLineTooLong }
                prevCR = b == Self.cr
            }
            i += 1
        }
        return nil
    }

    /// The first index that breaks the request-line limit (414) and the last index a head within
    /// the header-section limit can use (431); `Int.max` when not applicable.
    private func bounds(_ limits: ParserLimits) -> (line: Int, header: Int) {
        if requestLineEnd < 0 { return (Self.sum(lineStart, limits.maxRequestLine), Int.max) }
        return (Int.max, Self.sum(requestLineEnd + 3, limits.maxHeaderBytes))
    }

    /// `a + b`, saturating (limits may be set to `Int.max` to mean "none").
    @inline(__always)
    private static func sum(_ a: Int, _ b: Int) -> Int {
        let (r, overflow) = a.addingReportingOverflow(max(0, b))
        return overflow ? Int.max : r
    }

    private mutating func lineEnded(at lf: Int, limits: ParserLimits) throws(ParseError) -> Int? {
        let isEmpty = lf - 1 == lineStart
        defer { lineStart = lf + 1 }
        if requestLineEnd < 0 {
            if isEmpty {
                emptyLinesSkipped += 1
                if emptyLinesSkipped > Self.maxLeadingEmptyLines { throw ParseError.bad("too many empty lines") }
                headStart = lf + 1
            } else {
                requestLineEnd = lf - 1
            }
            return nil
        }
        if isEmpty { return lf + 1 }
        fieldCount += 1
        if fieldCount > limits.maxHeaderCount { throw ParseError.tooManyHeaders }
        return nil
    }
}
