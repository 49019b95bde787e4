import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

@Suite struct AdminCardEditorTests {
    let editor = Operator(id: 1, email: "red@x.it", role: .editor)
    let provider = Operator(id: 2, email: "op@x.it", role: .organizationOperator, organizationIDs: [10])

    struct Fixture {
        let db: AdminTestDatabase
        let clock = ManualClock(now: 1_750_000_000)
        let cards: CardEditor

        init() throws {
            db = try AdminTestDatabase()
            try db.pool.write { db in
                try db.run("INSERT INTO app_user (id, email, display_name, role, password_hash, created_at, updated_at) VALUES (1, 'red@x.it', 'Red', 'redattore', 'h', 0, 0), (2, 'op@x.it', 'Op', 'operatore_ente', 'h', 0, 0)")
            }
            cards = CardEditor(database: db.pool, clock: clock)
        }

        func draft(org: Int64 = 10, title: String = "Assistenza a casa") throws -> ServiceDraft {
            let torino: Int64 = try db.pool.read { try $0.scalar("SELECT id FROM territory WHERE kind = 'province' AND code = 'TO'") } ?? 0
            return ServiceDraft(organizationId: org, title: title, summary: "Aiuto a casa per anziani",
                                serviceTypeCode: "assistenza_domiciliare", needCodes: ["anziani"], servedTerritoryIds: [torino])
        }

        func status(_ id: Int64) throws -> String? {
            try db.pool.read { try $0.scalar("SELECT status FROM service WHERE id = ?", id) }
        }
    }

    @Test func providerCreatesOnlyDraftsForTheirOrganisation() throws {
        let f = try Fixture()
        defer { f.db.close() }
        var published = try f.draft()
        published.status = .published
        let card = try f.cards.create(published, by: provider)
        #expect(card.fields.status == .draft)
        #expect(throws: AuthError.forbidden) { try f.cards.create(try f.draft(org: 11), by: provider) }
        #expect(try f.db.pool.read { try $0.scalar("SELECT count(*) FROM service", as: Int.self) } == 1)
        #expect(try f.db.auditActions().contains("service.create"))
    }

    @Test func saveWithAStaleVersionIsAConflictAndChangesNothing() throws {
        let f = try Fixture()
        defer { f.db.close() }
        let card = try f.cards.create(try f.draft(), by: editor)
        var first = card.fields
        first.title = "Prima modifica"
        _ = try f.cards.update(id: card.id, expectedVersion: 1, with: first, by: editor)
        var second = card.fields
        second.title = "Seconda modifica"
        #expect(throws: CatalogError.conflict(expectedVersion: 1)) {
            try f.cards.update(id: card.id, expectedVersion: 1, with: second, by: editor)
        }
        #expect(try f.db.pool.read { try $0.scalar("SELECT title FROM service", as: String.self) } == "Prima modifica")
        let revisions = try ServiceRepository(pool: f.db.pool).revisions(serviceId: card.id)
        #expect(revisions.map(\.version) == [2, 1])
        #expect(revisions[0].changeSummary.contains("Titolo: «Assistenza a casa» → «Prima modifica»"))
    }

    @Test func workflowStepsFollowRoles() throws {
        let f = try Fixture()
        defer { f.db.close() }
        let card = try f.cards.create(try f.draft(), by: provider)
        #expect(throws: AuthError.forbidden) { try f.cards.transition(id: card.id, expectedVersion: 1, action: .publish, by: provider) }
        _ = try f.cards.transition(id: card.id, expectedVersion: 1, action: .submitForReview, by: provider)
        #expect(try f.status(card.id) == "in_review")
        _ = try f.cards.transition(id: card.id, expectedVersion: 2, action: .publish, by: editor)
        #expect(try f.status(card.id) == "published")
        #expect(throws: CardEditError.invalidTransition(from: .published, action: .publish)) {
            try f.cards.transition(id: card.id, expectedVersion: 3, action: .publish, by: editor)
        }
        #expect(throws: CardEditError.archiveReasonMissing) {
            try f.cards.transition(id: card.id, expectedVersion: 3, action: .archive, reason: "  ", by: editor)
        }
        _ = try f.cards.transition(id: card.id, expectedVersion: 3, action: .archive, reason: "Progetto concluso", by: editor)
        #expect(try f.status(card.id) == "archived")
    }

    @Test func providerEditOfAPublishedCardBecomesAProposalAndTheCardStaysPublished() throws {
        let f = try Fixture()
        defer { f.db.close() }
        var draft = try f.draft()
        draft.status = .published
        let card = try f.cards.create(draft, by: editor)
        var edit = card.fields
        edit.summary = "Testo cambiato dall'ente"
        let kept = try f.cards.update(id: card.id, expectedVersion: 1, with: edit, by: provider)
        #expect(kept.version == 1 && kept.fields.status == .published && kept.fields.summary == card.fields.summary)
        #expect(try f.cards.proposal(for: card.id, by: editor)?.draft.summary == "Testo cambiato dall'ente")
        #expect(throws: AuthError.forbidden) { try f.cards.publishProposal(id: card.id, by: provider) }
        let published = try f.cards.publishProposal(id: card.id, by: editor)
        #expect(published.version == 2 && published.fields.status == .published && published.fields.summary == "Testo cambiato dall'ente")
        #expect(try f.cards.proposal(for: card.id, by: editor) == nil)
        var again = published.fields
        again.summary = "Testo cambiato dal redattore"
        again.status = .archived   // ignored: status only changes through the workflow
        #expect(try f.cards.update(id: card.id, expectedVersion: 2, with: again, by: editor).fields.status == .published)
    }

    @Test func providerRestoreOfAPublishedCardIsAProposalAndOnlyItsAuthorOrAPublisherWithdrawsIt() throws {
        let f = try Fixture()
        defer { f.db.close() }
        var draft = try f.draft()
        draft.status = .published
        let card = try f.cards.create(draft, by: editor)
        var edit = card.fields
        edit.title = "Titolo del redattore"
        _ = try f.cards.update(id: card.id, expectedVersion: 1, with: edit, by: editor)
        let kept = try f.cards.restore(id: card.id, version: 1, expectedVersion: 2, by: provider)
        #expect(kept.version == 2 && kept.fields.title == "Titolo del redattore")
        let proposal = try f.cards.proposal(for: card.id, by: editor)
        #expect(proposal?.draft.title == "Assistenza a casa" && proposal?.baseVersion == 2 && proposal?.authorUserID == 2)
        let colleague = Operator(id: 3, email: "op2@x.it", role: .organizationOperator, organizationIDs: [10])
        #expect(throws: AuthError.forbidden) { try f.cards.withdrawProposal(id: card.id, by: colleague) }
        #expect(throws: CardEditError.rejectReasonMissing) { try f.cards.rejectProposal(id: card.id, reason: " ", by: editor) }
        try f.cards.withdrawProposal(id: card.id, by: provider)
        #expect(throws: CardEditError.proposalNotFound) { try f.cards.publishProposal(id: card.id, by: editor) }
        #expect(try f.cards.update(id: card.id, expectedVersion: 2, with: edit, by: provider).version == 2)
        edit.summary = "Cambiata dal redattore dopo la proposta"
        #expect(try f.cards.update(id: card.id, expectedVersion: 2, with: edit, by: editor).version == 3)
        #expect(throws: CatalogError.conflict(expectedVersion: 2)) { try f.cards.publishProposal(id: card.id, by: editor) }
        #expect(try f.cards.proposal(for: card.id, by: editor) != nil)
    }

    @Test func verifiedTodayDuplicateAndRestore() throws {
        let f = try Fixture()
        defer { f.db.close() }
        let card = try f.cards.create(try f.draft(), by: editor)
        let verified = try f.cards.markVerified(id: card.id, expectedVersion: 1, by: editor)
        #expect(verified.fields.lastVerifiedAt == Date(timeIntervalSince1970: 1_750_000_000))
        var edit = verified.fields
        edit.title = "Titolo sbagliato"
        _ = try f.cards.update(id: card.id, expectedVersion: 2, with: edit, by: editor)
        let restored = try f.cards.restore(id: card.id, version: 1, expectedVersion: 3, by: editor)
        #expect(restored.version == 4 && restored.fields.title == "Assistenza a casa")
        #expect(throws: CardEditError.revisionNotFound) { try f.cards.restore(id: card.id, version: 99, expectedVersion: 4, by: editor) }
        let copy = try f.cards.duplicate(id: card.id, by: editor)
        #expect(copy.id != card.id && copy.fields.title == "Copia di Assistenza a casa" && copy.fields.status == .draft)
        #expect(copy.fields.slug != restored.fields.slug)
        #expect(throws: AuthError.forbidden) { try f.cards.duplicate(id: card.id, by: Operator(id: 2, email: "x", role: .organizationOperator, organizationIDs: [11])) }
    }
}
