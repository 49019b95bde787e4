import Foundation
import Testing
@testable import HTTPServer
@testable import Storage
import TestSupport

@Suite(.blocking) struct LifecycleE2ETests {
    @Test func gracefulShutdownFinishesInFlightAndRefusesNewConnections() throws {
        let live = try LiveServer()
        let port = live.port
        let busy = try live.client()
        let idle = try live.client()
        try idle.write("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = try idle.readResponse()
        try busy.write("GET /slow?ms=1000&tag=inflight HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(live.waitUntilStarted("inflight"))  // only then is it in flight
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread { live.server.shutdown(gracePeriod: .seconds(5)); stopped.signal() }
        #expect(idle.waitForClose())
        #expect(waitUntil { (try? RawHTTPClient(port: port)) == nil }, "the listening socket is closed")
        let r = try busy.readResponse()
        #expect(r.text == "slow inflight")
        #expect(r["Connection"] == "close")
        #expect(stopped.wait(timeout: .now() + 5) == .success)
        live.server.waitUntilStopped()
        #expect(live.observer.opened == live.observer.closed)
    }

    @Test func sigtermStartsAGracefulShutdown() throws {
        let live = try LiveServer()
        let port = live.port
        live.server.installSignalHandlers()
        let client = try live.client()
        try client.write("GET /slow?ms=800&tag=sig HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(live.waitUntilStarted("sig"))
        kill(getpid(), SIGTERM)
        let r = try client.readResponse()
        #expect(r.text == "slow sig")  // the in-flight request completes
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread { live.server.waitUntilStopped(); stopped.signal() }
        #expect(stopped.wait(timeout: .now() + 5) == .success)
        #expect(throws: (any Error).self) { try RawHTTPClient(port: port) }
    }

    @Test func shutdownCutsRequestsThatOutliveTheGracePeriod() throws {
        let live = try LiveServer()
        let client = try live.client()
        try client.write("GET /slow?ms=3000&tag=outlives HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(live.waitUntilStarted("outlives"))
        let start = ContinuousClock.now
        live.server.shutdown(gracePeriod: .milliseconds(200))
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(client.waitForClose())
    }

    /// Every connection the server opened is closed again (a process-wide fd count would be
    /// disturbed by the tests running in parallel, so the observer's counts are the evidence).
    @Test func closesEveryConnectionItOpened() throws {
        let live = try LiveServer()
        for _ in 0..<20 {
            let c = try live.client()
            try c.write("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            _ = try c.readResponse()
        }
        live.stop()
        #expect(live.observer.opened == 20 && live.observer.closed == 20)
    }
}
