import Foundation
import Testing
@testable import Catalog
import Storage

/// `SlugAllocator.unique` over a real table with many duplicates: the first free `base`,
/// `base-2`, `base-3`… whatever the gaps, slugs that only look alike (`base-x`, `base2`,
/// `base-02`, `basement`) never count as taken, the excluded record keeps its own slug, and a
/// memo resumes after the last suffix handed out.
@Suite struct SlugAllocatorTests {
    func withOrganizations(_ slugs: [String], _ body: (Connection, [String: Int64]) throws -> Void) throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try fixture.pool.write { db in
            try db.run("INSERT OR IGNORE INTO organization_kind (code, label, sort_order) VALUES ('cooperativa', 'Cooperativa', 1)")
            var ids: [String: Int64] = [:]
            for slug in slugs {
                try db.run("""
                    INSERT INTO organization (uuid, slug, name, kind_code, created_at, updated_at)
                    VALUES (?, ?, ?, 'cooperativa', 0, 0)
                    """, UUID().uuidString.lowercased(), slug, slug)
                ids[slug] = db.lastInsertRowID
            }
            try body(db, ids)
        }
    }

    @Test func manyDuplicatesGiveTheFirstFreeSuffix() throws {
        let duplicates = ["coop-aurora"] + (2...400).map { "coop-aurora-\($0)" }
        let lookalikes = ["coop-aurora-x", "coop-aurora2", "coop-aurora-02", "coop-aurora-401-b", "coop-auroraboreale",
                          "coop-aurora-", "coop-aurora-sud-2", "coop-auror"]
        try withOrganizations(duplicates + lookalikes + ["coop-borea-2"]) { db, ids in
            let slug1 = try SlugAllocator.unique("coop-aurora", table: .organization, excluding: nil, in: db)
            #expect(slug1 == "coop-aurora-401")
            let slug2 = try SlugAllocator.unique("coop-aurora-sud", table: .organization, excluding: nil, in: db)
            #expect(slug2 == "coop-aurora-sud")
            let slug3 = try SlugAllocator.unique("coop-borea", table: .organization, excluding: nil, in: db)
            #expect(slug3 == "coop-borea")
            let slug4 = try SlugAllocator.unique("coop-aurora", table: .organization, excluding: ids["coop-aurora"], in: db)
            #expect(slug4 == "coop-aurora",
                    "the record keeps its own slug")
            let own = try SlugAllocator.unique("coop-aurora", table: .organization, excluding: ids["coop-aurora-400"], in: db)
            #expect(own == "coop-aurora-400")
            let slug5 = try SlugAllocator.unique("coop-aurora", table: .service, excluding: nil, in: db)
            #expect(slug5 == "coop-aurora",
                    "each table has its own slugs")
        }
    }

    @Test func gapsAreFilledFromTheBottom() throws {
        let taken = ["casa"] + [2, 3, 4, 6, 7, 9, 10, 11].map { "casa-\($0)" }
        try withOrganizations(taken) { db, ids in
            let slug6 = try SlugAllocator.unique("casa", table: .organization, excluding: nil, in: db)
            #expect(slug6 == "casa-5")
            try db.run("DELETE FROM organization WHERE slug = 'casa'")
            let slug7 = try SlugAllocator.unique("casa", table: .organization, excluding: nil, in: db)
            #expect(slug7 == "casa")
            let slug8 = try SlugAllocator.unique("casa", table: .organization, excluding: ids["casa-2"], in: db)
            #expect(slug8 == "casa")
        }
    }

    @Test func theMemoResumesAfterTheLastSuffixHandedOut() throws {
        try withOrganizations(["nido"] + (2...50).map { "nido-\($0)" }) { db, _ in
            let memo = SlugSuffixMemo()
            var handedOut: [String] = []
            for _ in 0..<5 {
                let slug = try SlugAllocator.unique("nido", table: .organization, excluding: nil, memo: memo, in: db)
                try db.run("INSERT INTO organization (uuid, slug, name, kind_code, created_at, updated_at) VALUES (?, ?, 'Nido', 'cooperativa', 0, 0)",
                           UUID().uuidString.lowercased(), slug)
                handedOut.append(slug)
            }
            #expect(handedOut == (51...55).map { "nido-\($0)" })
            #expect(memo.nextSuffix["nido"] == 56)
            // A memo never goes back to a suffix it passed, even when one was freed meanwhile.
            try db.run("DELETE FROM organization WHERE slug = 'nido-3'")
            let slug9 = try SlugAllocator.unique("nido", table: .organization, excluding: nil, memo: memo, in: db)
            #expect(slug9 == "nido-56")
            let slug10 = try SlugAllocator.unique("nido", table: .organization, excluding: nil, in: db)
            #expect(slug10 == "nido-3")
            // Slugs taken behind the memo's back are probed past (nido-56 was handed out, not stored).
            for taken in ["nido-56", "nido-57"] {
                try db.run("INSERT INTO organization (uuid, slug, name, kind_code, created_at, updated_at) VALUES (?, ?, 'Nido', 'cooperativa', 0, 0)",
                           UUID().uuidString.lowercased(), taken)
            }
            #expect(try db.scalar("SELECT count(*) FROM organization WHERE slug = 'nido-58'", as: Int.self) == 0)
            memo.nextSuffix["nido"] = 56
            #expect(try SlugAllocator.unique("nido", table: .organization, excluding: nil, memo: memo, in: db) == "nido-58")
            // The record being renamed may keep a slug it owns.
            let own: Int64 = try #require(try db.scalar("SELECT id FROM organization WHERE slug = 'nido-57'"))
            memo.nextSuffix["nido"] = 57
            #expect(try SlugAllocator.unique("nido", table: .organization, excluding: own, memo: memo, in: db) == "nido-57")
            #expect(memo.nextSuffix["nido"] == 58)
        }
    }

    @Test func agreesWithOneLookupPerCandidateOnRandomTables() throws {
        var generator = SplitMix64(seed: 12)  // the seeder's generator: a failure is reproducible
        try withOrganizations([]) { db, _ in
            for _ in 0..<40 {
                var slugs = Set<String>()
                if generator.next() % 3 != 0 { slugs.insert("sportello") }
                for _ in 0..<(generator.next() % 60) { slugs.insert("sportello-\(2 + generator.next() % 70)") }
                for _ in 0..<(generator.next() % 5) { slugs.insert("sportello-\(generator.next() % 9)a") }
                try db.run("DELETE FROM organization")
                var ids: [Int64] = []
                for slug in slugs.sorted() {
                    try db.run("INSERT INTO organization (uuid, slug, name, kind_code, created_at, updated_at) VALUES (?, ?, 'S', 'cooperativa', 0, 0)",
                               UUID().uuidString.lowercased(), slug)
                    ids.append(db.lastInsertRowID)
                }
                let excluded = ids.isEmpty || generator.next() % 2 == 0 ? nil : ids[Int(generator.next() % UInt64(ids.count))]
                // The old allocator: one lookup per candidate until a free one.
                var suffix = 1, expected = "sportello"
                while let other: Int64 = try db.scalar("SELECT id FROM organization WHERE slug = ?", expected), other != excluded {
                    suffix += 1
                    expected = "sportello-\(suffix)"
                }
                let slug = try SlugAllocator.unique("sportello", table: .organization, excluding: excluded, in: db)
                #expect(slug == expected, "\(slugs.sorted())")
            }
        }
    }
}
