import Foundation
import Testing
@testable import HTTPServer
import TestSupport
@testable import Storage

/// Limits and timeouts over a real socket: each refused request gets its status and
/// `Connection: close`, then the connection ends.
@Suite(.blocking) struct LimitsE2ETests {
    func expectRefused(_ raw: String, status: Int, _ tweak: (inout ServerConfiguration) -> Void = { _ in }) throws {
        let live = try LiveServer(tweak)
        defer { live.stop() }
        let client = try live.client()
        try client.write(raw)
        let r = try client.readResponse()
        #expect(r.status == status)
        #expect(r["Connection"] == "close")
        #expect(client.waitForClose())
        #expect(live.observer.parseErrors == [status])
    }

    @Test func requestLineLimitAtNAndNPlusOne() throws {
        func line(_ length: Int) -> String { "GET /" + String(repeating: "a", count: length - 14) + " HTTP/1.1" }
        let small: (inout ServerConfiguration) -> Void = { $0.limits.maxRequestLine = 100 }
        let live = try LiveServer(small)
        defer { live.stop() }
        let client = try live.client()
        try client.write(line(100) + "\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().status == 404)
        try expectRefused(line(101) + "\r\nHost: t\r\n\r\n", status: 414, small)
    }

    @Test func headerSectionLimitAtNAndNPlusOne() throws {
        let small: (inout ServerConfiguration) -> Void = { $0.limits.maxHeaderBytes = 200 }
        func head(_ total: Int) -> String {
            "GET /hello HTTP/1.1\r\nHost: t\r\nX: " + String(repeating: "v", count: total - 14) + "\r\n\r\n"
        }
        let live = try LiveServer(small)
        defer { live.stop() }
        let client = try live.client()
        try client.write(head(200))
        #expect(try client.readResponse().status == 200)
        try expectRefused(head(201), status: 431, small)
    }

    @Test func headerCountLimitAtNAndNPlusOne() throws {
        let small: (inout ServerConfiguration) -> Void = { $0.limits.maxHeaderCount = 3 }
        let live = try LiveServer(small)
        defer { live.stop() }
        let client = try live.client()
        try client.write("GET /hello HTTP/1.1\r\nHost: t\r\nA: 1\r\nB: 2\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        try expectRefused("GET /hello HTTP/1.1\r\nHost: t\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", status: 431, small)
    }

    @Test func bodyLimitPerRouteAtNAndNPlusOne() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("POST /small HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\n0123456789")
        #expect(try client.readResponse().text == "0123456789")
        try expectRefused("POST /small HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\n01234567890", status: 413)
        try expectRefused("POST /small HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n012345\r\n5\r\n67890\r\n0\r\n\r\n",
                          status: 413)
    }

    @Test func defaultBodyLimitComesFromConfiguration() throws {
        try expectRefused("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 101\r\n\r\n", status: 413) { $0.maxBodySize = 100 }
    }

    @Test(arguments: [
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/2.0\r\nHost: t\r\n\r\n", 505),
        ("BREW / HTTP/1.1\r\nHost: t\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
        ("GET / HTTP/1.1\r\nHost: t\r\nX: a\r\n b\r\n\r\n", 400),
    ])
    func refusesMalformedRequests(raw: String, status: Int) throws {
        try expectRefused(raw, status: status)
    }

    @Test func slowLorisIsCutAtTheHeaderTimeout() throws {
        let live = try LiveServer { $0.headerTimeout = .milliseconds(300) }
        defer { live.stop() }
        let client = try live.client(timeout: .seconds(3))
        let start = ContinuousClock.now
        // One byte every 50 ms: it keeps trickling, but the whole head never arrives in time.
        var closed = false
        for byte in "GET /hello HTTP/1.1\r\nHost: t\r\nX-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".utf8 {
            do { try client.write([byte]) } catch { closed = true; break }
            usleep(50_000)
            if ContinuousClock.now - start > .seconds(2) { break }
        }
        if !closed { closed = client.waitForClose() }
        #expect(closed)
        #expect(ContinuousClock.now - start < .milliseconds(1500))
    }

    @Test func slowBodyIsCutAtTheBodyTimeout() throws {
        let live = try LiveServer { $0.bodyTimeout = .milliseconds(200) }
        defer { live.stop() }
        let client = try live.client(timeout: .seconds(3))
        let start = ContinuousClock.now
        try client.write("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nabc")
        let r = try client.readResponse()
        #expect(r.status == 408)
        #expect(client.waitForClose())
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func idleKeepAliveConnectionIsClosedAtTheIdleTimeout() throws {
        let live = try LiveServer { $0.idleTimeout = .milliseconds(200) }
        defer { live.stop() }
        let client = try live.client(timeout: .seconds(3))
        try client.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = try client.readResponse()
        let start = ContinuousClock.now
        #expect(client.waitForClose())
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    /// Regression: a timer entry filed for an earlier deadline fired after the deadline had moved
    /// later, and re-filing it from inside the wheel's own mutation crashed the loop
    /// (exclusive-access violation).
    @Test func renewedIdleDeadlineSurvivesItsFirstTimerEntry() throws {
        let live = try LiveServer { $0.idleTimeout = .seconds(2) }
        defer { live.stop() }
        let client = try live.client(timeout: .seconds(5))
        usleep(1_000_000)
        try client.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        usleep(1_500_000)  // the entry filed at connect (2 s) fires; the deadline is now ~3 s
        try client.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        #expect(client.waitForClose())
    }

    /// A parse error found in bytes buffered behind a worker request (decoded from the
    /// connection's input buffer, not the loop's scratch buffer) is answered in order.
    @Test func parseErrorInBufferedPipelinedBytesIsAnswered() throws {
        let live = try LiveServer()
        defer { live.stop() }
        let client = try live.client()
        try client.write("GET /slow?ms=50&tag=a HTTP/1.1\r\nHost: t\r\n\r\nGET / HTTP/1.1\r\n\r\n")
        #expect(try client.readResponse().text == "slow a")
        let refused = try client.readResponse()
        #expect(refused.status == 400 && refused["Connection"] == "close")
        #expect(client.waitForClose())
    }

    @Test func connectionsBeyondTheCapGet503() throws {
        let live = try LiveServer { $0.maxConnections = 2 }
        defer { live.stop() }
        let a = try live.client(), b = try live.client()
        try a.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        try b.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = try a.readResponse()
        _ = try b.readResponse()
        let c = try live.client()
        #expect(try c.readResponse().status == 503)
        #expect(c.waitForClose())
        try a.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try a.readResponse().status == 200)  // existing connections unaffected
    }
}
