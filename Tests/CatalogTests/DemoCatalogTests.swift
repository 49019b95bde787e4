import Foundation
import Testing
@testable import Catalog
import TestSupport

@Suite struct DemoCatalogTests {
    /// A copy of the database `seedBase` then `seedDemo` produce (seeded once per test process).
    private func seeded() throws -> CatalogFixture { try CatalogFixture.demo() }

    @Test func hasTheRequiredShape() throws {
        let fixture = try seeded()
        defer { fixture.remove() }
        let counts = try StatsRepository(pool: fixture.pool).counts()
        #expect(counts.services >= 25)
        #expect(counts.demoServices == counts.services)
        #expect(counts.organizations >= 12)
        #expect((counts.servicesByStatus[.archived] ?? 0) >= 3)
        #expect(counts.revisions == counts.services)
        let (needs, orgsWithCards, sources): (Int, Int, [String]) = try fixture.pool.read { db in
            (try db.scalar("SELECT count(DISTINCT need_code) FROM service_need") ?? 0,
             try db.scalar("SELECT count(DISTINCT organization_id) FROM service") ?? 0,
             try db.query("SELECT DISTINCT source FROM service").map { try $0.get(0) })
        }
        #expect(needs >= 10)
        #expect(orgsWithCards >= 12)
        #expect(sources == ["dati dimostrativi, fonte: mappatura 2022 — verificare con l'ente"])
    }

    @Test func archivedCardsSayWhyAndPublishedOnesSayWhere() throws {
        let fixture = try seeded()
        defer { fixture.remove() }
        let problems: Int = try fixture.pool.read { db in
            try db.scalar("""
                SELECT count(*) FROM service s WHERE (s.status = 'archived' AND coalesce(s.archive_reason, '') = '')
                   OR (s.status = 'published' AND NOT EXISTS (SELECT 1 FROM service_territory WHERE service_id = s.id)
                       AND NOT EXISTS (SELECT 1 FROM service_location WHERE service_id = s.id))
                """) ?? -1
        }
        #expect(problems == 0)
    }

    @Test func unknownCostsAndHoursAreNotInvented() throws {
        let fixture = try seeded()
        defer { fixture.remove() }
        let (withPrices, withHours, unknownCosts): (Int, Int, Int) = try fixture.pool.read { db in
            (try db.scalar("SELECT count(*) FROM service WHERE cost_min_cents IS NOT NULL OR cost_max_cents IS NOT NULL") ?? -1,
             try db.scalar("SELECT count(*) FROM location WHERE opening_hours IS NOT NULL") ?? -1,
             try db.scalar("SELECT count(*) FROM service WHERE cost_kind = 'unknown' AND cost_notes LIKE '%verificare con l''ente%'") ?? 0)
        }
        #expect(withPrices == 0)
        #expect(withHours == 0)
        #expect(unknownCosts >= 20)
    }

    @Test func mutuaPiemonteCardCarriesTheRealContactsAndLocation() throws {
        let fixture = try seeded()
        defer { fixture.remove() }
        let services = ServiceRepository(pool: fixture.pool)
        let card = try services.card(slug: "rimborso-delle-spese-sanitarie-per-i-soci")
        #expect(card.organization.name == "Società Mutua Piemonte ETS")
        #expect(card.service.contacts.phone == "0121 795191")
        #expect(card.locations.first?.location.address == "Via Cravero 44")
        #expect(card.locations.first?.comune.name == "Pinerolo")
        #expect(card.tuirCategory?.code == "a_previdenza_sanita")
        #expect(card.servedTerritories.map(\.kind) == [.province])
    }

    @Test func customAreasHoldTheirComuniAndOverlap() throws {
        let fixture = try seeded()
        defer { fixture.remove() }
        let territories = TerritoryRepository(pool: fixture.pool)
        let pinerolese = try territories.area(slug: "distretto-del-pinerolese")
        #expect(pinerolese.comuneIds.count == 22)
        #expect(pinerolese.kind == .socialCareDistrict)
        let pomaretto = try territories.comune(slug: "pomaretto")
        #expect(Set(try territories.areas(containing: pomaretto.id).map(\.code)) == ["val-chisone", "val-germanasca"])
        let demonte = try territories.comune(slug: "demonte")
        let containers = try territories.containers(ofComune: demonte.id)
        #expect(containers.map(\.kind) == [.comune, .area, .area, .province, .region])
        #expect(try territories.areas().count == 10)
    }

    @Test func reseedingChangesNothingAndKeepsEdits() throws {
        let fixture = try seeded()
        defer { fixture.remove() }
        let services = ServiceRepository(pool: fixture.pool)
        let card = try services.card(slug: "assistente-sociale-di-fabbrica")
        var edit = card.service.fields
        edit.summary = "Testo aggiornato dalla redazione."
        _ = try CatalogTestWrites(pool: fixture.pool).updateCard(id: card.service.id, expectedVersion: card.service.version, with: edit)
        let again = try CatalogSeeder(pool: fixture.pool).seedDemo()
        #expect(again.changedRows == 0)
        #expect(try services.card(slug: "assistente-sociale-di-fabbrica").service.summary == "Testo aggiornato dalla redazione.")
    }

    @Test func demoNeedsBaseDataFirst() throws {
        let fixture = try CatalogFixture(seedBase: false)
        defer { fixture.remove() }
        #expect(throws: SeedError.baseDataMissing) { try CatalogSeeder(pool: fixture.pool).seedDemo() }
    }
}
