import Foundation
import Testing
import TestSupport

/// `vetrina serve` flushes the observatory's pending search counts on SIGTERM: searches answered
/// just before a graceful shutdown are not lost (the flush interval is far longer than the test).
@Suite(.blocking) struct ServeShutdownTests {
    @Test func searchesAnsweredBeforeSIGTERMAreRecorded() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        try TestDatabase.copyTemplate(.demo, to: db)   // migrated and seeded once per process
        let server = try ServeProcess(db: db, standardError: FileHandle.nullDevice)
        defer { server.stop() }
        let (process, port) = (server.process, server.port)
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
}
