@testable import Catalog
import Foundation
import Testing
import TestSupport
@testable import Portal
@testable import Accounts

/// Freshness as a contract: the card says when and by which organisation it was verified and
/// when its facts date from; overdue cards are flagged publicly and demoted in search.
@Suite(.blocking) struct FreshnessFlowTests {
    static let card = "/servizi/progetto-a-casa-assistenza-leggera-agli-anziani-delle-aree-montane-e-periferiche"

    @Test func seededDemoCardsCarryTheir2022SourceDateAndAreFlagged() throws {
        let reply = try DemoPortal.get().get(Self.card)
        #expect(reply.text.contains("Informazioni non ancora verificate con l&#39;ente. Dati riferiti al <time datetime=\"2022-12-31\">31 dicembre 2022</time>."))
        #expect(reply.text.contains("<strong>Informazioni da verificare.</strong>"))
        #expect(reply.text.contains(">Informazioni da verificare</span>"))
        #expect(!reply.text.contains("Aggiornato il"), "the seeding date is not presented as the facts' date")
    }

    @Test func aVerifiedCardNamesTheOrganisationAndOutranksAnOverdueFresherOne() throws {
        let portal = try ObservatoryPortal()
        let before = try portal.get("/cerca?bisogno=anziani&ordina=recenti").resultSlugs
        try #require(before.count >= 3)
        let (edited, verified) = (before[1], before[2])
        let now = Int64(Date().timeIntervalSince1970)
        try portal.database.write { db in
            // `edited` was just edited but never verified: freshest, yet overdue (facts from 2022).
            try db.run("UPDATE service SET updated_at = ? WHERE slug = ?", now, edited)
            // `verified` was verified yesterday by its own organisation.
            try db.run("""
                UPDATE service SET last_verified_at = ?, verified_by_organization_id = organization_id WHERE slug = ?
                """, now - 86_400, verified)
        }
        let after = try portal.get("/cerca?bisogno=anziani&ordina=recenti").resultSlugs
        #expect(after.first == verified, "the overdue card is demoted below the verified one")
        #expect(after.firstIndex(of: edited) ?? 0 > 0)
        let page = try portal.get("/servizi/\(verified)")
        let organization = try portal.database.read { db -> String? in
            try db.scalar("SELECT o.name FROM service s JOIN organization o ON o.id = s.organization_id WHERE s.slug = ?", verified)
        }
        #expect(page.text.contains("</time> da \(HTMLEscaping.escape(organization ?? "?"))."))
        #expect(!page.text.contains("<strong>Informazioni da verificare.</strong>"))
    }

    @Test func policyStatesFollowOneAndTwoPeriods() {
        let clock = ManualClock(now: CalendarDay(iso: "2026-12-07")!.unixSeconds)
        let policy = FreshnessPolicy(months: 6, clock: clock)
        #expect(policy.state(reference: CalendarDay(iso: "2026-06-07")!.unixSeconds) == .current)
        #expect(policy.state(reference: CalendarDay(iso: "2026-06-06")!.unixSeconds) == .due)
        #expect(policy.state(reference: CalendarDay(iso: "2025-12-07")!.unixSeconds) == .due)
        #expect(policy.state(reference: CalendarDay(iso: "2025-12-06")!.unixSeconds) == .demoted)
        #expect(CalendarDay(iso: "2026-08-31")!.adding(months: -6).iso == "2026-02-28")
    }
}

/// The public change log: dates and changed sections, no people, no values.
@Suite(.blocking) struct CardHistoryFlowTests {
    @Test func theChangeLogListsChangedSectionsWithoutPersonalData() throws {
        let portal = try ObservatoryPortal()
        let slug = "rimborso-delle-spese-sanitarie-per-i-soci"
        let created = try portal.get("/servizi/\(slug)/cronologia")
        #expect(created.status == 200)
        #expect(created.text.contains("(versione 1): Scheda creata."))
        try portal.database.write { db in
            let row = try #require(try db.queryOne("""
                SELECT s.id, s.version, r.snapshot_json FROM service s JOIN revision r ON r.service_id = s.id AND r.version = s.version
                WHERE s.slug = ?
                """, slug))
            var fields = try RevisionSnapshot.decode(try row.get(2)).fields
            fields.summary = "Rimborsi rivisti"
            fields.contacts.referent = "Mario Rossi"
            _ = try SystemCatalogWriter(author: Author(userId: nil, name: "mario.rossi@example.it"))
                .updateService(id: try row.get(0), expectedVersion: try row.get(1), with: fields, changeSummary: "prova",
                               now: Date(), in: db)
        }
        let changed = try portal.get("/servizi/\(slug)/cronologia")
        #expect(changed.text.contains("(versione 2): Modificato: "))
        #expect(!changed.text.contains("Mario Rossi"))
        #expect(!changed.text.contains("mario.rossi@example.it"))
        #expect(!changed.text.contains("Rimborsi rivisti"), "values are not shown, only which sections changed")
        #expect(try portal.get("/servizi/\(slug)").text.contains("href=\"/servizi/\(slug)/cronologia\""))
        #expect(try portal.get("/servizi/nessuna/cronologia").status == 404)
    }
}
