import Catalog
import Storage
import Testing
import TestSupport

/// A card that names a vocabulary code that does not exist gets a field error quoting it; an
/// empty code (a blank CSV cell) says so instead of ending the sentence in nothing.
@Suite struct ReferenceErrorMessageTests {
    @Test func unknownAndEmptyCodesAreNamedInTheFieldError() throws {
        let storage = try TestDatabase(.demo, prefix: "vetrina-reference-errors")
        let repository = ServiceRepository(pool: storage.pool)
        let template = try #require(try repository.recentlyUpdated(limit: 1).first)
        var draft = try repository.service(id: template.id).fields
        draft.externalId = nil
        draft.slug = "scheda-con-codici-sbagliati"
        draft.needCodes = ["bisogno-inventato"]   // one error per field: the first wrong code
        draft.targetCodes = [" "]
        let count = try storage.pool.read { try $0.scalar("SELECT count(*) FROM service", as: Int.self) }
        do {
            _ = try CatalogTestWrites(pool: storage.pool).createCard(draft)
            Issue.record("a card with unknown codes was saved")
        } catch CatalogError.invalid(let errors) {
            #expect(errors.filter { $0.field == "needs" }.map(\.message)
                    == ["Bisogno sconosciuto: «bisogno-inventato»"])
            #expect(errors.filter { $0.field == "targets" }.map(\.message) == ["Destinatario sconosciuto: valore vuoto"])
        }
        #expect(try storage.pool.read { try $0.scalar("SELECT count(*) FROM service", as: Int.self) } == count)
    }
}
