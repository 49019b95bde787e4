import Foundation
import Testing
@testable import Catalog
import TestSupport

@Suite struct SeedTests {
    @Test func seedsAllPiedmontComuniProvincesAndRegion() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let counts = try StatsRepository(pool: fixture.pool).counts()
        #expect(counts.comuni == 1_180)
        #expect(counts.provinces == 8)
        let territories = TerritoryRepository(pool: fixture.pool)
        #expect(try territories.region().name == "Piemonte")
        #expect(try territories.provinces().map(\.code).sorted() == ["AL", "AT", "BI", "CN", "NO", "TO", "VB", "VC"])
        let perProvince = try territories.provinces().map { try territories.comuni(inProvince: $0.id).count }
        #expect(perProvince.reduce(0, +) == 1_180)
    }

    @Test func comuniKeepAccentsCodesAndPostalCodes() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let territories = TerritoryRepository(pool: fixture.pool)
        let mondovi = try territories.comune(slug: "mondovi")
        #expect(mondovi.name == "Mondovì")
        #expect(mondovi.provinceCode == "CN")
        #expect(mondovi.postalCodes == ["12084"])
        let torino = try territories.comune(istatCode: "001272")
        #expect(torino.isCapoluogo)
        #expect(torino.cadastralCode == "L219")
        #expect(torino.postalCodes.count == 33)
        #expect(torino.postalCodes.first == "10121")
        #expect(try territories.comune(slug: "sant-antonino-di-susa").name == "Sant'Antonino di Susa")
        #expect(throws: CatalogError.notFound) { try territories.comune(slug: "atlantide") }
    }

    @Test func containersOfAComuneGoFromNearestToRegion() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let territories = TerritoryRepository(pool: fixture.pool)
        let pinerolo = try territories.comune(slug: "pinerolo")
        let kinds = try territories.containers(ofComune: pinerolo.id).map(\.kind)
        #expect(kinds.first == .comune)
        #expect(kinds.suffix(2) == [.province, .region])
    }

    @Test func seedingTwiceChangesNothing() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let again = try CatalogSeeder(pool: fixture.pool).seedBase()
        #expect(again.changedRows == 0)
        #expect(again.count(of: "comuni") == 0)
        #expect(try StatsRepository(pool: fixture.pool).counts().comuni == 1_180)
    }

    @Test func seedsEveryVocabularyInItalian() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let taxonomies = try TaxonomyRepository(pool: fixture.pool).everything()
        let needs = try #require(taxonomies[.need])
        #expect(needs.count >= 13)
        #expect(needs.first?.label == "Cura e assistenza anziani")
        #expect(needs.contains { $0.code == "orientamento" && $0.label == "Informazione e orientamento" })
        #expect(Set(try #require(taxonomies[.deliveryMode]).map(\.code))
            .isSuperset(of: ["online", "sportello", "domicilio", "telefono", "in_azienda", "itinerante"]))
        #expect(try #require(taxonomies[.tuirCategory]).contains { $0.code == "f_ter_assistenza" })
        #expect(try #require(taxonomies[.organizationKind]).contains { $0.label == "Società di mutuo soccorso" })
        for (taxonomy, terms) in taxonomies {
            #expect(!terms.isEmpty, "\(taxonomy) is empty")
            #expect(terms.map(\.sortOrder) == terms.map(\.sortOrder).sorted())
        }
    }

    @Test func rejectsMalformedComuniFiles() {
        let good = "istat_code,name,province_code,province_name,province_istat,is_capoluogo,cadastral_code,nuts3,postal_codes\n"
        #expect(throws: SeedError.self) { try ComuneRecord.parse(Array("a,b\n1,2\n".utf8)) }
        #expect(throws: SeedError.self) { try ComuneRecord.parse(Array((good + "001001,Agliè,TO,Torino,201,0,A074,ITC11,1001X\n").utf8)) }
        #expect(throws: SeedError.self) { try ComuneRecord.parse(Array((good + "001001,Agliè,TO\n").utf8)) }
        let parsed = try? ComuneRecord.parse(Array((good + "001001,\"Agliè\",TO,Torino,201,0,A074,ITC11,10011\n").utf8))
        #expect(parsed?.first?.name == "Agliè")
    }
}

@Suite struct AreaRepositoryTests {
    @Test func savesAndReplacesACustomArea() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let territories = TerritoryRepository(pool: fixture.pool)
        let admin = try CatalogTestWrites(pool: fixture.pool).operatorAccount(email: "admin@example.it", role: .admin)
        let areas = AreaEditor(database: fixture.pool, clock: ManualClock())
        let ids = try ["torre-pellice", "luserna-san-giovanni"].map { try territories.comune(slug: $0).id }
        let savedID = try areas.save(AreaDraft(name: "Val Pellice", kind: .valley, comuneIDs: ids + [ids[0]]), id: nil, by: admin)
        let saved = try territories.area(slug: "val-pellice")
        #expect(saved.id == savedID)
        #expect(saved.comuneIds == ids.sorted())
        #expect(saved.slug == "val-pellice")
        let bobbio = try territories.comune(slug: "bobbio-pellice").id
        _ = try areas.save(AreaDraft(name: "Val Pellice", kind: .mountainUnion, comuneIDs: [bobbio]), id: savedID, by: admin)
        let replaced = try territories.area(slug: "val-pellice")
        #expect(replaced.id == saved.id)
        #expect(replaced.kind == .mountainUnion)
        #expect(replaced.comuneIds == [bobbio])
        #expect(try territories.areas(containing: ids[0]).isEmpty)
        let audit: [String] = try fixture.pool.read { db in
            try db.query("SELECT action FROM audit_log WHERE entity_type = 'area' ORDER BY id").map { try $0.get(0) }
        }
        #expect(audit == ["area.create", "area.update"])
    }

    @Test func rejectsBadAreasWithFieldErrors() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let territories = TerritoryRepository(pool: fixture.pool)
        let admin = try CatalogTestWrites(pool: fixture.pool).operatorAccount(email: "admin@example.it", role: .admin)
        let areas = AreaEditor(database: fixture.pool, clock: ManualClock())
        #expect { try areas.save(AreaDraft(name: " ", kind: .valley, comuneIDs: []), id: nil, by: admin) }
            throws: { error in
                guard case .invalid(let errors)? = error as? CatalogError else { return false }
                return errors.map(\.field) == ["name", "comuni"]
            }
        // A comune that does not exist is a field error (not a foreign-key failure); nothing is stored.
        #expect(throws: CatalogError.invalid([FieldError(field: "comuni", message: "Comune sconosciuto: n. 999999")])) {
            try areas.save(AreaDraft(name: "Val Pellice", kind: .valley, comuneIDs: [999_999]), id: nil, by: admin)
        }
        #expect(try territories.areas().isEmpty)
    }
}
