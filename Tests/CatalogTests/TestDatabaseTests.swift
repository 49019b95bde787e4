import Storage
import Testing
import TestSupport

/// `TestDatabase` copies: what other suites start from.
@Suite struct TestDatabaseTests {
    @Test func aCopyIsInWALModeUnsyncedAndHoldsTheTemplatesContent() throws {
        let copy = try TestDatabase(.base())
        defer { copy.remove() }
        let mode: String? = try copy.pool.read { try $0.scalar("PRAGMA journal_mode") }
        let sync: Int? = try copy.pool.withWriter { try $0.scalar("PRAGMA synchronous") }
        let comuni: Int? = try copy.pool.read { try $0.scalar("SELECT count(*) FROM territory WHERE kind = 'comune'") }
        #expect(mode == "wal")
        #expect(sync == 0)   // OFF
        #expect(comuni == 1_180)
    }

    @Test func aTestThatAsksForDurabilityKeepsFullSync() throws {
        let copy = try TestDatabase(.empty, configuration: DatabaseConfiguration())
        defer { copy.remove() }
        let sync: Int? = try copy.pool.withWriter { try $0.scalar("PRAGMA synchronous") }
        #expect(sync == 2)   // FULL
    }

    @Test func copiesAreIsolatedFromEachOther() throws {
        let first = try TestDatabase(.demo), second = try TestDatabase(.demo)
        defer { first.remove(); second.remove() }
        try first.pool.write { try $0.run("UPDATE service SET title = 'Solo nella prima copia'") }
        let changed: Int? = try first.pool.read { try $0.scalar("SELECT count(*) FROM service WHERE title = 'Solo nella prima copia'") }
        let leaked: Int? = try second.pool.read { try $0.scalar("SELECT count(*) FROM service WHERE title = 'Solo nella prima copia'") }
        let dirty: Int? = try second.pool.read { try $0.scalar("SELECT count(*) FROM search_dirty") }
        #expect((changed ?? 0) >= 25)
        #expect(leaked == 0)
        #expect(dirty == 0)   // the demo template's index is caught up
    }
}
