import Catalog
import Portal
import Storage
import Testing
import TestSupport

/// `SQLitePortalCatalog.contactSummaries` (one query, used by a card's next step) says the same
/// as reading each card in full, which is what the protocol's default does.
@Suite struct ContactSummariesTests {
    @Test func matchTheFullCardsOfTheDemoCatalogInTheOrderAsked() throws {
        let storage = try TestDatabase(.demo, prefix: "vetrina-contact-summaries")
        let catalog = try SQLitePortalCatalog(pool: storage.pool)
        let slugs: [String] = try storage.pool.read { db in
            try db.query("SELECT slug FROM service ORDER BY title DESC").map { try $0.get("slug") }
        }
        #expect(slugs.count > 20)
        // Unknown, repeated and hostile slugs (quotes, backslashes, control characters) are left out.
        let asked = slugs + ["nessuna-scheda-con-questo-indirizzo", slugs[0], "a\"b\\c\u{1}\n", "%_*"]
        let expected = try slugs.compactMap { try catalog.card(slug: $0) }.map(ServiceContactSummary.init(card:))
        #expect(try catalog.contactSummaries(slugs: asked) == expected)
        #expect(expected.contains { $0.publicPlace == nil }, "some demo cards have no place")
        #expect(expected.contains { $0.publicPlace?.address != nil })
        #expect(try catalog.contactSummaries(slugs: []) == [])
    }

    @Test func skipConfidentialPlacesAndLeaveDraftsOutOfThePortal() throws {
        let storage = try TestDatabase(.demo, prefix: "vetrina-contact-summaries")
        let writes = CatalogTestWrites(pool: storage.pool)
        let repository = ServiceRepository(pool: storage.pool)
        let catalog = try SQLitePortalCatalog(pool: storage.pool)
        let template = try #require(try repository.recentlyUpdated(limit: 1).first)
        var draft = try repository.service(id: template.id).fields
        let comuneIDs: [Int64] = try storage.pool.read { db in
            try db.query("SELECT id FROM comune ORDER BY id LIMIT 2").map { try $0.get("id") }
        }
        draft.locations = [
            ServiceLocation(name: "Casa rifugio", address: "Via Riservata 1", comuneId: comuneIDs[0], isConfidential: true),
            ServiceLocation(name: "Sportello", address: "Piazza Aperta 2", comuneId: comuneIDs[1]),
        ]
        draft.externalId = nil
        draft.slug = "scheda-con-sede-riservata"
        draft.title = "Scheda con sede riservata"
        draft.status = .published
        _ = try writes.createCard(draft)
        draft.slug = "scheda-in-bozza"
        draft.title = "Scheda in bozza"
        draft.status = .draft
        _ = try writes.createCard(draft)

        let both = ["scheda-in-bozza", "scheda-con-sede-riservata"]
        let stored = try repository.contactSummaries(slugs: both)
        #expect(stored.map(\.slug) == both, "the repository reads every status")
        #expect(stored.map(\.status) == [.draft, .published])
        let comuneName = try #require(try catalog.territory(id: comuneIDs[1])?.name)
        #expect(stored[1].publicPlace == .init(address: "Piazza Aperta 2", comuneName: comuneName))
        #expect(try catalog.contactSummaries(slugs: both).map(\.slug) == ["scheda-con-sede-riservata"])
        let card = try #require(try catalog.card(slug: "scheda-con-sede-riservata"))
        #expect(try catalog.contactSummaries(slugs: both) == [ServiceContactSummary(card: card)])
    }
}
