import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

/// A card translation save makes its own revision (`service_translation_revisions`, migration
/// 0013) and one audit line in the same transaction, never moves the card's version, and shows
/// in the card's history interleaved with the card's revisions.
@Suite struct TranslationRevisionTests {
    let editor = Operator(id: 1, email: "red@x.it", role: .editor)

    struct Fixture {
        let db: AdminTestDatabase
        let clock = ManualClock(now: 1_750_000_000)
        let cards: CardEditor
        let card: Service

        init(editor: Operator) throws {
            db = try AdminTestDatabase()
            try db.pool.write { db in
                try db.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (1, 'red@x.it', 'Red', 'redattore', 'h', 0, 0)")
            }
            cards = CardEditor(database: db.pool, clock: clock)
            let torino: Int64 = try db.pool.read { try $0.scalar("SELECT id FROM territory WHERE kind = 'province' AND code = 'TO'") } ?? 0
            card = try cards.create(ServiceDraft(organizationId: 10, title: "Assistenza a casa", summary: "Aiuto a casa per anziani",
                                                 serviceTypeCode: "assistenza_domiciliare", needCodes: ["anziani"],
                                                 servedTerritoryIds: [torino]), by: editor)
        }

        func count(_ sql: String) throws -> Int { try db.pool.read { try $0.scalar(sql, as: Int.self) ?? 0 } }
        var version: Int { get throws { try count("SELECT version FROM service WHERE id = \(card.id)") } }
        var translationAudits: Int { get throws { try count("SELECT count(*) FROM audit_log WHERE action LIKE 'service.translation_%'") } }
    }

    @Test func aTranslationSaveWritesOneRevisionAndOneAuditLineAndKeepsTheCardVersion() throws {
        let f = try Fixture(editor: editor)
        defer { f.db.close() }
        let english = ServiceTranslation(serviceId: f.card.id, language: "en", title: "Home care", summary: "Help at home")
        try f.cards.saveTranslation(english, by: editor)
        #expect(try f.count("SELECT count(*) FROM service_translation_revisions") == 1)
        #expect(try f.translationAudits == 1)
        #expect(try f.version == 1)
        #expect(try f.count("SELECT count(*) FROM revision") == 1)

        let revisions = try ServiceTranslationRepository(pool: f.db.pool).revisions(serviceId: f.card.id)
        let first = try #require(revisions.first)
        #expect(first.translation == english)
        #expect(first.change == .added)
        #expect(first.authorUserId == 1 && first.author == "red@x.it")
        #expect(first.savedAt == Date(timeIntervalSince1970: 1_750_000_000))
        #expect(first.changeSummary == "Traduzione in inglese aggiunta")
        let audit = try f.db.pool.read { try $0.queryOne("SELECT summary, user_id FROM audit_log WHERE action = 'service.translation_saved'") }
        #expect(try audit?.get("summary") as String? == "Traduzione in inglese aggiunta")
        #expect(try audit?.get("user_id") as Int64? == 1)

        // An edit form opened before the translation still saves: the version did not move.
        var edit = f.card.fields
        edit.title = "Assistenza domiciliare"
        #expect(try f.cards.update(id: f.card.id, expectedVersion: 1, with: edit, by: editor).version == 2)

        f.clock.advance(by: 60)
        try f.cards.saveTranslation(ServiceTranslation(serviceId: f.card.id, language: "en", title: "Home care at home"), by: editor)
        f.clock.advance(by: 60)
        try f.cards.saveTranslation(ServiceTranslation(serviceId: f.card.id, language: "en"), by: editor)
        #expect(try ServiceTranslationRepository(pool: f.db.pool).revisions(serviceId: f.card.id).map(\.change) == [.removed, .updated, .added])
        #expect(try f.translationAudits == 3)
        #expect(try f.version == 2)
        // Emptying a translation that is not there changes and records nothing.
        try f.cards.saveTranslation(ServiceTranslation(serviceId: f.card.id, language: "fr"), by: editor)
        #expect(try f.count("SELECT count(*) FROM service_translation_revisions") == 3)
        #expect(try f.translationAudits == 3)
    }

    @Test func aFailingRevisionInsertRollsBackTheTranslationAndItsAuditLine() throws {
        let f = try Fixture(editor: editor)
        defer { f.db.close() }
        try f.db.pool.write {
            try $0.run("CREATE TRIGGER refuse_revision BEFORE INSERT ON service_translation_revisions BEGIN SELECT RAISE(ABORT, 'no'); END")
        }
        let english = ServiceTranslation(serviceId: f.card.id, language: "en", title: "Home care")
        #expect(throws: (any Error).self) { try f.cards.saveTranslation(english, by: editor) }
        #expect(throws: (any Error).self) {
            try f.db.pool.write { try SystemCatalogWriter().saveTranslation(english, in: $0) }
        }
        #expect(try f.count("SELECT count(*) FROM service_translation") == 0)
        #expect(try f.translationAudits == 0)
        try f.db.pool.write { try $0.run("DROP TRIGGER refuse_revision") }
        try f.cards.saveTranslation(english, by: editor)
        #expect(try f.count("SELECT count(*) FROM service_translation") == 1)
        #expect(try f.count("SELECT count(*) FROM service_translation_revisions") == 1)
    }

    @Test func theSystemPathRecordsTheSystemAsAuthor() throws {
        let f = try Fixture(editor: editor)
        defer { f.db.close() }
        let english = ServiceTranslation(serviceId: f.card.id, language: "en", title: "Home care")
        try f.db.pool.write { try SystemCatalogWriter(clock: f.clock).saveTranslation(english, in: $0) }
        let revision = try #require(try ServiceTranslationRepository(pool: f.db.pool).revisions(serviceId: f.card.id).first)
        #expect(revision.authorUserId == nil && revision.author == Author.system.name)
        #expect(try f.count("SELECT count(*) FROM audit_log WHERE action = 'service.translation_saved' AND user_id IS NULL") == 1)
        #expect(try f.version == 1)
    }

    @Test func theCardHistoryInterleavesTranslationsWithVersionsByTime() throws {
        let f = try Fixture(editor: editor)
        defer { f.db.close() }
        f.clock.advance(by: 86_400)
        try f.cards.saveTranslation(ServiceTranslation(serviceId: f.card.id, language: "en", title: "Home care"), by: editor)
        f.clock.advance(by: 86_400)
        var edit = f.card.fields
        edit.summary = "Aiuto a casa per persone anziane"
        _ = try f.cards.update(id: f.card.id, expectedVersion: 1, with: edit, by: editor)
        f.clock.advance(by: 86_400)
        try f.cards.saveTranslation(ServiceTranslation(serviceId: f.card.id, language: "en", title: "Home care", summary: "Help"),
                                    by: editor)
        let day: (Int64) -> Date = { Date(timeIntervalSince1970: TimeInterval(1_750_000_000 + $0 * 86_400)) }
        let entries = try CardHistory(pool: f.db.pool).entries(serviceId: f.card.id)
        #expect(entries.map(\.at) == [day(3), day(2), day(1), day(0)])
        try #require(entries.count == 4)
        #expect(entries[0].change == .translation(language: "en", .updated))
        guard case .edited(let version, let sections) = entries[1].change else { Issue.record("\(entries[1])"); return }
        #expect(version == 2 && !sections.isEmpty)
        #expect(entries[2].change == .translation(language: "en", .added))
        #expect(entries[3].change == .created(version: 1))
    }
}
