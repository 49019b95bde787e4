import Foundation
import Testing
import TestSupport

/// `vetrina serve` flushes the observatory's pending search counts on SIGTERM: searches answered
/// just before a graceful shutdown are not lost (the flush interval is far longer than the test).
@Suite struct ServeShutdownTests {
    @Test func searchesAnsweredBeforeSIGTERMAreRecorded() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        #expect(try CLIRunner.run(["seed", "--db", db, "--demo"]).exitCode == 0)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["serve", "--db", db, "--port", "0", "--threads", "2"]
        process.currentDirectoryURL = CLIRunner.repositoryRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        let port = try Self.port(from: out.fileHandleForReading)
        for target in ["/cerca?bisogno=anziani&comune=Cuneo", "/cerca?q=xilofonista", "/cerca?q=mutua", "/cerca"] {
            let client = try RawHTTPClient(port: port, timeout: .seconds(10))
            defer { client.close() }
            let reply = try client.send("GET \(target) HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
            #expect(reply.status == 200)
        }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let stats = try CLIRunner.run(["stats", "--db", db])
        #expect(stats.stdout.contains("Ricerche registrate (osservatorio): 3"), "\(stats.stdout)")
    }

    /// Reads the "in ascolto su http://127.0.0.1:PORT" line.
    static func port(from handle: FileHandle) throws -> Int {
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let data = handle.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: "in ascolto su http://127.0.0.1:"), let line = text[range.upperBound...].split(separator: "\n").first,
               let port = Int(line) { return port }
        }
        throw CocoaError(.fileReadUnknown)
    }
}
