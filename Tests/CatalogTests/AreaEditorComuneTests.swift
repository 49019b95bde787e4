import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

/// `AreaEditor` checks that the comuni it is given are comuni before writing (issue 12): an
/// unknown id is a `comuni` field error in Italian, not a foreign-key failure, and nothing is
/// written — neither the area nor its comuni nor an audit line.
@Suite struct AreaEditorComuneTests {
    struct Fixture {
        let catalog: CatalogFixture
        let admin: Operator
        let areas: AreaEditor
        let territories: TerritoryRepository

        init() throws {
            catalog = try CatalogFixture()
            admin = try CatalogTestWrites(pool: catalog.pool).operatorAccount(email: "admin@example.it", role: .admin)
            areas = AreaEditor(database: catalog.pool, clock: ManualClock())
            territories = TerritoryRepository(pool: catalog.pool)
        }

        func count(_ sql: String) throws -> Int { try catalog.pool.read { try $0.scalar(sql, as: Int.self) ?? -1 } }
        var writes: [Int] { get throws { try ["territory", "area", "area_comune", "audit_log"].map { try count("SELECT count(*) FROM \($0)") } } }
    }

    static func fieldErrors(_ error: CatalogError?) -> [FieldError]? {
        guard case .invalid(let errors)? = error else { return nil }
        return errors
    }

    @Test func anUnknownComuneIsAFieldErrorAndNothingIsWritten() throws {
        let f = try Fixture()
        defer { f.catalog.remove() }
        let pinerolo = try f.territories.comune(slug: "pinerolo").id
        let before = try f.writes
        let error = #expect(throws: CatalogError.self) {
            try f.areas.save(AreaDraft(name: "Pinerolese", kind: .valley, comuneIDs: [pinerolo, 999_999]), id: nil, by: f.admin)
        }
        #expect(Self.fieldErrors(error) == [FieldError(field: "comuni", message: "Comune sconosciuto: n. 999999")])
        #expect(try f.writes == before)
    }

    @Test func aTerritoryThatIsNotAComuneIsNamedInTheError() throws {
        let f = try Fixture()
        defer { f.catalog.remove() }
        let torino: Int64 = try f.catalog.pool.read { try $0.scalar("SELECT id FROM territory WHERE kind = 'province' AND code = 'TO'") } ?? 0
        let region: Int64 = try f.catalog.pool.read { try $0.scalar("SELECT id FROM territory WHERE kind = 'region'") } ?? 0
        let error = #expect(throws: CatalogError.self) {
            try f.areas.save(AreaDraft(name: "Torinese", kind: .other, comuneIDs: [region, torino]), id: nil, by: f.admin)
        }
        let message = try #require(Self.fieldErrors(error)?.first)
        #expect(message.field == "comuni")
        #expect(message.message.hasPrefix("Comuni sconosciuti: "))
        #expect(message.message.contains("«Piemonte»") && message.message.contains("«Torino»"))
        #expect(try f.territories.areas().isEmpty)
    }

    @Test func anEditWithAnUnknownComuneKeepsTheStoredArea() throws {
        let f = try Fixture()
        defer { f.catalog.remove() }
        let ids = try ["torre-pellice", "luserna-san-giovanni"].map { try f.territories.comune(slug: $0).id }
        let id = try f.areas.save(AreaDraft(name: "Val Pellice", kind: .valley, comuneIDs: ids), id: nil, by: f.admin)
        let before = try f.writes
        #expect(throws: CatalogError.self) {
            try f.areas.save(AreaDraft(name: "Val Pellice e oltre", kind: .mountainUnion, comuneIDs: [ids[0], 999_998]),
                             id: id, by: f.admin)
        }
        #expect(try f.writes == before)
        let stored = try f.areas.load(id: id)
        #expect(stored.name == "Val Pellice" && stored.kind == .valley && stored.comuneIDs == ids.sorted())
    }

    @Test func anUnknownAreaIsStillNotFound() throws {
        let f = try Fixture()
        defer { f.catalog.remove() }
        #expect(throws: CatalogError.notFound) {
            try f.areas.save(AreaDraft(name: "Nessuna", kind: .valley, comuneIDs: [999_999]), id: 999_999, by: f.admin)
        }
    }
}
