import Foundation
import Testing
@testable import Catalog
@testable import Search
@testable import Storage
@testable import Accounts
import TestSupport

/// The batching recorder: nothing lost on stop, bounded memory, exact counts under concurrency,
/// a background flush, and no free text unless it is a known or repeated word.
@Suite(.blocking) struct SearchStatRecorderTests {
    static let now: Int64 = 1_750_000_000   // 2025-06-15

    func fixture() throws -> CatalogFixture { try CatalogFixture(seedBase: false) }

    func recorded(_ pool: DatabasePool) throws -> Int {
        try ObservatoryRepository(pool: pool).recordedSearches()
    }

    func recorder(_ pool: DatabasePool, _ adjust: (inout SearchStatRecorder.Configuration) -> Void = { _ in }) -> SearchStatRecorder {
        var configuration = SearchStatRecorder.Configuration()
        configuration.flushInterval = .seconds(3_600)
        adjust(&configuration)
        return SearchStatRecorder(pool: pool, clock: ManualClock(now: Self.now), configuration: configuration)
    }

    @Test func stopWritesEverythingPendingAndRecordDoesNotWrite() throws {
        let f = try fixture()
        defer { f.remove() }
        let r = recorder(f.pool)
        r.start()
        for i in 0..<250 { r.record(SearchRecord(needCodes: ["anziani"], territoryId: Int64(i % 3), resultCount: i % 4)) }
        #expect(try recorded(f.pool) == 0, "recording never touches the database on the request path")
        r.stop()
        #expect(try recorded(f.pool) == 250)
        let zero: Int? = try f.pool.read { try $0.scalar("SELECT sum(searches) FROM search_stat WHERE result_bucket = 0") }
        #expect(zero == 63)  // i % 4 == 0 for 63 of 0..<250
    }

    @Test func concurrentSearchesAreCountedExactlyOnce() throws {
        let f = try fixture()
        defer { f.remove() }
        let r = recorder(f.pool) { $0.flushInterval = .milliseconds(5) }
        r.start()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for i in 0..<500 {
                r.record(SearchRecord(needCodes: i % 2 == 0 ? ["anziani", "casa"] : [], targetCodes: ["famiglie", "anziani"],
                                      territoryId: Int64(worker), resultCount: i % 30))
            }
        }
        r.stop()
        #expect(try recorded(f.pool) == 4_000)
        let byNeed: Int? = try f.pool.read { try $0.scalar("SELECT sum(searches) FROM search_stat WHERE need_code = 'casa'") }
        #expect(byNeed == 2_000, "a search with two needs counts for each need, once in the totals")
        let targets: Int? = try f.pool.read { try $0.scalar("SELECT count(*) FROM search_stat WHERE target_code <> '*'") }
        #expect(targets == 0, "several targets are recorded as '*'")
    }

    @Test func theBackgroundThreadFlushesWithoutBeingAsked() throws {
        let f = try fixture()
        defer { f.remove() }
        let r = recorder(f.pool) { $0.flushInterval = .milliseconds(20) }
        r.start()
        defer { r.stop() }
        r.record(SearchRecord(resultCount: 0))
        #expect(try waitUntil { try recorded(f.pool) > 0 })
        #expect(try recorded(f.pool) == 1)
    }

    @Test func pendingKeysAreBoundedAndOverflowIsCounted() throws {
        let f = try fixture()
        defer { f.remove() }
        let r = recorder(f.pool) { $0.maxPendingKeys = 10 }
        for i in 0..<15 { r.record(SearchRecord(territoryId: Int64(i), resultCount: 1)) }
        r.record(SearchRecord(territoryId: 3, resultCount: 1))   // an existing key still counts
        #expect(r.droppedSearches == 5)
        try r.flush()
        #expect(try recorded(f.pool) == 11)
        r.record(SearchRecord(territoryId: 99, resultCount: 1))  // room again after a flush
        r.stop()
        #expect(try recorded(f.pool) == 12)
    }

    @Test func unknownWordsNeedKSearchesOfTheDayAndNumbersNeverCount() throws {
        let f = try fixture()
        defer { f.remove() }
        let r = recorder(f.pool) { $0.wordThreshold = 5 }
        for _ in 0..<4 { r.record(SearchRecord(resultCount: 0, text: "Rossi 3331234567 mario.rossi@example.it")) }
        try r.flush()
        for _ in 0..<3 { r.record(SearchRecord(resultCount: 0, text: "badantato")) }
        try r.flush()
        #expect(try terms(f.pool).isEmpty, "under the threshold nothing is written")
        for _ in 0..<2 { r.record(SearchRecord(resultCount: 0, text: "Badantato")) }
        r.record(SearchRecord(resultCount: 3, text: "badantato rossi"))
        r.stop()
        let stored = try terms(f.pool)
        #expect(stored["badantato"] == 6)
        #expect(stored["rossi"] == 5, "a repeated word is kept from its k-th search on")
        #expect(stored.keys.allSatisfy { $0.allSatisfy(\.isLetter) })
    }

    func terms(_ pool: DatabasePool) throws -> [String: Int] {
        try pool.read { db in
            Dictionary(uniqueKeysWithValues: try db.query("SELECT term, searches FROM search_term_stat").map {
                (try $0.get(0) as String, try $0.get(1) as Int)
            })
        }
    }

    @Test func resultCountsFallInCoarseBuckets() {
        #expect([0, 1, 2, 5, 6, 20, 21, 5_000].map { ResultBucket(count: $0) } == [.none, .one, .few, .few, .some, .some, .many, .many])
    }

    @Test func unixSecondsRoundTripThroughCalendarDays() {
        #expect(CalendarDay(unixSeconds: 0).iso == "1970-01-01")
        #expect(CalendarDay(unixSeconds: 951_782_400).iso == "2000-02-29")
        #expect(CalendarDay(unixSeconds: Self.now).iso == "2025-06-15")
        #expect(CalendarDay(iso: "2024-03-01")!.adding(days: -1).iso == "2024-02-29")
        #expect(CalendarDay(iso: "2025-06-15")!.unixSeconds == 1_749_945_600)
    }
}
