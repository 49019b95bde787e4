import HTTPServer
import Synchronization
import Testing

@Suite struct AccessLogTests {
    final class Lines: Sendable {
        let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    static func request(path: String, id: String = "req-1") -> CompletedRequest {
        CompletedRequest(
            requestID: id, remoteAddress: "10.0.0.7:51234", method: .post, path: path,
            status: .seeOther, bytesSent: 1234, duration: .microseconds(1500), routeLabel: "/admin/accesso")
    }

    @Test func writesOneLogfmtLinePerRequest() {
        let lines = Lines()
        let log = AccessLog(now: { (1_700_000_000, 45_000_000) }, sink: { lines.append($0) })
        log.requestCompleted(Self.request(path: "/admin/accesso"))
        #expect(lines.all == [
            "time=2023-11-14T22:13:20.045Z client=10.0.0.7:51234 method=POST path=/admin/accesso status=303 bytes=1234 duration_ms=1.500 request_id=req-1"
        ])
    }

    @Test func neverWritesQueryStringsAndEscapesControlBytes() {
        let log = AccessLog(now: { (0, 0) }, sink: { _ in })
        let line = log.line(for: Self.request(path: "/accesso?password=segreta\r\nfake=1"))
        #expect(!line.contains("segreta"))
        #expect(line.contains("path=/accesso "))
        let injected = log.line(for: Self.request(path: "/a\r\nstatus=200 \"x\""))
        #expect(!injected.contains("\n"))
        #expect(injected.contains("path=/a\\x0d\\x0astatus=200\\x20\\x22x\\x22"))
        #expect(log.line(for: Self.request(path: "/", id: "")).hasSuffix("request_id=-"))
    }

    @Test func iso8601HasMillisecondPrecision() {
        #expect(AccessLog.iso8601(seconds: 0, nanoseconds: 7_000_000) == "1970-01-01T00:00:00.007Z")
        #expect(AccessLog.iso8601(seconds: 951_825_599, nanoseconds: 999_999_999) == "2000-02-29T11:59:59.999Z")
    }

    @Test func observerGroupFansOutToEveryObserver() {
        let lines = Lines()
        let metrics = ServerMetrics()
        let group = ObserverGroup([AccessLog(sink: { lines.append($0) }), metrics])
        group.connectionOpened()
        group.requestCompleted(Self.request(path: "/x"))
        group.parseErrorAnswered(status: .badRequest)
        #expect(lines.all.count == 1)
        #expect(metrics.openConnections == 1)
        #expect(metrics.requestCount(route: "/admin/accesso", statusClass: "3xx") == 1)
        #expect(metrics.parseErrorCount(status: 400) == 1)
        group.connectionClosed()
        #expect(metrics.openConnections == 0)
    }
}
