import Foundation
import HTTPServer
import Synchronization
import Testing
import TestSupport

/// The access log is written off the event loops and flushed by a graceful shutdown.
@Suite(.blocking) struct AccessLogWriterTests {
    /// An output that records every chunk; while `closed`, the writer thread blocks inside it.
    final class GatedOutput: Sendable {
        private let state = Mutex<(open: Bool, calls: Int, text: String)>((true, 0, ""))
        private let condition = NSCondition()

        init(open: Bool) { state.withLock { $0.open = open } }

        func write(_ chunk: String) {
            state.withLock { $0.calls += 1 }
            condition.lock()
            // Bounded, so a regression fails the test instead of hanging it.
            let limit = Date().addingTimeInterval(30)
            while !state.withLock({ $0.open }) && condition.wait(until: limit) {}
            condition.unlock()
            state.withLock { $0.text += chunk }
        }

        func open() {
            condition.lock()
            state.withLock { $0.open = true }
            condition.broadcast()
            condition.unlock()
        }

        var calls: Int { state.withLock { $0.calls } }
        var lines: [String] { state.withLock { $0.text }.split(separator: "\n").map(String.init) }
    }

    struct Hello: HTTPResponder {
        func respond(to request: HTTPRequest) -> HTTPResponse { HTTPResponse(contentType: "text/plain", text: "ciao") }
        func runsOnEventLoop(_ head: RequestHead) -> Bool { true }
    }

    @Test func flushReturnsOnceEveryAppendedLineIsWrittenInOrder() {
        let output = GatedOutput(open: true)
        let writer = AccessLogWriter(output: output.write)
        defer { writer.close() }
        for i in 0..<500 { writer.append("line \(i)") }
        writer.flush()
        #expect(output.lines == (0..<500).map { "line \($0)" })
        #expect(writer.droppedLines == 0)
    }

    @Test func aFullQueueDropsAndCountsLinesInsteadOfBlocking() {
        let output = GatedOutput(open: false)
        let writer = AccessLogWriter(capacity: 2, output: output.write)
        writer.append("first")
        for i in 0..<9 { writer.append("more \(i)") }  // returns although the output is stuck
        output.open()
        writer.close()
        let lines = output.lines
        let notice = lines.first { $0.hasPrefix("access_log_dropped=") }
        let dropped = Int(notice?.dropFirst("access_log_dropped=".count) ?? "") ?? 0
        #expect(dropped > 0)
        #expect(lines.count - 1 + dropped == 10, "\(lines)")
    }

    @Test func observerGroupPassesServerStoppedOnSoTheLogIsFlushed() {
        let output = GatedOutput(open: false)
        let writer = AccessLogWriter(output: output.write)
        defer { writer.close() }
        let group = ObserverGroup([ServerMetrics(), AccessLog(writer: writer)])
        for i in 0..<3 { group.requestCompleted(AccessLogTests.request(path: "/\(i)")) }
        output.open()
        group.serverStopped()  // returns once the three lines are written
        #expect(output.lines.count == 3)
    }

    /// While the log's output is stuck, the server keeps answering: the loop never writes the log.
    @Test func aStuckLogOutputDoesNotHoldBackResponses() throws {
        let output = GatedOutput(open: false)
        let writer = AccessLogWriter(output: output.write)
        defer { writer.close() }
        let live = try TestSupport.LiveServer.start(Hello(), observer: AccessLog(writer: writer))
        let client = try live.client()
        for _ in 0..<20 {
            #expect(try client.send("GET /x HTTP/1.1\r\nHost: t\r\n\r\n").status == 200)
        }
        client.close()
        #expect(output.calls <= 1)  // the writer thread is still inside its first write
        #expect(output.lines.isEmpty)
        output.open()
        live.stop()  // flushes
        #expect(output.lines.count == 20)
    }

    /// N requests, then a graceful shutdown: the log file holds exactly N lines when it returns.
    @Test func gracefulShutdownWritesEveryLineToTheFile() throws {
        let path = NSTemporaryDirectory() + "access-\(UUID().uuidString).log"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(fd >= 0)
        defer { unlink(path) }
        let file = AccessLogWriter.fileDescriptor(fd)
        // A slow disk: each batch takes a moment, so lines are still queued when shutdown starts.
        let writer = AccessLogWriter(output: { text in usleep(2_000); file(text) })
        defer { writer.close() }
        let live = try TestSupport.LiveServer.start(Hello(), observer: AccessLog(writer: writer)) { $0.eventLoops = 2 }
        var ids: Set<String> = []
        for _ in 0..<6 {
            let client = try live.client()
            for _ in 0..<25 {
                let reply = try client.send("GET /servizi/x?q=segreto HTTP/1.1\r\nHost: t\r\n\r\n")
                ids.insert(reply["X-Request-Id"] ?? "")
            }
            client.close()
        }
        live.stop()
        close(fd)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 150)
        #expect(Set(lines.compactMap { $0.split(separator: " ").last.map { String($0.dropFirst("request_id=".count)) } }) == ids)
        #expect(lines.allSatisfy { $0.contains("path=/servizi/x status=200") && !$0.contains("segreto") })
    }
}
