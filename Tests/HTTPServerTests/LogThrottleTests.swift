@testable import HTTPServer
import Foundation
import Testing
import TestSupport

/// Event-loop diagnostics are throttled per kind of failure, and the access log's writer builds
/// and writes each batch without holding the lock `append` takes.
@Suite struct LogThrottleTests {
    @Test func oneLinePerIntervalPerKindAndTheNextSaysHowManyWereLeftOut() {
        var throttle = LogThrottle(interval: 1_000)
        var lines: [String] = []
        for t in 0..<10_000 {
            if let line = throttle.line(.accept, "accept failed", now: Int64(t) / 10) { lines.append(line) }
        }
        // 10,000 failures over 1,000 time units: the first, then one per interval.
        #expect(lines == ["accept failed"])
        #expect(throttle.line(.accept, "accept failed", now: 1_000) == "accept failed (9999 similar lines left out)")
        #expect(throttle.line(.accept, "accept failed", now: 1_001) == nil)
        #expect(throttle.line(.openFile, "cannot open /x", now: 1_001) == "cannot open /x", "kinds are throttled apart")
        #expect(throttle.line(.accept, "accept failed", now: 2_000) == "accept failed (1 similar lines left out)")
    }

    @Test func aSuppressedMessageIsNeverBuilt() {
        var throttle = LogThrottle(interval: 1_000)
        var built = 0
        func message() -> String { built += 1; return "m" }
        for t in 0..<100 { _ = throttle.line(.register, message(), now: Int64(t)) }
        #expect(built == 1)
    }

    /// While the writer thread is stuck inside `output` with one batch, the queue is empty again:
    /// appends are accepted (up to the capacity) rather than waiting or being dropped.
    @Test func aBatchBeingWrittenDoesNotHoldTheQueue() {
        let output = AccessLogWriterTests.GatedOutput(open: false)
        let writer = AccessLogWriter(capacity: 2, output: output.write)
        writer.append("first")
        #expect(waitUntil(timeout: .seconds(30), interval: .milliseconds(1)) { output.calls > 0 })  // the writer holds "first"
        writer.append("second")
        writer.append("third")
        writer.append("fourth")  // over the capacity of 2 while "first" is still being written
        #expect(writer.droppedLines == 1)
        output.open()
        writer.close()
        #expect(output.lines == ["first", "second", "third", "access_log_dropped=1"])
    }
}
