@testable import Catalog
import Foundation
@testable import Search
import Storage
import Testing

/// Cards whose ids are far beyond the catalog's size (SQLite rowids go up to 2^63 − 1, e.g.
/// after an import with explicit ids) are indexed like any other: found by text, filters and
/// territory, in a full build and when patched in, without a doc table the size of the id.
@Suite struct SearchLargeServiceIDTests {
    /// Inserts `card` with the id `id`: SQLite gives a new row the largest rowid + 1, so a
    /// placeholder row at `id − 1` goes first and is deleted in the same transaction.
    func insert(_ card: FixtureCard, id: Int64, into f: SearchFixture) throws {
        try f.pool.write { db in
            try db.run("""
                INSERT INTO service (id, uuid, slug, organization_id, title, summary, service_type_code, cost_kind,
                    status, created_at, updated_at)
                VALUES (?, ?, 'segnaposto', ?, 'Segnaposto', '', 'assistenza', 'unknown', 'draft', 0, 0)
                """, id - 1, UUID().uuidString.lowercased(), f.organizationIDs["sole"] ?? 0)
            try f.insert(card, db)
            try db.run("DELETE FROM service WHERE id = ?", id - 1)
        }
        #expect(f.service[card.key] == id)
    }

    static let lontano = FixtureCard(key: "lontano", title: "Trasporto zebrato", summary: "Accompagnamento.",
                                     needs: ["anziani"], modes: ["domicilio"], cost: "free", served: ["004130"])

    @Test func aCardWithAnIdBeyondTwoToThe26IsFoundInAFullBuild() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let id: Int64 = (1 << 26) + 7
        try insert(Self.lontano, id: id, into: f)
        #expect(try f.search.search(SearchQuery(text: "zebrato")).items.map(\.id) == [id])
        let nearby = try f.search.search(SearchQuery(needs: ["anziani"], territoryId: f.id("004130"), costKinds: [.free]))
        #expect(nearby.items.map(\.id).contains(id))
        #expect(try f.search.publicServiceIDs(text: "zebrato", territoryId: f.id("CN")) == [id])
        #expect(f.search.fullRebuildCount == 1)
    }

    @Test func aCardWithAHugeIdIsPatchedInUpdatedAndDeleted() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        _ = try f.search.search(SearchQuery())
        let id: Int64 = 1 << 62
        try insert(Self.lontano, id: id, into: f)
        #expect(try f.search.search(SearchQuery(text: "zebrato")).items.map(\.id) == [id])
        try f.add([FixtureCard(key: "dopo", title: "Pasti zebrati", needs: ["anziani"], served: ["region"])])
        #expect(f.service["dopo"] == id + 1)
        #expect(Set(try f.search.search(SearchQuery(text: "zebrato")).items.map(\.id)) == [id, id + 1])
        try f.pool.write { db in try db.run("UPDATE service SET title = 'Trasporto giraffa' WHERE id = ?", id) }
        #expect(try f.search.search(SearchQuery(text: "giraffa")).items.map(\.id) == [id])
        try f.pool.write { db in try db.run("DELETE FROM service WHERE id = ?", id) }
        #expect(try f.search.search(SearchQuery(text: "giraffa")).total == 0)
        #expect(f.search.fullRebuildCount == 1, "every change after the first search was patched")
        let fresh = ServiceSearch(pool: f.pool, today: { CalendarDay(iso: "2025-06-01") })
        #expect(try fresh.search(SearchQuery(text: "zebrato")).items.map(\.id) == [id + 1])
    }

    @Test func everyIdFindsItsDocAndTheTableStaysNearTheCatalogSize() {
        var snapshot = SearchSnapshot()
        let ids: [Int64] = [-9_000, -1, 0, 5, 70_000, 1 << 26, (1 << 26) + 1, 1 << 40, Int64.max]
        for id in ids { snapshot.append(SnapshotCard(record: SnapshotRecord(serviceID: id))) }
        for (doc, id) in ids.enumerated() { #expect(snapshot.doc(forServiceID: id) == Int32(doc), "id \(id)") }
        for missing: Int64 in [Int64.min, -2, 1, 6, 69_999, (1 << 26) - 1, (1 << 40) + 1, Int64.max - 1] {
            #expect(snapshot.doc(forServiceID: missing) == nil, "id \(missing)")
        }
        #expect(snapshot.docByID.count == 6 && snapshot.sparseDocCount == 7)
    }
}
