@testable import Catalog
import Foundation
@testable import Search
import Testing

/// The snapshot patched card by card answers exactly like one rebuilt from scratch, after
/// random sequences of creates, edits, relation changes, status changes, deletes and
/// organisation changes.
@Suite struct SearchPatchingTests {
    static let words = ["assistenza", "anziani", "famiglia", "sportello", "domicilio", "trasporto", "pasti",
                        "compagnia", "consulenza", "psicologica", "mensa", "disabili", "infanzia", "lavoro"]
    static let istat = ["004130", "004242", "001272", "004003", "006003"]
    static let served = ["CN", "TO", "region", "dist-mondovi", "004130", "001272"]

    /// The seeder's deterministic generator (SplitMix64), so a failing sequence can be replayed.
    struct Random {
        private var source: SplitMix64
        init(state: UInt64) { source = SplitMix64(seed: state) }
        mutating func next() -> UInt64 { source.next() }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
        mutating func some<T: Hashable>(_ items: [T], max: Int = 2) -> [T] {
            Array(Set((0..<int(max + 1)).map { _ in pick(items) }))
        }
        mutating func text(_ n: Int) -> String { (0..<n).map { _ in pick(SearchPatchingTests.words) }.joined(separator: " ") }
    }

    func queries(_ f: SearchFixture) -> [SearchQuery] {
        let all = SearchScope.statuses(Set(ServiceStatus.allCases))
        return [
            SearchQuery(),
            SearchQuery(scope: all),
            SearchQuery(text: "anziani"),
            SearchQuery(text: "assistenza domicilio"),
            SearchQuery(text: "spor", prefixLastWord: true),
            SearchQuery(text: "asistenza"),                         // zero results: spellings
            SearchQuery(text: "trasporto", needs: ["anziani"], territoryId: f.id("004130")),
            SearchQuery(territoryId: f.id("004130")),
            SearchQuery(territoryId: f.id("CN"), sort: .proximity),
            SearchQuery(needs: ["famiglia"], territoryId: f.id("004242"), costKinds: [.free]),
            SearchQuery(needs: ["anziani", "salute"], deliveryModes: ["domicilio"], sort: .freshness),
            SearchQuery(targets: ["disabili"], welfareEligibleOnly: true, organizationKinds: ["associazione"]),
            SearchQuery(text: "mensa", scope: all, page: 2, pageSize: 5),
        ]
    }

    func step(_ r: inout Random, _ f: SearchFixture, ids: inout [Int64]) throws {
        let id = ids.isEmpty ? 0 : r.pick(ids)
        let orgs = Array(f.organizationIDs.values)
        try f.pool.write { db in
            switch r.int(ids.isEmpty ? 1 : 10) {
            case 0, 1:
                let card = FixtureCard(key: "k\(r.next())", title: r.text(2 + r.int(3)), summary: r.text(6),
                                       organization: r.pick(["sole", "mondovi", "aiuto"]),
                                       needs: r.some(["anziani", "famiglia", "disabilita", "salute"]),
                                       targets: r.some(["anziani", "famiglie", "disabili"]),
                                       modes: r.some(["domicilio", "sportello", "telefono", "online"]),
                                       cost: r.pick(["free", "paid", "contribution", "unknown"]), welfare: r.int(3) == 0,
                                       status: r.pick(["published", "published", "draft", "in_review", "archived"]),
                                       validTo: r.int(5) == 0 ? "2020-01-01" : nil,
                                       updatedAt: 1_700_000_000 + Int64(r.int(50_000_000)),
                                       locations: r.some(Self.istat), served: r.some(Self.served))
                try f.insert(card, db)
                ids.append(f.service[card.key] ?? 0)
            case 2:
                try db.run("UPDATE service SET title = ?, summary = ?, updated_at = ? WHERE id = ?",
                           r.text(1 + r.int(3)), r.text(5), 1_700_000_000 + Int64(r.int(50_000_000)), id)
            case 3:
                let status = r.pick(["published", "draft", "in_review", "archived"])
                try db.run("UPDATE service SET status = ?, archive_reason = ? WHERE id = ?",
                           status, status == "archived" ? "Concluso" : nil, id)
            case 4:
                try db.run("DELETE FROM service_need WHERE service_id = ?", id)
                for need in r.some(["anziani", "famiglia", "disabilita", "salute"]) {
                    try db.run("INSERT INTO service_need VALUES (?, ?)", id, need)
                }
            case 5:
                try db.run("DELETE FROM service_delivery_mode WHERE service_id = ?", id)
                for mode in r.some(["domicilio", "sportello", "telefono", "online"]) {
                    try db.run("INSERT INTO service_delivery_mode VALUES (?, ?)", id, mode)
                }
            case 6:
                try db.run("DELETE FROM service_territory WHERE service_id = ?", id)
                for territory in r.some(Self.served) { try db.run("INSERT INTO service_territory VALUES (?, ?)", id, f.id(territory)) }
            case 7:
                try db.run("DELETE FROM service WHERE id = ?", id)
                ids.removeAll { $0 == id }
            case 8:
                try db.run("UPDATE organization SET name = ?, kind_code = ? WHERE id = ?", r.text(2),
                           r.pick(["cooperativa_sociale", "ente_pubblico", "associazione"]), r.pick(orgs))
            default:
                try db.run("UPDATE service SET cost_kind = ?, valid_to = ?, last_verified_at = ? WHERE id = ?",
                           r.pick(["free", "paid", "unknown"]), r.int(3) == 0 ? "2024-01-01" : nil,
                           r.int(2) == 0 ? nil : 1_750_000_000 + Int64(r.int(1_000_000)), id)
            }
        }
    }

    /// Compares every query's results; returns false (after recording the first difference
    /// compactly) when they differ.
    @discardableResult
    func expectSameAnswers(_ patched: ServiceSearch, _ f: SearchFixture, step: Int) throws -> Bool {
        let fresh = ServiceSearch(pool: f.pool, today: { CalendarDay(iso: "2025-06-01") })
        for (n, q) in queries(f).enumerated() {
            let a = try patched.search(q)
            let b = try fresh.search(q)
            guard a != b else { continue }
            #expect(a.items.map(\.id) == b.items.map(\.id), "step \(step), query \(n): ids")
            #expect(a.total == b.total, "step \(step), query \(n): total")
            #expect(a.facets == b.facets, "step \(step), query \(n): facets")
            #expect(a.suggestions == b.suggestions, "step \(step), query \(n): suggestions")
            #expect(a == b, "step \(step), query \(n): hits")
            return false
        }
        let ids = try patched.publicServiceIDs(text: "anziani", territoryId: f.id("CN"))
        #expect(ids == (try fresh.publicServiceIDs(text: "anziani", territoryId: f.id("CN"))), "step \(step)")
        return true
    }

    @Test(arguments: [1, 2, 3])
    func patchedSnapshotAnswersLikeAFullRebuild(seed: UInt64) throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        var ids = Array(f.service.values)
        var r = Random(state: seed)
        _ = try f.search.search(SearchQuery())
        for n in 1...40 {
            for _ in 0..<(1 + r.int(3)) { try step(&r, f, ids: &ids) }
            guard try expectSameAnswers(f.search, f, step: n) else { return }
        }
        #expect(f.search.fullRebuildCount == 1)   // the first search only; every later one patched
    }

    @Test func territoryChangeRebuildsAndStillAnswersAlike() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        _ = try f.search.search(SearchQuery())
        try f.pool.write { db in
            try db.run("INSERT INTO area_comune (area_id, comune_id) VALUES (?, ?)", f.id("dist-mondovi"), f.id("004003"))
        }
        try expectSameAnswers(f.search, f, step: 0)
        #expect(try f.search.search(SearchQuery(territoryId: f.id("004003"))).items.contains { $0.id == f.service["centro-diurno"] })
        #expect(f.search.fullRebuildCount == 2)
    }

    @Test func deletedLargestIDReusedByANewCardIsPatchedInPlace() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        _ = try f.search.search(SearchQuery())
        let last = f.service.values.max() ?? 0
        try f.pool.write { db in try db.run("DELETE FROM service WHERE id = ?", last) }
        try expectSameAnswers(f.search, f, step: 0)
        try f.add([FixtureCard(key: "nuovo", title: "Trasporto pasti", needs: ["anziani"], served: ["region"])])
        #expect(f.service["nuovo"] == last)
        try expectSameAnswers(f.search, f, step: 1)
        #expect(try f.search.search(SearchQuery(text: "pasti")).items.map(\.id) == [last])
        #expect(f.search.fullRebuildCount == 1)
    }

    @Test func twoSearchInstancesOnOneDatabaseBothSeeEveryWrite() throws {
        let f = try SearchFixture()
        try f.addStandardCards()
        let other = ServiceSearch(pool: f.pool, today: { CalendarDay(iso: "2025-06-01") })
        _ = try f.search.search(SearchQuery())
        _ = try other.search(SearchQuery())
        let telefono = f.service["telefono-anziani"] ?? 0
        try f.pool.write { db in try db.run("UPDATE service SET title = 'Telefono zebra' WHERE id = ?", telefono) }
        #expect(try other.search(SearchQuery(text: "zebra")).items.map(\.id) == [telefono])    // indexes it
        #expect(try f.search.search(SearchQuery(text: "zebra")).items.map(\.id) == [telefono])  // only patches
        #expect(try f.search.search(SearchQuery(text: "amico")).total == 0)
        #expect(f.search.fullRebuildCount == 1)
    }
}
