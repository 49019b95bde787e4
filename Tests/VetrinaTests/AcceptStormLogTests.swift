import Foundation
import Testing
import TestSupport

/// An EMFILE storm (more connections than the process may open files) makes every `accept` fail;
/// `vetrina serve` logs that through its off-loop writer, throttled to about a line a second per
/// event loop, saying how many similar lines it left out, and goes on serving once files free up.
@Suite(.blocking) struct AcceptStormLogTests {
    @Test func anAcceptErrorStormWritesABoundedNumberOfLines() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        let logPath = dir.path("stderr.log")
        #expect(FileManager.default.createFile(atPath: logPath, contents: nil))
        // 40 descriptors: enough to start (database, epoll, listener), far fewer than the clients below.
        let server = try ServeProcess(db: db, standardError: try FileHandle(forWritingTo: URL(fileURLWithPath: logPath)),
                                      extraArguments: ["--record-searches", "off"], openFileLimit: 40)
        defer { server.stop() }
        let process = server.process, port = server.port

        var clients: [RawHTTPClient] = []
        for _ in 0..<60 { clients.append(try RawHTTPClient(port: port, timeout: .seconds(10))) }
        let storm = Date()
        // Wait (bounded) until the storm has been reported, then let it go on for two seconds: the
        // throttle is about lines per second, so this stretch of real time is what is measured.
        #expect(try waitUntil(timeout: .seconds(20), interval: .milliseconds(20)) { try Self.log(logPath).contains("accept failed") })
        Thread.sleep(forTimeInterval: 2)
        for client in clients { client.close() }
        let seconds = Date().timeIntervalSince(storm)

        // Once the clients are gone the server answers again.
        let client = try RawHTTPClient(port: port, timeout: .seconds(10))
        #expect(try client.send("GET /robots.txt HTTP/1.1\r\nHost: t\r\n\r\n").status == 200)
        client.close()
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let lines = try Self.log(logPath).split(separator: "\n").filter { $0.hasPrefix("accept failed: ") }
        #expect(!lines.isEmpty)
        #expect(lines.contains { $0.hasSuffix("similar lines left out)") }, "\(lines)")
        // Unthrottled, each event loop logs a line every 10 ms (its EMFILE back-off): ~100 a second.
        // Throttled: one a second per loop (a few loops on this machine), plus a first line each.
        let loops = max(2, ProcessInfo.processInfo.activeProcessorCount)
        #expect(Double(lines.count) <= Double(loops) * (seconds + 2), "\(lines.count) lines in \(seconds) s")
    }

    private static func log(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
}
