import Foundation
import Testing
@testable import Catalog

@Suite struct SyntheticCatalogTests {
    @Test func generatesClearlySyntheticCardsSpreadOverProvincesNeedsModesAndCosts() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let report = try CatalogSeeder(pool: fixture.pool).seedSynthetic(count: 400, batchSize: 150)
        #expect(report.count(of: "schede sintetiche aggiunte") == 400)
        let spread: (provinces: Int, needs: Int, modes: Int, costs: Int, notSynthetic: Int, levels: Int) = try fixture.pool.read { db in
            (try db.scalar("""
                SELECT count(DISTINCT c.province_id) FROM service s JOIN organization o ON o.id = s.organization_id
                JOIN comune c ON c.id = o.comune_id
                """) ?? 0,
             try db.scalar("SELECT count(DISTINCT need_code) FROM service_need") ?? 0,
             try db.scalar("SELECT count(DISTINCT delivery_mode_code) FROM service_delivery_mode") ?? 0,
             try db.scalar("SELECT count(DISTINCT cost_kind) FROM service") ?? 0,
             try db.scalar("SELECT count(*) FROM service WHERE is_demo = 0 OR title NOT LIKE '[Sintetico]%' OR source NOT LIKE 'sintetico%'") ?? -1,
             try db.scalar("SELECT count(DISTINCT t.kind) FROM service_territory st JOIN territory t ON t.id = st.territory_id") ?? 0)
        }
        #expect(spread.provinces == 8)
        #expect(spread.needs == TaxonomyCatalog.terms(of: .need).count)
        #expect(spread.modes == TaxonomyCatalog.terms(of: .deliveryMode).count)
        #expect(spread.costs == 5)
        #expect(spread.notSynthetic == 0)
        #expect(spread.levels == 3)  // comune, province, region (no areas without the demo)
    }

    @Test func isIdempotentAndGrowsOnlyToTheRequestedTotal() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let seeder = CatalogSeeder(pool: fixture.pool)
        _ = try seeder.seedSynthetic(count: 50)
        let firstTitles: [String] = try fixture.pool.read { try $0.query("SELECT title FROM service ORDER BY id").map { try $0.get(0) } }
        #expect(try seeder.seedSynthetic(count: 50).changedRows == 0)
        #expect(try seeder.seedSynthetic(count: 80).count(of: "schede sintetiche aggiunte") == 30)
        let titles: [String] = try fixture.pool.read { try $0.query("SELECT title FROM service ORDER BY id").map { try $0.get(0) } }
        #expect(titles.count == 80)
        #expect(Array(titles.prefix(50)) == firstTitles)
    }

    @Test func sameNumberGivesSameContent() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let world = try fixture.pool.read { try SyntheticWorld(db: $0) }
        let generator = SyntheticCatalogGenerator(now: Date(timeIntervalSince1970: 0))
        let organizations = [[Int64]](repeating: [1, 2, 3], count: world.comuniByProvince.count)
        #expect(generator.makeDraft(number: 42, world: world, organizations: organizations)
            == generator.makeDraft(number: 42, world: world, organizations: organizations))
        #expect(generator.makeDraft(number: 42, world: world, organizations: organizations).title
            != generator.makeDraft(number: 43, world: world, organizations: organizations).title)
    }
}
