import Foundation
import Testing
import TestSupport

/// `vetrina serve` writes its access log off the event loops; SIGTERM drains it before the
/// process exits, so every answered request has its line on standard error.
@Suite(.blocking) struct AccessLogShutdownTests {
    @Test func everyRequestAnsweredBeforeSIGTERMHasItsAccessLogLine() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        let logPath = dir.path("stderr.log")
        #expect(FileManager.default.createFile(atPath: logPath, contents: nil))
        let server = try ServeProcess(db: db, standardError: try FileHandle(forWritingTo: URL(fileURLWithPath: logPath)))
        defer { server.stop() }
        let (process, port) = (server.process, server.port)
        let requests = 120
        for batch in 0..<4 {
            let client = try RawHTTPClient(port: port, timeout: .seconds(10))
            defer { client.close() }
            for i in 0..<(requests / 4) {
                let reply = try client.send("GET /robots.txt?n=\(batch)-\(i) HTTP/1.1\r\nHost: t\r\n\r\n")
                #expect(reply.status == 200)
            }
        }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = try String(contentsOfFile: logPath, encoding: .utf8).split(separator: "\n")
            .filter { $0.contains(" method=GET path=/robots.txt status=200 ") }
        #expect(lines.count == requests)
    }
}
