import Foundation
import Storage
import Testing
import TestSupport

/// `vetrina serve` is the writer: before it listens it indexes the cards a crash left dirty
/// between a commit and its after-commit hook (docs/SCALING.md, "Search on a replica"), so read
/// replicas find them without waiting for the next save.
@Suite(.blocking) struct ServeStartupIndexTests {
    @Test func cardsLeftDirtyAreIndexedBeforeTheFirstRequest() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        #expect(try CLIRunner.run(["seed", "--db", db, "--demo"]).exitCode == 0)
        do {   // a committed card write whose hook never ran
            let pool = try DatabasePool(path: db)
            defer { pool.close() }
            try pool.write { db in
                try db.run("UPDATE service SET title = 'Zebrastrisce sicure' WHERE id = (SELECT min(id) FROM service WHERE status = 'published')")
            }
            #expect(try pool.read { try $0.scalar("SELECT count(*) FROM search_dirty", as: Int.self) } == 1)
        }
        let server = try ServeProcess(db: db, standardError: FileHandle.nullDevice)
        defer { server.stop() }
        let replica = try DatabasePool(path: db, configuration: DatabaseConfiguration(readerCount: 1, readOnly: true))
        defer { replica.close() }
        #expect(try replica.read { try $0.scalar("SELECT count(*) FROM search_dirty", as: Int.self) } == 0)
        let client = try RawHTTPClient(port: server.port, timeout: .seconds(10))
        defer { client.close() }
        let reply = try client.send("GET /cerca?q=zebrastrisce HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        #expect(reply.status == 200)
        #expect(reply.text.contains("Zebrastrisce sicure"))
    }

    /// `vetrina serve --replica` on the writer's file: it starts with the file opened read-only,
    /// answers searches (never a 500) while the index is behind, and finds the card once the
    /// writer has indexed it.
    @Test func replicaNodeSearchesReadOnlyAndFollowsTheWriter() throws {
        let dir = try ScratchDirectory()
        defer { dir.remove() }
        let db = dir.path("v.sqlite")
        #expect(try CLIRunner.run(["migrate", "--db", db]).exitCode == 0)
        #expect(try CLIRunner.run(["seed", "--db", db, "--demo"]).exitCode == 0)
        let writer = try ServeProcess(db: db, standardError: FileHandle.nullDevice)
        defer { writer.stop() }
        let replica = try ServeProcess(db: db, standardError: FileHandle.nullDevice, extraArguments: ["--replica"])
        defer { replica.stop() }
        func search(_ port: Int) throws -> HTTPReply {
            let client = try RawHTTPClient(port: port, timeout: .seconds(10))
            defer { client.close() }
            return try client.send("GET /cerca?q=zebrastrisce HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        }
        #expect(try search(replica.port).status == 200)
        let pool = try DatabasePool(path: db)   // a write that skips the editors' hook
        defer { pool.close() }
        try pool.write { db in
            try db.run("UPDATE service SET title = 'Zebrastrisce sicure' WHERE id = (SELECT min(id) FROM service WHERE status = 'published')")
        }
        let behind = try search(replica.port)
        #expect(behind.status == 200)
        #expect(!behind.text.contains("Zebrastrisce sicure"))
        #expect(try search(writer.port).text.contains("Zebrastrisce sicure"))   // the writer indexes
        #expect(try search(replica.port).text.contains("Zebrastrisce sicure"))
    }
}
