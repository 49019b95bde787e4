@testable import Catalog
import Accounts
import Foundation
@testable import Search
import Storage
import Testing
import TestSupport

/// Search on a read replica (docs/SCALING.md, "Search on a replica"): a second pool opened
/// read-only on the writer's file stands for a LiteFS replica. The writer's editors index at
/// commit (the after-commit hook `vetrina serve` wires); the replica's `ServiceSearch` only reads.
@Suite struct SearchReplicaTests {
    static let editor = Operator(id: 1, email: "red@x.it", displayName: "Red", role: .editor)

    /// The demo catalog with its index caught up (as `vetrina serve` does at start), an operator
    /// for the audit lines, and a read-only pool on the same file.
    struct Replica {
        let database: TestDatabase
        let replica: DatabasePool
        let search: ServiceSearch
        var writer: DatabasePool { database.pool }

        init() throws {
            database = try TestDatabase(.demo)
            try database.pool.write { db in
                try db.run("""
                    INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at)
                    VALUES (1, 'red@x.it', 'Red', 'redattore', 'h', 0, 0)
                    """)
            }
            try SearchIndexer().catchUp(database.pool)
            replica = try DatabasePool(path: database.path, configuration: DatabaseConfiguration(readerCount: 2, readOnly: true))
            search = ServiceSearch(pool: replica, today: { nil })
        }

        func close() {
            replica.close()
            database.remove()
        }

        func editor(hooked: Bool) -> CardEditor {
            let writer = self.writer
            guard hooked else { return CardEditor(database: writer, clock: SystemAuthClock()) }
            let hook = SearchIndexer.afterCommitHook(pool: writer, log: { _ in })
            return CardEditor(database: writer, clock: SystemAuthClock(), afterCommit: hook)
        }

        /// A published card of the demo catalog, retitled through `CardEditor` on the writer.
        func retitle(_ id: Int64, to title: String, hooked: Bool) throws {
            let service = try ServiceRepository(pool: writer).service(id: id)
            var fields = service.fields
            fields.title = title
            _ = try editor(hooked: hooked).update(id: id, expectedVersion: service.version, with: fields, by: SearchReplicaTests.editor)
        }

        func publishedID(_ n: Int = 0) throws -> Int64 {
            try writer.read { db in
                try db.scalar("SELECT id FROM service WHERE status = 'published' ORDER BY id LIMIT 1 OFFSET ?", n, as: Int64.self)
            } ?? 0
        }

        func dirtyCount() throws -> Int {
            try writer.read { try $0.scalar("SELECT count(*) FROM search_dirty", as: Int.self) } ?? -1
        }
    }

    @Test func aReadOnlyPoolRefusesWritesAndItsSearchIsAReader() throws {
        let r = try Replica()
        defer { r.close() }
        #expect(r.replica.isReadOnly)
        #expect(r.search.role == .reader)
        #expect(ServiceSearch(pool: r.writer).role == .writer)
        #expect(throws: SQLiteError.self) { try r.replica.write { db in try db.run("DELETE FROM search_dirty") } }
    }

    /// The acceptance check of issue 12: a card saved through `CardEditor` on the writer is found
    /// on the replica by a new word, and no search on the replica throws.
    @Test func cardSavedOnTheWriterIsFoundOnTheReplicaByItsNewWord() throws {
        let r = try Replica()
        defer { r.close() }
        let id = try r.publishedID()
        #expect(try r.search.search(SearchQuery(text: "zebrastrisce")).total == 0)
        #expect(try r.search.search(SearchQuery()).total > 0)
        try r.retitle(id, to: "Zebrastrisce sicure per gli anziani", hooked: true)
        #expect(try r.dirtyCount() == 0)   // the hook indexed it at commit
        #expect(try r.search.search(SearchQuery(text: "zebrastrisce")).items.map(\.id) == [id])
        // Another save: the replica patches, never rebuilds, and never opens a write.
        try r.retitle(try r.publishedID(1), to: "Giraffe al parco", hooked: true)
        #expect(try r.search.search(SearchQuery(text: "giraffe")).items.map(\.id) == [try r.publishedID(1)])
        #expect(try r.search.search(SearchQuery(text: "zebrastrisce")).items.map(\.id) == [id])
        #expect(r.search.fullRebuildCount == 1)
    }

    /// A crash between the commit and its hook: the card stays dirty, the replica answers from
    /// what the index holds (and does not throw), and the writer's start-up catch-up (what
    /// `vetrina serve` runs before listening) brings it to the replica.
    @Test func cardLeftDirtyByACrashIsCaughtUpAtWriterStart() throws {
        let r = try Replica()
        defer { r.close() }
        let id = try r.publishedID()
        let before = try r.search.search(SearchQuery()).total
        try r.retitle(id, to: "Zebrastrisce sicure per gli anziani", hooked: false)
        #expect(try r.dirtyCount() > 0)
        #expect(try r.search.search(SearchQuery(text: "zebrastrisce")).total == 0)
        #expect(try r.search.search(SearchQuery()).total == before)
        #expect(try r.dirtyCount() > 0)   // the replica wrote nothing
        // A replica started while the index is behind builds its snapshot read-only as well.
        let cold = ServiceSearch(pool: r.replica, today: { nil })
        #expect(try cold.search(SearchQuery(text: "zebrastrisce")).total == 0)

        #expect(try SearchIndexer().catchUp(r.writer) > 0)   // the writer starts again
        #expect(try r.dirtyCount() == 0)
        #expect(try r.search.search(SearchQuery(text: "zebrastrisce")).items.map(\.id) == [id])
        #expect(try cold.search(SearchQuery(text: "zebrastrisce")).items.map(\.id) == [id])
    }

    /// The writer keeps today's guarantee without any hook: its own search indexes first.
    @Test func writerSearchStillIndexesWhatNoHookDid() throws {
        let r = try Replica()
        defer { r.close() }
        let writerSearch = ServiceSearch(pool: r.writer, today: { nil })
        _ = try writerSearch.search(SearchQuery())
        let id = try r.publishedID()
        try r.retitle(id, to: "Zebrastrisce sicure per gli anziani", hooked: false)
        #expect(try writerSearch.search(SearchQuery(text: "zebrastrisce")).items.map(\.id) == [id])
        #expect(try r.dirtyCount() == 0)
        #expect(try r.search.search(SearchQuery(text: "zebrastrisce")).items.map(\.id) == [id])
    }

    /// Saves on the writer while the replica searches from other threads: no replica search
    /// throws, and once the saves are done the replica finds every new title.
    @Test func replicaSearchesNeverThrowWhileTheWriterSaves() async throws {
        let r = try Replica()
        defer { r.close() }
        let ids = try (0..<8).map { try r.publishedID($0) }
        let words = ["alfagatto", "betagatto", "gammagatto", "deltagatto", "epsilongatto", "zetagatto", "etagatto", "tetagatto"]
        let search = r.search
        let failures = try await withThrowingTaskGroup(of: Int.self) { group in
            group.addTask {
                for (id, word) in zip(ids, words) { try r.retitle(id, to: "Servizio \(word)", hooked: true) }
                return 0
            }
            for reader in 0..<3 {
                group.addTask {
                    var failed = 0
                    for n in 0..<40 {
                        do { _ = try search.search(SearchQuery(text: words[(n + reader) % words.count])) } catch { failed += 1 }
                    }
                    return failed
                }
            }
            return try await group.reduce(0, +)
        }
        #expect(failures == 0)
        for (id, word) in zip(ids, words) {
            #expect(try search.search(SearchQuery(text: word)).items.map(\.id) == [id], "\(word)")
        }
    }
}
