@testable import Catalog
import Foundation
@testable import Search
import Testing

/// A search reflects every committed write, even one that lands while the index is caught up.
@Suite struct SearchFreshnessTests {
    /// A write to run once, the next time the search has re-indexed and not yet read its snapshot.
    final class PendingWrite: @unchecked Sendable {   // `lock` guards `sql`
        private let lock = NSLock()
        private var sql: String?
        func arm(_ statement: String) { lock.withLock { sql = statement } }
        func take() -> String? { lock.withLock { defer { sql = nil }; return sql } }
    }

    @Test func writeBetweenIndexingAndSnapshotReachesTheIndexByTheNextSearch() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let pending = PendingWrite()
        let pool = f.pool
        let search = ServiceSearch(pool: pool, today: { CalendarDay(iso: "2025-06-01") }, textCacheSize: 32,
                                   demoteBefore: { nil }, afterIndexing: {
            if let sql = pending.take() { try? pool.write { db in try db.run(sql) } }
        })
        #expect(try search.search(SearchQuery(text: "zebra")).total == 0)
        let telefono = f.service["telefono-anziani"] ?? 0
        pending.arm("UPDATE service SET title = 'Telefono zebra' WHERE id = \(telefono)")
        try pool.write { db in try db.run("UPDATE service SET summary = 'Altro testo.' WHERE id = ?", f.service["bozza"] ?? 0) }
        _ = try search.search(SearchQuery(text: "amico"))     // re-indexes; the title changes meanwhile
        let results = try search.search(SearchQuery(text: "zebra"))
        #expect(results.items.map(\.id) == [telefono])
        #expect(try search.search(SearchQuery(text: "amico")).total == 0)
    }
}
