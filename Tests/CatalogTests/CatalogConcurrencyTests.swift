import Foundation
import Testing
@testable import Catalog
@testable import Storage
import TestSupport

@Suite struct CatalogConcurrencyTests {
    /// Card readers on many threads while one long transaction inserts cards: readers never
    /// fail and see either none of the new cards or all of them.
    @Test func cardReadersDuringABatchInsertSeeAllOrNothing() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        _ = try CatalogSeeder(pool: fixture.pool).seedSynthetic(count: 20)
        let world = try fixture.pool.read { try SyntheticWorld(db: $0) }
        let organizations: [[Int64]] = try fixture.pool.read { db in
            try (0..<8).map { p in
                try db.query("SELECT id FROM organization WHERE slug = ?", "ente-sintetico-\(p * 25 + 1)").map { try $0.get(0) }
            }
        }
        let halfway = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        let writer = Thread {
            _ = try? fixture.pool.write { db in
                let generator = SyntheticCatalogGenerator(now: Date())
                try generator.addCards(from: 1_001, to: 1_100, world: world, organizations: organizations, in: db)
                halfway.signal()
                release.wait()
                try generator.addCards(from: 1_101, to: 1_200, world: world, organizations: organizations, in: db)
            }
            done.signal()
        }
        writer.start()
        halfway.wait()
        let services = ServiceRepository(pool: fixture.pool)
        let seen = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            for _ in 0..<10 {
                do {
                    let count: Int = try fixture.pool.read { try $0.scalar("SELECT count(*) FROM service") ?? -1 }
                    let recent = try services.recentlyUpdated(limit: 5)
                    _ = try services.card(slug: recent.first?.slug ?? "")
                    seen.record(count)
                } catch { seen.fail("\(error)") }
            }
        }
        release.signal()
        done.wait()
        let after: Int = try fixture.pool.read { try $0.scalar("SELECT count(*) FROM service") ?? -1 }
        #expect(seen.failures.isEmpty, "\(seen.failures.prefix(2))")
        #expect(Set(seen.values) == [20])
        #expect(after == 220)
    }

    @Test func aReadThatMeetsBusyIsRetriedInsteadOfFailing() throws {
        let fixture = try CatalogFixture(seedBase: false)
        defer { fixture.remove() }
        let attempts = ConcurrentResults()
        let value: Int = try fixture.pool.read { db in
            attempts.record(1)
            if attempts.values.count < 3 { throw SQLiteError(code: 5, message: "database is locked") }
            return try db.scalar("SELECT 42") ?? 0
        }
        #expect(value == 42)
        #expect(attempts.values.count == 3)
    }

    @Test func aReadThatStaysBusyFailsAfterTheRetries() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let pool = try DatabasePool(path: dir.path + "/b.sqlite", configuration: DatabaseConfiguration(readRetries: 2))
        let attempts = ConcurrentResults()
        #expect { try pool.read { _ -> Int in attempts.record(1); throw SQLiteError(code: 517, message: "busy") } } throws: {
            ($0 as? SQLiteError)?.codeName == "SQLITE_BUSY_SNAPSHOT"
        }
        #expect(attempts.values.count == 3)
    }
}
