import Foundation
import Testing
@testable import Catalog
@testable import Accounts
import TestSupport

@Suite struct ServiceRepositoryTests {
    private func makeOrganization(_ fixture: CatalogFixture) throws -> Organization {
        let territories = TerritoryRepository(pool: fixture.pool)
        return try CatalogTestWrites(pool: fixture.pool).createOrganization(OrganizationDraft(
            name: "Cooperativa Prova Mondovì", kindCode: "cooperativa_sociale", description: "Cooperativa di prova.",
            contacts: Contacts(phone: "0174 123456"), comuneId: try territories.comune(slug: "mondovi").id))
    }

    private func makeDraft(_ fixture: CatalogFixture, organizationId: Int64) throws -> ServiceDraft {
        let territories = TerritoryRepository(pool: fixture.pool)
        let mondovi = try territories.comune(slug: "mondovi")
        let cuneo = try #require(try territories.provinces().first { $0.code == "CN" })
        return ServiceDraft(
            organizationId: organizationId, title: "Assistenza domiciliare per anziani 👵", summary: "Aiuto a casa.",
            serviceTypeCode: "assistenza_domiciliare", needCodes: ["anziani", "disabilita"], targetCodes: ["anziani"],
            deliveryModeCodes: ["domicilio", "telefono"], cost: CostModel(kind: .paid, minCents: 1500, maxCents: 2200,
            unit: "all'ora", paymentMethodCodes: ["bonifico"]), tuirCategoryCode: "f_ter_assistenza",
            locations: [ServiceLocation(name: "Sede", address: "Via Roma 1", comuneId: mondovi.id, openingHours: nil)],
            servedTerritoryIds: [cuneo.id], validFrom: CalendarDay(iso: "2024-01-01"), status: .published)
    }

    @Test func createdCardComesBackWithEveryRelation() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let organization = try makeOrganization(fixture)
        let services = ServiceRepository(pool: fixture.pool)
        let writes = CatalogTestWrites(pool: fixture.pool, clock: ManualClock(now: 1_760_000_000))
        let created = try writes.createCard(try makeDraft(fixture, organizationId: organization.id))
        #expect(created.version == 1)
        #expect(created.slug == "assistenza-domiciliare-per-anziani")
        let card = try services.card(slug: created.slug)
        #expect(card.service == created)
        #expect(card.organization.name == "Cooperativa Prova Mondovì")
        #expect(card.organization.kind.label == "Cooperativa sociale")
        #expect(card.needs.map(\.code) == ["anziani", "disabilita"])
        #expect(card.deliveryModes.map(\.label) == ["A domicilio", "Al telefono"])
        #expect(card.paymentMethods.map(\.code) == ["bonifico"])
        #expect(card.tuirCategory?.code == "f_ter_assistenza")
        #expect(card.locations.first?.comune.name == "Mondovì")
        #expect(card.locations.first?.location.openingHours == nil)
        #expect(card.servedTerritories.map(\.name) == ["Cuneo"])
        #expect(card.service.title.hasSuffix("👵"))
        #expect(try services.recentlyUpdated().map(\.id) == [created.id])
        #expect(try services.services(ofOrganization: organization.id).count == 1)
    }

    @Test func savedServiceEqualsWhatIsReadBackWhateverTheInputOrder() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let organization = try makeOrganization(fixture)
        let services = ServiceRepository(pool: fixture.pool)
        let writes = CatalogTestWrites(pool: fixture.pool)
        var draft = try makeDraft(fixture, organizationId: organization.id)
        draft.needCodes = ["salute", "anziani", "salute"]
        draft.languageCodes = ["it", "fr", "de"]
        draft.lastVerifiedAt = Date(timeIntervalSince1970: 1_700_000_000.9)
        let created = try writes.createCard(draft)
        #expect(try services.service(id: created.id) == created)
        #expect(created.needCodes == ["anziani", "salute"])
        #expect(try services.card(id: created.id).needs.map(\.code) == ["anziani", "salute"])  // taxonomy order
    }

    @Test func secondCardWithSameTitleGetsAnotherSlug() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let organization = try makeOrganization(fixture)
        let services = ServiceRepository(pool: fixture.pool)
        let writes = CatalogTestWrites(pool: fixture.pool)
        let draft = try makeDraft(fixture, organizationId: organization.id)
        let first = try writes.createCard(draft)
        let second = try writes.createCard(draft)
        #expect(second.slug == first.slug + "-2")
    }

    @Test func updateWithStaleVersionIsAConflictAndChangesNothing() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let organization = try makeOrganization(fixture)
        let services = ServiceRepository(pool: fixture.pool)
        let writes = CatalogTestWrites(pool: fixture.pool)
        let created = try writes.createCard(try makeDraft(fixture, organizationId: organization.id))
        var edit = created.fields
        edit.title = "Assistenza domiciliare leggera"
        edit.needCodes = ["anziani"]
        let editor = CatalogTestWrites(pool: fixture.pool, author: Author(userId: nil, name: "redazione@example.it"))
        let updated = try editor.updateCard(id: created.id, expectedVersion: 1, with: edit, changeSummary: "Titolo")
        #expect(updated.version == 2)
        var stale = created.fields
        stale.title = "Versione persa"
        #expect(throws: CatalogError.conflict(expectedVersion: 1)) {
            try editor.updateCard(id: created.id, expectedVersion: 1, with: stale)
        }
        let stored = try services.service(id: created.id)
        #expect(stored.title == "Assistenza domiciliare leggera")
        #expect(stored.needCodes == ["anziani"])
        #expect(stored.version == 2)
        let revisions = try services.revisions(serviceId: created.id)
        #expect(revisions.map(\.version) == [2, 1])
        #expect(revisions.first?.author == "redazione@example.it")
        #expect(try RevisionSnapshot.decode(revisions[1].snapshotJSON).fields.title == created.title)
    }

    @Test func invalidDraftsAreRejectedWithFieldErrors() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let organization = try makeOrganization(fixture)
        let services = ServiceRepository(pool: fixture.pool)
        let writes = CatalogTestWrites(pool: fixture.pool)
        var draft = try makeDraft(fixture, organizationId: organization.id)
        draft.needCodes = ["anziani", "inesistente"]
        do {
            _ = try writes.createCard(draft)
            Issue.record("expected invalid")
        } catch CatalogError.invalid(let errors) {
            #expect(errors.map(\.field) == ["needs"])
        }
        draft.needCodes = []
        #expect { try writes.createCard(draft) } throws: {
            guard case .invalid(let errors)? = $0 as? CatalogError else { return false }
            return errors.contains { $0.field == "needs" }
        }
        #expect(try StatsRepository(pool: fixture.pool).counts().services == 0)
    }

    @Test func unpublishedCardsAreHiddenFromThePublic() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let organization = try makeOrganization(fixture)
        let services = ServiceRepository(pool: fixture.pool)
        let writes = CatalogTestWrites(pool: fixture.pool)
        var draft = try makeDraft(fixture, organizationId: organization.id)
        draft.status = .archived
        draft.archiveReason = "Progetto concluso nel 2021"
        let created = try writes.createCard(draft)
        #expect(throws: CatalogError.notFound) { try services.card(slug: created.slug) }
        #expect(try services.card(slug: created.slug, includeUnpublished: true).service.archiveReason == "Progetto concluso nel 2021")
        #expect(try services.recentlyUpdated().isEmpty)
    }
}
