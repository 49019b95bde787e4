#if canImport(Glibc)
import Glibc
#endif

/// Writes one logfmt line per completed request through an injected sink:
/// `time=2026-11-22T02:18:44.123Z client=127.0.0.1:5123 method=GET path=/servizi/x status=200 bytes=5120 duration_ms=0.42 request_id=ab12`.
/// When the application resolved the client itself (`HTTPResponse.clientAddress`, e.g. the
/// forwarded client behind a trusted proxy), `client=` is that address and `proxy=` the TCP peer.
///
/// Never logs query strings (they may hold personal data or tokens: anything after `?` is cut),
/// nor the path segments `secrets` names (capability links such as `/piani/{token}`),
/// headers, cookies or bodies. Bytes outside printable ASCII in the path are written as `\xNN`
/// so a client cannot forge log lines.
///
/// A server logs through an `AccessLogWriter` (`init(writer:)`): the event loop only formats the
/// line and queues it; the writer's thread does the I/O, and `serverStopped` flushes it.
public struct AccessLog: ServerObserver {
    private let sink: @Sendable (String) -> Void
    private let writer: AccessLogWriter?
    private let now: @Sendable () -> (seconds: Int, nanoseconds: Int)
    /// Capability tokens in paths, written as `{token}`.
    private let secrets: SecretPathSegments

    /// Lines go to `sink` synchronously, on the reporting thread (an event loop): for tests and
    /// sinks that never block.
    /// - Parameters:
    ///   - now: wall-clock time; defaults to `clock_gettime(CLOCK_REALTIME)`.
    ///   - sink: receives each line, without a trailing newline; must be thread-safe.
    public init(
        now: @escaping @Sendable () -> (seconds: Int, nanoseconds: Int) = AccessLog.realtime,
        secrets: SecretPathSegments = SecretPathSegments.none,
        sink: @escaping @Sendable (String) -> Void
    ) {
        self.now = now
        self.secrets = secrets
        self.sink = sink
        self.writer = nil
    }

    /// Lines are queued on `writer` and written by its thread; flushed when the server stops.
    public init(
        now: @escaping @Sendable () -> (seconds: Int, nanoseconds: Int) = AccessLog.realtime,
        secrets: SecretPathSegments = SecretPathSegments.none,
        writer: AccessLogWriter
    ) {
        self.now = now
        self.secrets = secrets
        self.sink = { [writer] line in writer.append(line) }
        self.writer = writer
    }

    public func connectionOpened() {}
    public func connectionClosed() {}
    public func parseErrorAnswered(status: HTTPStatus) {}

    public func requestCompleted(_ request: CompletedRequest) {
        sink(line(for: request))
    }

    /// Waits until every queued line is written (the server calls this after its last request).
    public func serverStopped() {
        writer?.flush()
    }

    /// The log line for `request`.
    public func line(for request: CompletedRequest) -> String {
        let (seconds, nanoseconds) = now()
        let millis = Double(request.duration.components.seconds) * 1000
            + Double(request.duration.components.attoseconds) / 1e15
        return "time=\(Self.iso8601(seconds: seconds, nanoseconds: nanoseconds))"
            + " client=\(Self.sanitize(request.clientAddress ?? request.remoteAddress))"
            + (request.clientAddress == nil ? "" : " proxy=\(Self.sanitize(request.remoteAddress))")
            + " method=\(Self.sanitize(request.method.rawValue))"
            + " path=\(Self.sanitize(secrets.redact(Self.withoutQuery(request.path))))"
            + " status=\(request.status.code)"
            + " bytes=\(request.bytesSent)"
            + " duration_ms=\(Self.fixed3(millis))"
            + " request_id=\(Self.sanitize(request.requestID))"
    }

    /// `2026-11-22T02:18:44.123Z`.
    public static func iso8601(seconds: Int, nanoseconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (y, m, d) = HTTPDate.civil(fromDays: days)
        let millis = nanoseconds / 1_000_000
        let ms = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(y)-\(pad(m))-\(pad(d))T\(pad(secondOfDay / 3600)):\(pad(secondOfDay % 3600 / 60)):\(pad(secondOfDay % 60)).\(ms)Z"
    }

    /// The current wall-clock time.
    public static func realtime() -> (seconds: Int, nanoseconds: Int) {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return (Int(ts.tv_sec), Int(ts.tv_nsec))
    }

    static func withoutQuery(_ path: String) -> Substring {
        path.firstIndex(of: "?").map { path[..<$0] } ?? path[...]
    }

    /// Printable ASCII except space, `"` and `\` as is; every other byte as `\xNN`; empty as `-`.
    static func sanitize<S: StringProtocol>(_ text: S) -> String {
        if text.isEmpty { return "-" }
        var out = ""
        for byte in text.utf8 {
            if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "\\x" + (byte < 16 ? "0" : "") + String(byte, radix: 16)
            }
        }
        return out
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func fixed3(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = thousandths % 1000
        return "\(thousandths / 1000)." + (fraction < 10 ? "00" : fraction < 100 ? "0" : "") + "\(fraction)"
    }
}
